//! The position classes at the end of styles/timeline.css are generated from the layout
//! limits; this test keeps them current (`UPDATE_STYLES=1 cargo test --test styles` rewrites
//! them). Positions are classes, not inline styles, so a strict CSP needs nothing extra.

#![cfg(not(target_arch = "wasm32"))]

const BEGIN: &str = "/* BEGIN generated positions (tests/styles.rs) */";
const END: &str = "/* END generated positions */";
const LANES: u32 = 16;
const BAND_LANES: u32 = 4;

fn generated() -> String {
    let mut css = String::from("@container et (min-width: 48em) {\n");
    for n in 0..=100 {
        css += &format!(".et-l-{n}{{--et-l:{n}%}}.et-r-{n}{{--et-r:{n}%}}\n");
    }
    for n in 0..LANES {
        css += &format!(".et-lane-{n}{{top:calc({n} * var(--et-lh))}}\n");
    }
    for n in 1..=LANES {
        css += &format!(".et-lanes-{n} .et-track{{height:calc({n} * var(--et-lh) + .5em)}}\n");
    }
    for n in 0..BAND_LANES {
        css += &format!(".et-blane-{n}{{top:calc({n} * 1.5em)}}\n");
    }
    css + "}\n"
}

#[test]
fn position_classes_are_current() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/styles/timeline.css");
    let css = std::fs::read_to_string(path).unwrap();
    let head = css.split(BEGIN).next().unwrap().trim_end().to_string();
    let current = css
        .split(BEGIN)
        .nth(1)
        .and_then(|rest| rest.split(END).next())
        .map(|s| s.trim_start_matches('\n').to_string());
    let wanted = generated();
    if current.as_deref() != Some(wanted.as_str()) {
        if std::env::var_os("UPDATE_STYLES").is_some() {
            std::fs::write(path, format!("{head}\n\n{BEGIN}\n{wanted}{END}\n")).unwrap();
        } else {
            panic!("styles/timeline.css position classes are stale: run UPDATE_STYLES=1 cargo test --test styles");
        }
    }
}

#[test]
fn every_class_the_components_use_is_prefixed() {
    let mut folders = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src/components"
    ))];
    let mut files = Vec::new();
    while let Some(folder) = folders.pop() {
        for path in std::fs::read_dir(folder)
            .unwrap()
            .map(|e| e.unwrap().path())
        {
            if path.is_dir() {
                folders.push(path)
            } else {
                files.push(path)
            }
        }
    }
    for file in files {
        let text = std::fs::read_to_string(file).unwrap();
        for part in text.split("class=\"").skip(1) {
            let value = part.split('"').next().unwrap();
            for class in value.split_whitespace() {
                assert!(class.starts_with("et-"), "unprefixed class {class:?}");
            }
        }
    }
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/styles/timeline.css"))
        .unwrap();
    for selector_char in css.split('{').map(|s| s.rsplit('}').next().unwrap_or("")) {
        for word in selector_char.split([',', ' ', '>', '+', ':', '\n']) {
            if let Some(class) = word.strip_prefix('.') {
                assert!(class.starts_with("et-"), "unprefixed selector .{class}");
            }
        }
    }
}

#[test]
fn every_block_of_the_stylesheet_is_closed() {
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/styles/timeline.css"))
        .unwrap();
    let mut depth = 0i32;
    for (line, text) in css.lines().enumerate() {
        depth += text.matches('{').count() as i32 - text.matches('}').count() as i32;
        assert!(depth >= 0, "line {}: a '}}' closes nothing", line + 1);
        // A section's heading comment (unindented) must not sit inside an open block.
        if text.starts_with("/*") {
            assert_eq!(
                depth,
                0,
                "line {}: a section starts inside an open block",
                line + 1
            );
        }
    }
    assert_eq!(depth, 0, "an unclosed block");
}
