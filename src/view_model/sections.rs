//! The parts of a widget after its timeline, which a reader opens and closes, and which a host
//! may leave out (`sections="timeline references"`).

/// A part of the widget a host can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// The title, the axis and the selected event's detail.
    Timeline,
    /// The description and the summary box.
    Summary,
    /// The comparisons of sources.
    Comparison,
    /// The numbered references.
    References,
    /// Finding events by words, side and place: shown without being named only for a story
    /// of more than `search::SEARCH_EVENTS` events.
    Search,
}

impl Part {
    /// The parts only the element's full build shows (the viewer leaves the search out): a
    /// `sections` attribute naming one moves a widget off the viewer (src/embed_facts.rs).
    pub const FULL_BUILD_ONLY: [Part; 1] = [Part::Search];

    pub const ALL: [Part; 5] = [
        Part::Timeline,
        Part::Summary,
        Part::Comparison,
        Part::References,
        Part::Search,
    ];

    /// The word for this part in the `sections` attribute.
    pub fn word(self) -> &'static str {
        match self {
            Part::Timeline => "timeline",
            Part::Summary => "summary",
            Part::Comparison => "comparison",
            Part::References => "references",
            Part::Search => "search",
        }
    }

    fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// Which parts a host shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parts(u8);

/// The bit of parts no host named: the search then shows only for a long story.
const UNNAMED: u8 = 0x80;

impl Default for Parts {
    fn default() -> Self {
        let named = Part::ALL.iter().fold(0, |bits, p| bits | p.bit());
        Parts((named & !Part::Search.bit()) | UNNAMED)
    }
}

impl Parts {
    /// Just these parts (`Parts::of(&[Part::Timeline, Part::References])`); none at all
    /// means every part, as for the attribute.
    pub fn of(parts: &[Part]) -> Parts {
        match parts.iter().fold(0, |bits, p| bits | p.bit()) {
            0 => Parts::default(),
            bits => Parts(bits),
        }
    }

    pub fn shows(self, part: Part) -> bool {
        self.0 & part.bit() != 0
    }

    /// Whether a story of `events` events shows its search: when the host named it, or named
    /// no part and the story is long.
    pub fn shows_search(self, events: usize) -> bool {
        self.shows(Part::Search) || (self.0 & UNNAMED != 0 && events > super::search::SEARCH_EVENTS)
    }

    /// Reads a `sections` attribute: words separated by spaces or commas, any case. Returns the
    /// parts named and the words that name none (for a warning); no valid word at all means
    /// every part, so a typo never leaves a blank widget.
    pub fn parse(value: &str) -> (Parts, Vec<String>) {
        let mut bits = 0;
        let mut unknown = Vec::new();
        for word in value
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
        {
            match Part::ALL
                .iter()
                .find(|p| p.word().eq_ignore_ascii_case(word))
            {
                Some(part) => bits |= part.bit(),
                None => unknown.push(word.to_string()),
            }
        }
        let parts = if bits == 0 {
            Parts::default()
        } else {
            Parts(bits)
        };
        (parts, unknown)
    }

    /// The warning for words that name no part, listing the valid ones.
    pub fn warning(unknown: &[String]) -> Option<String> {
        (!unknown.is_empty()).then(|| {
            let valid: Vec<&str> = Part::ALL.iter().map(|p| p.word()).collect();
            format!(
                "event-timeline: sections: unknown {} {}; valid: {}",
                if unknown.len() == 1 { "word" } else { "words" },
                unknown.join(", "),
                valid.join(", ")
            )
        })
    }
}

/// A section a reader opens and closes: the summary, one comparison (by index) or the
/// references. Each is one bit of [`OpenSections`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Summary,
    References,
    /// The story's record of changes.
    Updates,
    Comparison(usize),
}

impl Section {
    fn bit(self) -> u64 {
        match self {
            Section::Summary => 1,
            Section::References => 2,
            Section::Updates => 4,
            Section::Comparison(i) => 8u64.checked_shl(i.min(60) as u32).unwrap_or(0),
        }
    }
}

/// The sections a reader has open (all closed at first, as the page is pre-rendered).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OpenSections(u64);

impl OpenSections {
    pub fn is_open(self, section: Section) -> bool {
        self.0 & section.bit() != 0
    }

    pub fn toggled(self, section: Section) -> OpenSections {
        OpenSections(self.0 ^ section.bit())
    }

    pub fn opened(self, section: Section) -> OpenSections {
        OpenSections(self.0 | section.bit())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_of_a_list_show_just_those_and_an_empty_list_shows_all() {
        let two = Parts::of(&[Part::Timeline, Part::References]);
        assert!(two.shows(Part::Timeline) && two.shows(Part::References));
        assert!(!two.shows(Part::Summary) && !two.shows(Part::Comparison));
        assert_eq!(Parts::of(&[]), Parts::default());
        assert_eq!(two, Parts::parse("timeline references").0);
    }

    #[test]
    fn the_sections_attribute_names_parts_and_reports_unknown_words() {
        let (parts, unknown) = Parts::parse("timeline  References,bogus");
        assert!(parts.shows(Part::Timeline) && parts.shows(Part::References));
        assert!(!parts.shows(Part::Summary) && !parts.shows(Part::Comparison));
        assert_eq!(unknown, vec!["bogus".to_string()]);
        assert_eq!(
            Parts::warning(&unknown).unwrap(),
            "event-timeline: sections: unknown word bogus; valid: timeline, summary, comparison, references, search"
        );
        // Nothing valid: everything, never a blank widget.
        let (parts, unknown) = Parts::parse("tiemline");
        assert_eq!((parts, unknown.len()), (Parts::default(), 1));
        assert_eq!(Parts::parse(""), (Parts::default(), vec![]));
    }

    #[test]
    fn the_search_shows_for_long_stories_unless_the_host_chose_the_parts() {
        let long = super::super::search::SEARCH_EVENTS + 1;
        assert!(!Parts::default().shows_search(long - 1) && Parts::default().shows_search(long));
        assert!(!Parts::parse("timeline references").0.shows_search(10_000));
        assert!(Parts::parse("timeline search").0.shows_search(3));
    }

    #[test]
    fn sections_open_and_close_independently() {
        let open = OpenSections::default().toggled(Section::References);
        assert!(open.is_open(Section::References) && !open.is_open(Section::Summary));
        let open = open
            .opened(Section::Comparison(2))
            .opened(Section::References);
        assert!(open.is_open(Section::Comparison(2)) && !open.is_open(Section::Comparison(0)));
        assert!(!open
            .toggled(Section::References)
            .is_open(Section::References));
    }
}
