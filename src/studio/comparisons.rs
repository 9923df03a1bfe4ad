//! Editing a story's comparisons of sources: each comparison, its groups, its claims and
//! their figures, addressed by [`Part`].

use crate::format::{Claim, Comparison, Figure, Group};

/// Where in the comparisons an edit goes: which comparison, and in it which group, claim or
/// claim's figure. `Add` of a part adds one after the last of its kind (its index is ignored).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Comparison(usize),
    Group(usize, usize),
    Claim(usize, usize),
    Figure(usize, usize, usize),
}

/// Removes the `i`-th item, if there is one (a list of the story's, or of a comparison's).
pub(super) fn remove_at<T>(list: &mut Vec<T>, i: usize) {
    if i < list.len() {
        list.remove(i);
    }
}

pub(super) fn set_in_comparison(all: &mut [Comparison], part: Part, field: &str, value: String) {
    let number = |v: &str| v.trim().parse().ok();
    match part {
        Part::Comparison(c) => {
            if let Some(comparison) = all.get_mut(c) {
                match field {
                    "id" => comparison.id = value,
                    _ => comparison.title = value,
                }
            }
        }
        Part::Group(c, g) => {
            if let Some(group) = all.get_mut(c).and_then(|x| x.groups.get_mut(g)) {
                match field {
                    "id" => group.id = value,
                    _ => group.label = value,
                }
            }
        }
        Part::Claim(c, k) => {
            if let Some(claim) = all.get_mut(c).and_then(|x| x.claims.get_mut(k)) {
                match field {
                    "id" => claim.id = value,
                    "attribution" => claim.attribution = value,
                    _ => claim.text = value,
                }
            }
        }
        Part::Figure(c, k, f) => {
            let figure = all
                .get_mut(c)
                .and_then(|x| x.claims.get_mut(k))
                .and_then(|claim| claim.figures.get_mut(f));
            if let Some(figure) = figure {
                match field {
                    "group" => figure.group = value,
                    "value" => figure.value = value,
                    "low" => figure.low = number(&value),
                    _ => figure.high = number(&value),
                }
            }
        }
    }
}

pub(super) fn add_in_comparison(all: &mut Vec<Comparison>, part: Part) {
    match part {
        Part::Comparison(_) => all.push(Comparison {
            id: format!("comparison-{}", all.len() + 1),
            title: String::new(),
            groups: Vec::new(),
            claims: Vec::new(),
        }),
        Part::Group(c, _) => {
            if let Some(x) = all.get_mut(c) {
                x.groups.push(Group {
                    id: format!("group-{}", x.groups.len() + 1),
                    label: String::new(),
                });
            }
        }
        Part::Claim(c, _) => {
            if let Some(x) = all.get_mut(c) {
                x.claims.push(Claim {
                    id: format!("claim-{}", x.claims.len() + 1),
                    attribution: String::new(),
                    text: String::new(),
                    figures: Vec::new(),
                });
            }
        }
        Part::Figure(c, k, _) => {
            if let Some(x) = all.get_mut(c) {
                let group = x.groups.first().map(|g| g.id.clone()).unwrap_or_default();
                if let Some(claim) = x.claims.get_mut(k) {
                    claim.figures.push(Figure {
                        group,
                        value: String::new(),
                        low: None,
                        high: None,
                    });
                }
            }
        }
    }
}

pub(super) fn remove_in_comparison(all: &mut Vec<Comparison>, part: Part) {
    match part {
        Part::Comparison(c) => remove_at(all, c),
        Part::Group(c, g) => {
            if let Some(x) = all.get_mut(c) {
                remove_at(&mut x.groups, g);
            }
        }
        Part::Claim(c, k) => {
            if let Some(x) = all.get_mut(c) {
                remove_at(&mut x.claims, k);
            }
        }
        Part::Figure(c, k, f) => {
            if let Some(claim) = all.get_mut(c).and_then(|x| x.claims.get_mut(k)) {
                remove_at(&mut claim.figures, f);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::draft::{blank, Edit};
    use super::super::history::{to_text, History};
    use super::*;

    #[test]
    fn summary_rows_and_a_comparison_of_two_sources_pass_the_checker() {
        let base = History::new(blank()).after_all(&[
            Edit::Title("T".into()),
            Edit::AddReference,
            Edit::ReferenceField(0, "title", "S1".into()),
            Edit::AddReference,
            Edit::ReferenceField(1, "title", "S2".into()),
            Edit::AddEvent,
            Edit::EventField(0, "at", "2020".into()),
            Edit::EventField(0, "headline", "H".into()),
            Edit::AddSummary,
            Edit::SummaryField(0, "label", "Where".into()),
            Edit::SummaryField(0, "text", "A town".into()),
            Edit::Add(Part::Comparison(0)),
            Edit::Comparison(Part::Comparison(0), "title", "Casualties".into()),
            Edit::Add(Part::Group(0, 0)),
            Edit::Comparison(Part::Group(0, 0), "label", "Soldiers".into()),
            Edit::Add(Part::Claim(0, 0)),
            Edit::Comparison(Part::Claim(0, 0), "attribution", "One source".into()),
            Edit::Comparison(Part::Claim(0, 0), "text", "Ten died.[1]".into()),
            Edit::Add(Part::Figure(0, 0, 0)),
            Edit::Comparison(Part::Figure(0, 0, 0), "value", "10".into()),
            Edit::Comparison(Part::Figure(0, 0, 0), "low", "10".into()),
            Edit::Add(Part::Claim(0, 0)),
            Edit::Comparison(Part::Claim(0, 1), "attribution", "Another".into()),
            Edit::Comparison(Part::Claim(0, 1), "text", "Twelve died.[2]".into()),
        ]);
        let text = to_text(&base.now);
        let story = crate::checker::load(&text).unwrap_or_else(|p| panic!("{p:?}\n{text}"));
        let c = &story.timeline.comparisons[0];
        assert_eq!(
            (c.groups.len(), c.claims.len(), c.claims[0].figures[0].low),
            (1, 2, Some(10))
        );
        let removed = base
            .edited(&Edit::Remove(Part::Figure(0, 0, 0)))
            .edited(&Edit::Remove(Part::Claim(0, 1)))
            .edited(&Edit::RemoveSummary(0));
        assert!(removed.now.comparisons[0].claims[0].figures.is_empty());
        assert_eq!(removed.now.comparisons[0].claims.len(), 1);
        assert!(removed.now.summary.is_empty());
        assert!(removed
            .edited(&Edit::Remove(Part::Comparison(0)))
            .now
            .comparisons
            .is_empty());
    }
}
