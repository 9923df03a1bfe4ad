//! The element's viewer build (dist/embed/viewer_bg.wasm) is this crate compiled with
//! `EVENT_TIMELINE_VIEWER=1` (scripts/build.sh): the cfg `event_timeline_viewer` leaves out the
//! checker and every language but English. A cfg set here, not a Cargo feature, because it
//! removes things (features only add), and not RUSTFLAGS, which would rebuild every dependency.

fn main() {
    println!("cargo::rustc-check-cfg=cfg(event_timeline_viewer)");
    println!("cargo::rerun-if-env-changed=EVENT_TIMELINE_VIEWER");
    if std::env::var_os("EVENT_TIMELINE_VIEWER").is_some_and(|v| v == "1") {
        println!("cargo::rustc-cfg=event_timeline_viewer");
    }
}
