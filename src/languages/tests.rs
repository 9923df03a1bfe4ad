use super::*;

fn choose(
    element: Option<&str>,
    story: Option<&str>,
    page: Option<&str>,
) -> (Locale, Option<String>) {
    let choice = LanguageChoice {
        element,
        story,
        page,
        story_dir: None,
    };
    Locale::choose(choice, &[])
}

#[test]
fn the_element_then_the_story_then_the_page_then_english() {
    assert_eq!(&*choose(Some("fr"), Some("ar"), Some("en")).0.lang, "fr");
    assert_eq!(&*choose(None, Some("ar"), Some("fr")).0.lang, "ar");
    assert_eq!(&*choose(Some(" "), None, Some("fr-CA")).0.lang, "fr-CA");
    assert_eq!(&*choose(None, None, None).0.lang, "en");
    let (arabic, warning) = choose(None, Some("ar-SY"), None);
    assert_eq!(
        (arabic.dir, arabic.text("references").as_str(), warning),
        (Dir::Rtl, "المراجع", None)
    );
}

#[test]
fn an_unknown_language_speaks_english_and_warns_once_unless_the_story_brings_words() {
    let (locale, warning) = choose(None, Some("de"), None);
    assert_eq!(locale.text("references"), "References");
    assert_eq!(&*locale.lang, "de");
    assert!(warning.unwrap().contains("no messages for language 'de'"));
    let words = [("references".to_string(), "Quellen".to_string())];
    let choice = LanguageChoice {
        story: Some("de"),
        ..LanguageChoice::default()
    };
    let (locale, warning) = Locale::choose(choice, &words);
    assert_eq!(
        (locale.text("references").as_str(), warning),
        ("Quellen", None)
    );
    // A key the story leaves out still has words: English ones.
    assert_eq!(locale.text("summary"), "Summary");
}

#[test]
fn a_story_direction_wins_and_right_to_left_follows_the_language() {
    let choice = LanguageChoice {
        story: Some("ar"),
        story_dir: Some(Dir::Ltr),
        ..Default::default()
    };
    assert_eq!(Locale::choose(choice, &[]).0.dir, Dir::Ltr);
    assert_eq!(choose(None, Some("he"), None).0.dir, Dir::Rtl);
    assert_eq!(choose(None, Some("fr"), None).0.dir, Dir::Ltr);
}

#[test]
fn arabic_has_six_plural_forms() {
    let ar = choose(Some("ar"), None, None).0;
    let forms: Vec<Plural> = [0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 111]
        .map(|n| (tables::AR.plural)(n))
        .to_vec();
    use Plural::*;
    assert_eq!(
        forms,
        vec![Zero, One, Two, Few, Few, Many, Many, Other, Other, Other, Few, Many]
    );
    assert_eq!(ar.count("events-count", 1), "حدث واحد");
    assert_eq!(ar.count("events-count", 2), "حدثان");
    assert_eq!(ar.count("events-count", 5), "٥ أحداث");
    assert_eq!(ar.count("events-count", 12), "١٢ حدثًا");
    assert_eq!(ar.count("events-count", 100), "١٠٠ حدث");
}

#[test]
fn english_and_french_plurals() {
    let en = Locale::english();
    assert_eq!(en.count("events-count", 1), "1 event");
    assert_eq!(en.count("events-count", 0), "0 events");
    let fr = choose(Some("fr"), None, None).0;
    assert_eq!(fr.count("events-count", 0), "0 événement");
    assert_eq!(fr.count("and-more", 1), "et 1 autre");
    assert_eq!(fr.count("and-more", 3), "et 3 autres");
}

#[test]
fn dates_and_times_in_each_language() {
    let m = Moment::parse("2014-10-27T00:00").unwrap();
    let at = Placement::exact(&m);
    assert_eq!(Locale::english().when(&at), "27 October 2014, 00:00");
    assert_eq!(
        choose(Some("fr"), None, None).0.when(&at),
        "27 octobre 2014 à 00:00"
    );
    assert_eq!(
        choose(Some("ar"), None, None).0.when(&at),
        "٢٧ تشرين الأول ٢٠١٤، ٠٠:٠٠"
    );
    let night = Placement::day_part(
        &Moment::parse("2014-10-27").unwrap(),
        DayPart::Overnight,
        None,
    );
    let ar = choose(Some("ar"), None, None).0;
    assert_eq!(
        (ar.when(&night), ar.when_date(&night).unwrap()),
        ("خلال الليل".into(), "٢٧ تشرين الأول ٢٠١٤".into())
    );
    // The source's own words are shown as they are.
    let said = Placement::day_part(&m, DayPart::Morning, Some("in morning"));
    assert_eq!(ar.when(&said), "in morning");
}

#[test]
fn every_shipped_language_has_every_word() {
    for table in tables::SHIPPED {
        for (key, placeholders) in KEYS {
            let texts: Vec<&str> = if PLURAL_KEYS.contains(key) {
                let forms: std::collections::BTreeSet<Plural> =
                    (0..200).map(|n| (table.plural)(n)).collect();
                forms
                    .iter()
                    .map(|f| {
                        table
                            .get(&format!("{key}.{}", f.key()))
                            .unwrap_or_else(|| panic!("{} {key}.{}", table.lang, f.key()))
                    })
                    .collect()
            } else {
                vec![table
                    .get(key)
                    .unwrap_or_else(|| panic!("{} has no '{key}'", table.lang))]
            };
            for text in texts {
                for name in text
                    .split('{')
                    .skip(1)
                    .filter_map(|r| r.split_once('}'))
                    .map(|(n, _)| n)
                {
                    assert!(
                        placeholders.contains(&name),
                        "{} {key}: {{{name}}}",
                        table.lang
                    );
                }
            }
        }
        for (key, _) in table.messages.iter().chain(table.more) {
            let base = key
                .rsplit_once('.')
                .filter(|(b, _)| PLURAL_KEYS.contains(b))
                .map_or(*key, |(b, _)| b);
            assert!(
                KEYS.iter().any(|(k, _)| *k == base),
                "{} has an unknown key {key}",
                table.lang
            );
        }
    }
}

