//! `prerender FILE...`: writes the widget's HTML into the `<event-timeline>` elements of built
//! pages (run by the release build on dist/index.html and dist/embed/frame.html).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        eprintln!("usage: prerender FILE...");
        return std::process::ExitCode::from(2);
    }
    let mut failed = false;
    for file in &files {
        let result = std::fs::read_to_string(file).and_then(|page| {
            let (page, rendered) = event_timeline::prerender::prerender_page(&page);
            std::fs::write(file, page).map(|()| rendered)
        });
        match result {
            Ok(n) => println!("{file}: {n} widget(s) pre-rendered"),
            Err(e) => {
                eprintln!("{file}: {e}");
                failed = true;
            }
        }
    }
    std::process::ExitCode::from(u8::from(failed))
}

#[cfg(target_arch = "wasm32")]
fn main() {}
