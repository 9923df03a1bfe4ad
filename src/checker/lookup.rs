//! Names found by binary search instead of hashing: each hash map type costs the WebAssembly
//! its own copy of the table code (about 1 KB each), and one sorted list serves the checker's
//! every lookup (ids, repeated ids, the places of values).

/// Names with their positions in a list, sorted by name, then position.
pub struct Lookup<'a>(Vec<(&'a str, usize)>);

impl<'a> Lookup<'a> {
    pub fn new(names: impl Iterator<Item = &'a str>) -> Self {
        let mut sorted: Vec<(&str, usize)> = names.enumerate().map(|(i, n)| (n, i)).collect();
        sorted.sort_unstable();
        Lookup(sorted)
    }

    /// The position of the first use of `name`.
    pub fn first(&self, name: &str) -> Option<usize> {
        let k = self.0.partition_point(|&(n, _)| n < name);
        self.0.get(k).filter(|&&(n, _)| n == name).map(|&(_, i)| i)
    }

    /// Every later use of a name already used: `(position, name, first position)`.
    pub fn repeats(&self) -> impl Iterator<Item = (usize, &'a str, usize)> + '_ {
        let mut first = 0;
        self.0
            .iter()
            .enumerate()
            .filter_map(move |(k, &(name, i))| {
                if k == 0 || self.0[k - 1].0 != name {
                    first = i;
                    None
                } else {
                    Some((i, name, first))
                }
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_first_uses_and_repeats() {
        let names = ["b", "a", "b", "c", "b", "a"];
        let lookup = Lookup::new(names.into_iter());
        assert_eq!(lookup.first("b"), Some(0));
        assert_eq!(lookup.first("a"), Some(1));
        assert_eq!(lookup.first("c"), Some(3));
        assert_eq!(lookup.first("d"), None);
        let mut repeats: Vec<_> = lookup.repeats().collect();
        repeats.sort();
        assert_eq!(repeats, [(2, "b", 0), (4, "b", 0), (5, "a", 1)]);
        assert_eq!(Lookup::new(std::iter::empty()).repeats().count(), 0);
    }
}
