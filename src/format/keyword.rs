//! Fields of the format that take one of a few words: a part of the day, a media kind, a
//! writing direction. One table per field gives both directions (word to value and back), and
//! the checker's shape check reads the same table, so a word cannot be known in one place and
//! not in another.

/// A value the data writes as one of a fixed set of words.
pub trait Keyword: Copy + PartialEq + 'static {
    /// Each value with the word the data writes for it.
    const WORDS: &'static [(Self, &'static str)];

    /// The word the data writes for this value.
    fn key(self) -> &'static str {
        Self::WORDS
            .iter()
            .find(|(value, _)| *value == self)
            .map_or("", |(_, word)| word)
    }

    /// The value a word stands for, if it is one of the words.
    fn from_key(word: &str) -> Option<Self> {
        Self::WORDS
            .iter()
            .find(|(_, w)| *w == word)
            .map(|(value, _)| *value)
    }
}

/// Every word of a keyword field, in its table's order (for messages and the schema test).
pub fn words_of<K: Keyword>() -> Vec<&'static str> {
    K::WORDS.iter().map(|(_, word)| *word).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::{DayPart, Dir, MediaKind};

    fn round_trips<K: Keyword + std::fmt::Debug>() {
        for (value, word) in K::WORDS {
            assert_eq!(value.key(), *word);
            assert_eq!(K::from_key(word), Some(*value));
        }
        assert_eq!(K::from_key(""), None);
    }

    #[test]
    fn every_word_reads_back_as_its_value() {
        round_trips::<DayPart>();
        round_trips::<MediaKind>();
        round_trips::<Dir>();
        assert_eq!(words_of::<Dir>(), ["ltr", "rtl"]);
    }
}
