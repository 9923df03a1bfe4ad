//! Element ids inside one widget, said once. Every id is `<prefix>-<kind>…`; where an id goes
//! on after an id from the data (an event's, a comparison's, a claim's), it goes on after `_`,
//! which valid ids cannot contain, so no two places can ever get the same id: a claim called
//! `heading` never meets its comparison's heading (`__heading`), and events `a` and
//! `a-text-c1` never share a citation id.

use std::rc::Rc;

use super::sections::Section;

/// The ids of one widget, from its prefix (`et`, `et2`, … so several share a page).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ids {
    prefix: Rc<str>,
}

/// The id prefix of the `n`-th widget on a page (from 1): `et`, `et2`, `et3`, … The build's
/// pre-renderer and the element number widgets by this one rule, so hydration finds its ids.
pub fn widget_prefix(n: u32) -> String {
    if n <= 1 {
        "et".to_string()
    } else {
        format!("et{n}")
    }
}

impl Ids {
    pub fn new(prefix: &str) -> Self {
        Ids {
            prefix: Rc::from(prefix),
        }
    }

    pub fn prefix(&self) -> &str {
        &self.prefix
    }

    fn of(&self, kind: &str) -> String {
        format!("{}-{kind}", self.prefix)
    }

    /// The widget's title, which names its region.
    pub fn title(&self) -> String {
        self.of("title")
    }

    pub fn events_heading(&self) -> String {
        self.of("events-heading")
    }

    /// The search field and its filters (`search-side`, `search-place`).
    pub fn search(&self, part: &str) -> String {
        self.of(&format!("search{part}"))
    }

    /// The one citation popover a widget shows at a time, and its title.
    pub fn popover(&self) -> String {
        self.of("popover")
    }

    pub fn popover_title(&self) -> String {
        self.of("popover-title")
    }

    /// The widget's place on its page from its prefix (`et` 1, `et2` 2, …), which tells two
    /// widgets of one story apart; `None` for a prefix of the host's choosing.
    pub fn ordinal(&self) -> Option<u32> {
        match self.prefix.strip_prefix("et")? {
            "" => Some(1),
            digits => digits.parse().ok(),
        }
    }

    /// An event's tab on the axis.
    pub fn tab(&self, event: &str) -> String {
        format!("{}-tab-{event}", self.prefix)
    }

    /// An event's panel; back-links point here, as it exists without JavaScript too.
    pub fn panel(&self, event: &str) -> String {
        format!("{}-panel-{event}", self.prefix)
    }

    /// A text block of an event (`headline`, `text`), whose citations are [`citation`]s of it.
    pub fn event_text(&self, event: &str, part: &str) -> String {
        format!("{}-ev-{event}_{part}", self.prefix)
    }

    /// Entry `n` of the reference list.
    pub fn reference(&self, n: u32) -> String {
        format!("{}-ref-{n}", self.prefix)
    }

    /// The summary section (see [`Ids::section_heading`] and [`Ids::section_body`]).
    pub fn summary(&self) -> String {
        self.of("summary")
    }

    pub fn references(&self) -> String {
        self.of("references")
    }

    /// The record of changes, and its entry `n` (from 1, oldest first as the data lists them).
    pub fn updates(&self) -> String {
        self.of("updates")
    }

    pub fn update(&self, n: usize) -> String {
        format!("{}-upd-{n}", self.prefix)
    }

    /// The section of the comparison with this id.
    pub fn comparison(&self, comparison: &str) -> String {
        format!("{}-cmp-{comparison}", self.prefix)
    }

    /// The heading (holding the disclosure button) of the section with this id. A double `_`,
    /// which a claim's id cannot start with, so a claim called `heading` keeps its own id.
    pub fn section_heading(section_id: &str) -> String {
        format!("{section_id}__heading")
    }

    /// The content of the section with this id.
    pub fn section_body(section_id: &str) -> String {
        format!("{section_id}__body")
    }

    pub fn description(&self) -> String {
        self.of("description")
    }

    pub fn description_text(&self) -> String {
        self.of("description_text")
    }

    pub fn summary_list(&self) -> String {
        self.of("summary-list")
    }

    /// The text of the summary's `i`-th entry.
    pub fn summary_item(&self, i: usize) -> String {
        format!("{}-summary-{i}", self.prefix)
    }

    /// A claim of a comparison, as listed under its table.
    pub fn claim(&self, comparison: &str, claim: &str) -> String {
        format!("{}-cmp-{comparison}_{claim}", self.prefix)
    }

    /// The text block of a claim.
    pub fn claim_text(&self, comparison: &str, claim: &str) -> String {
        format!("{}_text", self.claim(comparison, claim))
    }

    /// Whether this id is one of this widget's (`et-…` is not `et2-…`'s).
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    pub fn owns(&self, id: &str) -> bool {
        id.strip_prefix(&*self.prefix)
            .is_some_and(|rest| rest.starts_with('-'))
    }