#[test]
fn language_tags() {
    for good in ["en", "ar", "fr-CA", "ar-SY", "zh-Hant-TW", "ckb"] {
        assert!(is_language_tag(good), "{good}");
    }
    for bad in ["", "english", "e", "fr_CA", "ar-", "en--us", "a1"] {
        assert!(!is_language_tag(bad), "{bad}");
    }
}

#[test]
fn times_in_english_words_keep_what_the_source_reports() {
    use crate::format::time::{Moment, Placement};
    use crate::format::DayPart;
    let english = Locale::english();
    let midnight = Moment::parse("2014-10-27T00:00").unwrap();
    assert_eq!(
        english.when(&Placement::exact(&midnight)),
        "27 October 2014, 00:00"
    );
    let date = Moment::parse("2014-10-27").unwrap();
    let night = Placement::day_part(&date, DayPart::Overnight, None);
    let dawn = Placement::day_part(&date, DayPart::BeforeDawn, None);
    let morning = Placement::day_part(&date, DayPart::Morning, Some("in morning"));
    assert_eq!(english.when(&morning), "in morning");
    assert_eq!(english.when(&dawn), "before dawn");
    assert_eq!(
        english.when_date(&night).as_deref(),
        Some("27 October 2014")
    );
    assert_eq!(english.when(&Placement::after(&night, None)), "later");
}

#[test]
fn docs_list_every_message_key() {
    let docs = include_str!("../../docs/format.md");
    for (key, _) in super::KEYS {
        let listed = if super::PLURAL_KEYS.contains(key) {
            format!("`{key}.one`")
        } else {
            format!("`{key}`")
        };
        assert!(
            docs.contains(&listed),
            "docs/format.md does not list {listed}"
        );
    }
}

#[test]
fn every_visible_label_is_inside_its_accessible_name() {
    // WCAG 2.5.3 (label in name): a control named otherwise than its visible words must still
    // contain them, in every shipped language.
    let pairs = [
        ("close", "close-reference"),
        ("previous", "previous-event"),
        ("next", "next-event"),
    ];
    for table in tables::SHIPPED {
        let words = |key: &str| {
            table
                .get(key)
                .unwrap()
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        };
        for (visible, name) in pairs {
            assert!(
                words(name).contains(&words(visible)),
                "{}: '{}' is not inside '{}'",
                table.lang,
                words(visible),
                words(name)
            );
        }
    }
}

#[test]
fn years_before_the_common_era_and_aeons_in_words() {
    let said = |lang: &str, text: &str| {
        let locale = choose(Some(lang), None, None).0;
        locale.when(&Placement::exact(&Moment::parse(text).unwrap()))
    };
    for (text, en, fr, ar) in [
        ("-300", "300 BCE", "300 av. J.-C.", "٣٠٠ ق.م"),
        ("-3500", "3500 BCE", "3500 av. J.-C.", "٣٥٠٠ ق.م"),
        (
            "-315000",
            "315,000 BCE",
            "315\u{202f}000 av. J.-C.",
            "٣١٥٬٠٠٠ ق.م",
        ),
        (
            "-13800000000",
            "13.8 billion years ago",
            "il y a 13,8 milliards d’années",
            "قبل ١٣٫٨ مليار سنة",
        ),
        (
            "-4600000000",
            "4.6 billion years ago",
            "il y a 4,6 milliards d’années",
            "قبل ٤٫٦ مليارات سنة",
        ),
        (
            "-538800000",
            "539 million years ago",
            "il y a 539 millions d’années",
            "قبل ٥٣٩ مليون سنة",
        ),
        (
            "-1500000",
            "1.5 million years ago",
            "il y a 1,5 million d’années",
            "قبل ١٫٥ مليون سنة",
        ),
        ("12000", "12,000", "12\u{202f}000", "١٢٬٠٠٠"),
    ] {
        assert_eq!(said("en", text), en, "{text}");
        assert_eq!(said("fr", text), fr, "{text}");
        assert_eq!(said("ar", text), ar, "{text}");
    }
    // Four-digit years keep their plain digits.
    assert_eq!(said("en", "1969"), "1969");
}

#[test]
fn about_before_and_between_in_words() {
    let m = |t: &str| Moment::parse(t).unwrap();
    let cases = [
        (
            Placement::about(&m("1820"), None),
            "c. 1820",
            "vers 1820",
            "نحو ١٨٢٠",
        ),
        (
            Placement::before(&m("1990-03"), None),
            "before March 1990",
            "avant mars 1990",
            "قبل آذار ١٩٩٠",
        ),
        (
            Placement::between(&m("1820"), &m("-300"), None),
            "between 1820 and 300 BCE",
            "entre 1820 et 300 av. J.-C.",
            "بين ١٨٢٠ و٣٠٠ ق.م",
        ),
    ];
    for (placement, en, fr, ar) in cases {
        assert_eq!(choose(Some("en"), None, None).0.when(&placement), en);
        assert_eq!(choose(Some("fr"), None, None).0.when(&placement), fr);
        assert_eq!(choose(Some("ar"), None, None).0.when(&placement), ar);
    }
}
