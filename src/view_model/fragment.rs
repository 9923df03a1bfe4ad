//! The URL fragments a widget owns: `#e-<event-id>` for the page's first widget (prefix `et`)
//! and `#<prefix>-e-<event-id>` for the others, so several widgets with `hash` on never read
//! or overwrite each other's fragments. Every other fragment belongs to the host page, and
//! the widget leaves it alone. A search goes on after the event: `#e-power-cut&q=mansion`.

/// The fragment (without `#`) that selects `event_id` in the widget with this id prefix.
pub fn event_fragment(prefix: &str, event_id: &str) -> String {
    if prefix == "et" {
        format!("e-{event_id}")
    } else {
        format!("{prefix}-e-{event_id}")
    }
}

/// A fragment's event part and its search (after the first `&`, which no id contains).
pub fn split_search(fragment: &str) -> (&str, &str) {
    fragment.split_once('&').unwrap_or((fragment, ""))
}

/// The event id named by a fragment of this widget's form, or `None` when the fragment is
/// not this widget's (the host page's own `#comments`, another widget's fragment).
pub fn event_in_fragment<'a>(prefix: &str, fragment: &'a str) -> Option<&'a str> {
    let fragment = split_search(fragment).0;
    let id = if prefix == "et" {
        fragment.strip_prefix("e-")?
    } else {
        fragment.strip_prefix(prefix)?.strip_prefix("-e-")?
    };
    crate::format::is_valid_id(id).then_some(id)
}

/// Whether a widget may replace this fragment: none at all, or one of any widget's form (the
/// page's widgets take turns in the one URL). The host page's own fragments are never replaced.
pub fn may_replace(fragment: Option<&str>) -> bool {
    let Some(fragment) = fragment else {
        return true;
    };
    let fragment = split_search(fragment).0;
    let prefix = match fragment.split_once("-e-") {
        Some((prefix, _)) if prefix.strip_prefix("et").is_some_and(is_widget_number) => prefix,
        _ => "et",
    };
    event_in_fragment(prefix, fragment).is_some()
}

/// The number after `et` in a widget prefix: empty for the first widget, else 2, 3, …
fn is_widget_number(digits: &str) -> bool {
    digits.is_empty() || (digits.bytes().all(|b| b.is_ascii_digit()) && !digits.starts_with('0'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_widget_uses_the_short_form_and_others_name_themselves() {
        assert_eq!(event_fragment("et", "power-cut"), "e-power-cut");
        assert_eq!(event_fragment("et2", "power-cut"), "et2-e-power-cut");
        assert_eq!(event_in_fragment("et", "e-power-cut"), Some("power-cut"));
        assert_eq!(
            event_in_fragment("et2", "et2-e-power-cut"),
            Some("power-cut")
        );
        assert_eq!(
            event_in_fragment("et2", "et2-e-power-cut&q=x"),
            Some("power-cut")
        );
        assert_eq!(split_search("e-a&q=x&side=y"), ("e-a", "q=x&side=y"));
        assert!(may_replace(Some("et3-e-a&place=b")) && !may_replace(Some("top&q=x")));
    }

    #[test]
    fn fragments_of_the_host_or_of_another_widget_are_not_ours() {
        for (prefix, fragment) in [
            ("et", "comments"),
            ("et", "et2-e-power-cut"),
            ("et", "et-ref-9"),
            ("et", "e-"),
            ("et", "e-Power"),
            ("et2", "e-power-cut"),
            ("et2", "et22-e-power-cut"),
            ("et2", "et2-ref-1"),
        ] {
            assert_eq!(
                event_in_fragment(prefix, fragment),
                None,
                "{prefix} {fragment}"
            );
        }
    }

    #[test]
    fn widgets_replace_only_widget_fragments() {
        for ours in [
            None,
            Some("e-power-cut"),
            Some("et2-e-power-cut"),
            Some("et13-e-a-b"),
        ] {
            assert!(may_replace(ours), "{ours:?}");
        }
        for host in [
            "comments", "et-ref-9", "e-", "e-Mail", "et02-e-x", "etx-e-x", "top-e-x",
        ] {
            assert!(!may_replace(Some(host)), "{host}");
        }
    }
}
