//! What the checker says about a story's language fields.

use super::problem::Problem;
use super::rules::not_blank;
use crate::format::TimelineData;
use crate::languages::{is_language_tag, Plural, KEYS, PLURAL_KEYS};

/// The story's `lang`, `dir` and `messages`: a language tag, a direction, and only the keys
/// the widget has, each using only the placeholders its text has.
pub fn check_language(timeline: &TimelineData, problems: &mut Vec<Problem>) {
    if let Some(lang) = &timeline.lang {
        if !is_language_tag(lang) {
            problems.push(Problem::at(
                "lang",
                format!("'{lang}' is not a language tag (BCP 47), such as 'en', 'ar' or 'fr-CA'"),
            ));
        }
    }
    for (key, text) in &timeline.messages {
        let at = || format!("messages.{key}");
        let base = key
            .rsplit_once('.')
            .filter(|(base, form)| {
                PLURAL_KEYS.contains(base) && Plural::ALL.iter().any(|p| p.key() == *form)
            })
            .map_or(key.as_str(), |(base, _)| base);
        let Some((_, placeholders)) = KEYS.iter().find(|(k, _)| *k == base) else {
            let valid: Vec<String> = KEYS
                .iter()
                .map(|(k, _)| {
                    if PLURAL_KEYS.contains(k) {
                        format!("{k}.one|other|zero|two|few|many")
                    } else {
                        k.to_string()
                    }
                })
                .collect();
            problems.push(Problem::at(
                &at(),
                format!("unknown message '{key}'; valid: {}", valid.join(", ")),
            ));
            continue;
        };
        if PLURAL_KEYS.contains(&base) && base == key {
            problems.push(Problem::at(
                &at(),
                format!("'{key}' has plural forms: set '{key}.one', '{key}.other' (and the other forms your language uses)"),
            ));
            continue;
        }
        not_blank(text, at, problems);
        let mut rest = text.as_str();
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}') else {
                break;
            };
            let name = &rest[open + 1..open + close];
            if !placeholders.contains(&name) {
                let allowed = if placeholders.is_empty() {
                    "none".to_string()
                } else {
                    placeholders
                        .iter()
                        .map(|p| format!("{{{p}}}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                problems.push(Problem::at(
                    &at(),
                    format!("unknown placeholder '{{{name}}}' in '{key}'; it may use: {allowed}"),
                ));
            }
            rest = &rest[open + close + 1..];
        }
    }
}