    /// The section that holds the element with this id, if it is one of this widget's and sits
    /// in a section: a reference, the summary or the description, a comparison or a claim.
    pub fn section_holding(&self, id: &str, comparison_ids: &[&str]) -> Option<Section> {
        let kind = id.strip_prefix(&*self.prefix)?.strip_prefix('-')?;
        if kind.starts_with("ref") {
            return Some(Section::References);
        }
        if kind.starts_with("upd") {
            return Some(Section::Updates);
        }
        if kind.starts_with("summary") || kind.starts_with("description") {
            return Some(Section::Summary);
        }
        // `cmp-<id>`, its `__heading` and `__body`, its claims `cmp-<id>_<claim>…`.
        let rest = kind.strip_prefix("cmp-")?;
        let comparison = rest.split_once('_').map_or(rest, |(c, _)| c);
        comparison_ids
            .iter()
            .position(|c| *c == comparison)
            .map(Section::Comparison)
    }
}

/// The `k`-th citation button (from 1) of a text block.
pub fn citation(block: &str, k: usize) -> String {
    format!("{block}_c{k}")
}

/// Whether a citation button's id is one of this block's (`<block>_c<k>`, nothing more).
pub fn is_citation_of(citation: &str, block: &str) -> bool {
    citation
        .strip_prefix(block)
        .and_then(|rest| rest.strip_prefix("_c"))
        .is_some_and(|k| !k.is_empty() && k.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_widget_knows_its_place_on_the_page_from_its_prefix() {
        assert_eq!(Ids::new("et").ordinal(), Some(1));
        assert_eq!(Ids::new("et3").ordinal(), Some(3));
        assert_eq!(Ids::new("mine").ordinal(), None);
        assert_eq!(Ids::new("etc").ordinal(), None);
    }

    #[test]
    fn widgets_are_numbered_by_one_rule() {
        assert_eq!(widget_prefix(1), "et");
        assert_eq!(widget_prefix(2), "et2");
        assert_eq!(widget_prefix(13), "et13");
    }

    #[test]
    fn a_citation_belongs_to_its_own_block_only() {
        let ids = Ids::new("et");
        let a_text = ids.event_text("a", "text");
        let other = ids.event_text("a-text-c1", "headline");
        assert!(is_citation_of(&citation(&a_text, 1), &a_text));
        assert!(is_citation_of(&citation(&a_text, 12), &a_text));
        assert!(!is_citation_of(&citation(&other, 1), &a_text));
        assert!(!is_citation_of("et-ev-a_text_c", &a_text));
        assert!(!is_citation_of("et-ev-a_textual_c1", &a_text));
    }

    #[test]
    fn no_two_elements_share_an_id_whatever_the_data_calls_them() {
        // Events `a` and `a-text-c1`, a claim called `heading`, comparisons `c` and `c-heading`.
        let ids = Ids::new("et");
        let comparisons = ["c", "c-heading"];
        let mut sections: Vec<String> = comparisons.iter().map(|c| ids.comparison(c)).collect();
        sections.extend([ids.summary(), ids.references()]);
        let mut all = vec![
            ids.claim("c", "heading"),
            ids.claim("c", "body"),
            ids.claim("c-heading", "x"),
            ids.claim_text("c", "x"),
            ids.claim_text("c", "text"),
            ids.tab("a"),
            ids.panel("a"),
            ids.event_text("a", "text"),
            ids.event_text("a-text-c1", "text"),
            citation(&ids.event_text("a", "text"), 1),
            citation(&ids.event_text("a-text-c1", "text"), 1),
            ids.summary_list(),
            ids.summary_item(1),
            ids.description(),
            ids.description_text(),
            ids.reference(1),
        ];
        for s in &sections {
            all.extend([s.clone(), Ids::section_heading(s), Ids::section_body(s)]);
        }
        for (i, a) in all.iter().enumerate() {
            for b in &all[i + 1..] {
                assert_ne!(a, b);
            }
        }
    }

    #[test]
    fn ids_in_sections_name_their_section() {
        let ids = Ids::new("et");
        let comparisons = ["casualties", "casualties-by"];
        let holding = |id: &str| ids.section_holding(id, &comparisons);
        assert_eq!(holding(&ids.reference(9)), Some(Section::References));
        assert_eq!(holding(&ids.summary_list()), Some(Section::Summary));
        assert_eq!(holding(&ids.description()), Some(Section::Summary));
        for (i, comparison) in comparisons.iter().enumerate() {
            let section = ids.comparison(comparison);
            for id in [
                section.clone(),
                Ids::section_heading(&section),
                Ids::section_body(&section),
                ids.claim(comparison, "heading"),
                ids.claim_text(comparison, "x"),
            ] {
                assert_eq!(holding(&id), Some(Section::Comparison(i)), "{id}");
            }
        }
        assert_eq!(holding(&ids.panel("power-cut")), None);
        assert_eq!(holding("et2-ref-9"), None);
        assert_eq!(holding("et-cmp-unknown"), None);
        assert!(ids.owns("et-ref-9"));
        assert!(!ids.owns("et2-ref-9"));
    }
}
