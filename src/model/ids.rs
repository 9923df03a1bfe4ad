//! Element ids inside one widget, said once. Every id is `<prefix>-<kind>-…`; where an id joins
//! ids from the data (a comparison's and a claim's), they are joined with `_`, which valid ids
//! cannot contain, so no two places can ever get the same id (a claim called `heading` no
//! longer meets its comparison's heading).

/// A claim of a comparison, as listed under its table.
pub fn claim(prefix: &str, comparison: &str, claim: &str) -> String {
    format!("{prefix}-cmp-{comparison}_{claim}")
}

/// The text block of a claim, whose citations are `<block>-c<k>`.
pub fn claim_text(prefix: &str, comparison: &str, claim: &str) -> String {
    format!("{}_text", self::claim(prefix, comparison, claim))
}

/// The `k`-th citation button (from 1) of a text block.
pub fn citation(block: &str, k: usize) -> String {
    format!("{block}-c{k}")
}

/// Whether a citation button's id is one of this block's (`<block>-c<k>`, nothing more): a
/// block `ev-a-text` does not own `ev-a-text-c1-headline-c1`, event `a-text-c1`'s citation.
pub fn is_citation_of(citation: &str, block: &str) -> bool {
    citation
        .strip_prefix(block)
        .and_then(|rest| rest.strip_prefix("-c"))
        .is_some_and(|k| !k.is_empty() && k.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_citation_belongs_to_its_own_block_only() {
        assert!(is_citation_of("et-ev-a-text-c1", "et-ev-a-text"));
        assert!(is_citation_of("et-ev-a-text-c12", "et-ev-a-text"));
        assert!(!is_citation_of(
            "et-ev-a-text-c1-headline-c1",
            "et-ev-a-text"
        ));
        assert!(!is_citation_of("et-ev-a-text-c", "et-ev-a-text"));
        assert!(!is_citation_of("et-ev-a-textual-c1", "et-ev-a-text"));
    }

    #[test]
    fn claims_never_meet_the_ids_of_their_comparison() {
        // A claim called `heading` or `body`, and a comparison whose id extends another's.
        let ids = [
            claim("et", "c", "heading"),
            claim("et", "c", "body"),
            claim("et", "c-by", "x"),
            claim_text("et", "c", "x"),
            claim_text("et", "c", "text"),
        ];
        for (i, a) in ids.iter().enumerate() {
            for b in &ids[i + 1..] {
                assert_ne!(a, b);
            }
            for section in ["et-cmp-c-heading", "et-cmp-c-body", "et-cmp-c-by-heading"] {
                assert_ne!(a, section);
            }
        }
    }
}
