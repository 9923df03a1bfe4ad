//! Large stories: what to draw so that the cost of a view does not grow with the number of
//! events. Above [`DENSE_EVENTS`] the axis shows clusters of events (one per position) and
//! the strip shows a window of tabs around the selection; only the selected event's detail
//! is rendered.

use std::ops::Range;

/// More events than this and the widget switches to the dense view.
pub const DENSE_EVENTS: usize = 60;
/// How many tabs the dense strip shows around the selection.
pub const WINDOW: usize = 25;

/// Whether a story with this many events gets the dense view.
pub fn is_dense(count: usize) -> bool {
    count > DENSE_EVENTS
}

/// The `size` events shown around `selected` (all of them when there are fewer), with the
/// selection as central as the ends allow.
pub fn window(selected: usize, count: usize, size: usize) -> Range<usize> {
    let size = size.min(count);
    let start = selected
        .saturating_sub(size / 2)
        .min(count.saturating_sub(size));
    start..start + size
}

/// Events sharing one position on the axis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cluster {
    /// Position on the axis, in whole percent.
    pub at: u16,
    /// The first event of the cluster (events are in time order).
    pub first: usize,
    pub count: usize,
}

impl Cluster {
    /// A height step from 1 to 8 that grows with the logarithm of the count, so one busy
    /// minute does not flatten every other bar.
    pub fn level(&self, largest: usize) -> u8 {
        let scale = |n: usize| ((n as f64).ln_1p() / (largest.max(1) as f64).ln_1p()) * 8.0;
        (scale(self.count).ceil() as u8).clamp(1, 8)
    }
}

/// Groups events, given in time order as (index, axis position), into one cluster per
/// position (a zoomed view gives only the events it shows, so its clusters split).
pub fn clusters(positions: impl IntoIterator<Item = (usize, u16)>) -> Vec<Cluster> {
    let mut out: Vec<Cluster> = Vec::new();
    for (i, at) in positions {
        match out.last_mut() {
            Some(last) if last.at == at => last.count += 1,
            _ => out.push(Cluster {
                at,
                first: i,
                count: 1,
            }),
        }
    }
    out
}

/// The cluster holding event `index`.
pub fn cluster_of(clusters: &[Cluster], index: usize) -> Option<usize> {
    let i = clusters.partition_point(|c| c.first <= index);
    i.checked_sub(1)
        .filter(|&c| index < clusters[c].first + clusters[c].count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_centre_the_selection_and_stop_at_the_ends() {
        assert_eq!(window(0, 10_000, 25), 0..25);
        assert_eq!(window(5_000, 10_000, 25), 4_988..5_013);
        assert_eq!(window(9_999, 10_000, 25), 9_975..10_000);
        assert_eq!(window(3, 9, 25), 0..9);
        assert_eq!(window(0, 0, 25), 0..0);
        for selected in [0, 1, 12, 13, 500, 9_998, 9_999] {
            assert!(window(selected, 10_000, 25).contains(&selected));
            assert_eq!(window(selected, 10_000, 25).len(), 25);
        }
    }

    #[test]
    fn clusters_group_equal_positions_and_find_their_events() {
        let c = clusters([0, 0, 3, 3, 3, 90].into_iter().enumerate());
        assert_eq!(
            c,
            vec![
                Cluster {
                    at: 0,
                    first: 0,
                    count: 2
                },
                Cluster {
                    at: 3,
                    first: 2,
                    count: 3
                },
                Cluster {
                    at: 90,
                    first: 5,
                    count: 1
                },
            ]
        );
        let found: Vec<_> = (0..7).map(|i| cluster_of(&c, i)).collect();
        assert_eq!(
            found,
            [Some(0), Some(0), Some(1), Some(1), Some(1), Some(2), None]
        );
        assert_eq!(c[1].level(3), 8);
        assert_eq!(c[2].level(1_000), 1);
        assert!(clusters(std::iter::empty()).is_empty());
    }
}
