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

#[cfg(test)]
mod tests {
    use super::*;

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
