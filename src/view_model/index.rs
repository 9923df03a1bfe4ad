//! Which places cite which reference, so the reference list can link back to each of them.

use std::collections::BTreeMap;

use crate::format::citation::cited_numbers;
use crate::format::TimelineData;
use crate::languages::Locale;

/// A place in the story that carries citations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    Description,
    Summary(usize),
    Event(usize),
    Claim { comparison: usize, claim: usize },
}

impl Place {
    /// A short, plain label for a link back to this place.
    pub fn label(&self, timeline: &TimelineData, locale: &Locale) -> String {
        match *self {
            Place::Description => locale.text("introduction"),
            Place::Summary(i) => {
                locale.fill("summary-item", &[("label", &timeline.summary[i].label)])
            }
            // Without citation markers: a label is plain text, and its numbers would read as
            // links of their own.
            Place::Event(i) => crate::format::citation::plain_text(&timeline.events[i].headline)
                .trim()
                .to_string(),
            Place::Claim { comparison, claim } => {
                let c = &timeline.comparisons[comparison];
                format!("{}: {}", c.title, c.claims[claim].attribution)
            }
        }
    }
}

/// Every reference number with the places citing it, in reading order, each place once.
pub fn citing_places(timeline: &TimelineData) -> BTreeMap<u32, Vec<Place>> {
    let mut texts: Vec<(Place, &str)> = vec![(Place::Description, timeline.description.as_str())];
    texts.extend(
        timeline
            .summary
            .iter()
            .enumerate()
            .map(|(i, s)| (Place::Summary(i), s.text.as_str())),
    );
    for (i, e) in timeline.events.iter().enumerate() {
        texts.push((Place::Event(i), e.headline.as_str()));
        texts.push((Place::Event(i), e.text.as_str()));
    }
    for (ci, c) in timeline.comparisons.iter().enumerate() {
        for (j, claim) in c.claims.iter().enumerate() {
            texts.push((
                Place::Claim {
                    comparison: ci,
                    claim: j,
                },
                claim.text.as_str(),
            ));
        }
    }
    let mut index: BTreeMap<u32, Vec<Place>> = BTreeMap::new();
    for (place, text) in texts {
        for n in cited_numbers(text) {
            let places = index.entry(n).or_default();
            if !places.contains(&place) {
                places.push(place.clone());
            }
        }
    }
    index
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checker::load;
    use crate::format::IDLIB_2014;

    #[test]
    fn reference_one_is_cited_by_the_date_three_events_and_a_claim() {
        let story = load(IDLIB_2014).unwrap();
        let index = citing_places(&story.timeline);
        let one = &index[&1];
        assert_eq!(one[0], Place::Summary(1));
        assert!(one.contains(&Place::Event(0)));
        assert!(one.contains(&Place::Event(8)));
        assert!(one.iter().any(|p| matches!(p, Place::Claim { .. })));
        assert_eq!(
            one[0].label(&story.timeline, &Locale::english()),
            "Summary: Date"
        );
        // Every reference of the raid is cited somewhere.
        assert_eq!(
            index.keys().copied().collect::<Vec<_>>(),
            (1..=10).collect::<Vec<_>>()
        );
        // Reference 10 backs SOHR, Al-Masdar and the sleeper-cell event.
        assert_eq!(index[&10].len(), 3);
    }
}
