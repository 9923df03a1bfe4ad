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
}

impl Options {
    /// The options a pre-rendered widget was rendered with, by the names of the `data-*`
    /// attributes the pre-renderer writes on its host (`data-id-prefix`, `data-theme`, …),
    /// so the element hydrates from exactly those.
    pub const DATA: [&'static str; 6] = [
        "id-prefix",
        "event",
        "theme",
        "sections",
        "lang",
        "page-lang",
    ];

    fn slot(&mut self, name: &str) -> Option<&mut Option<String>> {
        Some(match name {
            "id-prefix" => &mut self.id_prefix,
            "event" => &mut self.event,
            "theme" => &mut self.theme,
            "sections" => &mut self.sections,
            "lang" => &mut self.lang,
            "page-lang" => &mut self.page_lang,
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
            ..Options::default()
        };
        let written = options.data_attributes();
        assert_eq!(written.len(), 4);
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
}
