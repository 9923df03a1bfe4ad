//! A widget's options as hosts give them: typed here once, for the Yew props, the element's
//! options object, the pre-renderer and the attributes it writes back into the page.

/// The colour scheme: the reader's preference (`prefers-color-scheme`), or one forced.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    /// The word an attribute uses (`theme="dark"`).
    pub fn name(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The theme an attribute names; `None` for a word that names none.
    pub fn parse(word: &str) -> Option<Theme> {
        Theme::ALL
            .into_iter()
            .find(|t| t.name().eq_ignore_ascii_case(word.trim()))
    }

    /// The theme an attribute names, or `auto` with a warning that lists the valid words.
    pub fn from_attribute(word: &str) -> (Theme, Option<String>) {
        match Theme::parse(word) {
            Some(theme) => (theme, None),
            None => (
                Theme::Auto,
                Some(format!(
                    "event-timeline: unknown theme '{word}'; use auto, light or dark (showing auto)"
                )),
            ),
        }
    }

    /// The root's class for this theme.
    pub fn class(self) -> &'static str {
        match self {
            Theme::Auto => "et-theme-auto",
            Theme::Light => "et-theme-light",
            Theme::Dark => "et-theme-dark",
        }
    }
}

/// The level of the widget's title in the host page's outline: `h2` unless the host says
/// otherwise (a page whose own headings go deeper, or a widget that is the page's subject).
/// The widget's sections and events are one and two levels below it, never past `h6`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HeadingLevel(u8);

impl Default for HeadingLevel {
    fn default() -> Self {
        HeadingLevel::H2
    }
}

impl HeadingLevel {
    const TAGS: [&'static str; 6] = ["h1", "h2", "h3", "h4", "h5", "h6"];
    /// The title as an `h1` (the widget is the page's subject), and so on to `h6`.
    pub const H1: HeadingLevel = HeadingLevel(1);
    pub const H2: HeadingLevel = HeadingLevel(2);
    pub const H3: HeadingLevel = HeadingLevel(3);
    pub const H4: HeadingLevel = HeadingLevel(4);
    pub const H5: HeadingLevel = HeadingLevel(5);
    pub const H6: HeadingLevel = HeadingLevel(6);

    /// The level `h1` to `h6` names, if it is one.
    pub fn new(level: u8) -> Option<HeadingLevel> {
        (1..=6).contains(&level).then_some(HeadingLevel(level))
    }

    /// The level an attribute names (`heading-level="3"`), or `h2` with a warning.
    pub fn from_attribute(word: &str) -> (HeadingLevel, Option<String>) {
        // One digit, found by its place: no number parsing in the WebAssembly.
        let digit = ["1", "2", "3", "4", "5", "6"]
            .iter()
            .position(|d| *d == word.trim());
        match digit {
            Some(i) => (HeadingLevel(i as u8 + 1), None),
            None => (
                HeadingLevel::default(),
                Some(format!(
                    "event-timeline: heading-level '{word}' is not 1 to 6 (showing the title as h2)"
                )),
            ),
        }
    }

    /// The tag of a heading `below` levels under the title (the title's own at 0).
    pub fn tag(self, below: u8) -> &'static str {
        Self::TAGS[usize::from((self.0 + below).min(6)) - 1]
    }
}

/// A widget's options in words, as a host writes them: the element's attributes, the options
/// object its script passes, the pre-renderer's reading of a page. One type, so the three
/// agree; the props are made from it in one place (`TimelineProps::from_options`).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Options {
    /// Prefix of every element id.
    pub id_prefix: Option<String>,
    /// The event selected first.
    pub event: Option<String>,
    /// `auto`, `light` or `dark`.
    pub theme: Option<String>,
    /// The parts to show, as words.
    pub sections: Option<String>,
    /// The widget's language (the element's `lang`).
    pub lang: Option<String>,
    /// The host page's `<html lang>`.
    pub page_lang: Option<String>,
    /// The title's heading level, `1` to `6`.
    pub heading_level: Option<String>,
}

impl Options {
    /// The options a pre-rendered widget was rendered with, by the names of the `data-*`
    /// attributes the pre-renderer writes on its host (`data-id-prefix`, `data-theme`, …),
    /// so the element hydrates from exactly those.
    pub const DATA: [&'static str; 7] = [
        "id-prefix",
        "event",
        "theme",
        "sections",
        "lang",
        "page-lang",
        "heading-level",
    ];

    fn slot(&mut self, name: &str) -> Option<&mut Option<String>> {
        Some(match name {
            "id-prefix" => &mut self.id_prefix,
            "event" => &mut self.event,
            "theme" => &mut self.theme,
            "sections" => &mut self.sections,
            "lang" => &mut self.lang,
            "page-lang" => &mut self.page_lang,
            "heading-level" => &mut self.heading_level,
            _ => return None,
        })
    }

    /// The options named by [`Options::DATA`], read with `get` (an element's attribute, by
    /// its `data-` name).
    pub fn from_data(mut get: impl FnMut(&str) -> Option<String>) -> Options {
        let mut options = Options::default();
        for name in Options::DATA {
            if let Some(slot) = options.slot(name) {
                *slot = get(&format!("data-{name}"));
            }
        }
        options
    }

    /// The `data-*` attributes that [`Options::from_data`] reads back, for those given.
    pub fn data_attributes(&self) -> Vec<(String, String)> {
        let mut copy = self.clone();
        Options::DATA
            .into_iter()
            .filter_map(|name| {
                let value = copy.slot(name)?.take()?;
                Some((format!("data-{name}"), value))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_read_back_from_the_attributes_they_write() {
        let options = Options {
            id_prefix: Some("et2".into()),
            theme: Some("dark".into()),
            page_lang: Some("ar".into()),
            event: Some("a \"quoted\" id".into()),
            heading_level: Some("3".into()),
            ..Options::default()
        };
        let written = options.data_attributes();
        assert_eq!(written.len(), 5);
        let read = Options::from_data(|name| {
            written
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.clone())
        });
        assert_eq!(read, options);
    }

    #[test]
    fn every_theme_reads_back_from_its_word_and_others_warn() {
        for theme in Theme::ALL {
            assert_eq!(Theme::parse(theme.name()), Some(theme));
            assert!(theme.class().ends_with(theme.name()));
        }
        assert_eq!(Theme::parse(" Dark "), Some(Theme::Dark));
        let (theme, warning) = Theme::from_attribute("drak");
        assert_eq!(theme, Theme::Auto);
        assert!(warning.unwrap().contains("'drak'; use auto, light or dark"));
    }

    #[test]
    fn a_heading_level_is_one_to_six_and_what_is_below_it_stops_at_h6() {
        let (level, warning) = HeadingLevel::from_attribute(" 3 ");
        assert_eq!(
            (level.tag(0), level.tag(1), level.tag(2), warning),
            ("h3", "h4", "h5", None)
        );
        assert_eq!(HeadingLevel::new(5).map(|l| l.tag(2)), Some("h6"));
        assert_eq!(HeadingLevel::default().tag(0), "h2");
        assert_eq!(HeadingLevel::new(3), Some(HeadingLevel::H3));
        assert_eq!(HeadingLevel::new(7), None);
        for word in ["0", "7", "two", ""] {
            let (level, warning) = HeadingLevel::from_attribute(word);
            assert_eq!(level, HeadingLevel::default());
            assert!(warning.unwrap().contains("is not 1 to 6"), "{word}");
        }
    }
}
