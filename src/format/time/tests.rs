//! Moments: parsing, precision, ordering, and the forms other programs write.

use super::*;

/// What the parser says of a text it refuses.
fn why(text: &str) -> String {
    Moment::parse(text).unwrap_err().to_string()
}

#[test]
fn parses_every_precision() {
    assert_eq!(Moment::parse("2014").unwrap().precision, Precision::Year);
    assert_eq!(
        Moment::parse("2014-10").unwrap().precision,
        Precision::Month
    );
    assert_eq!(
        Moment::parse("2014-10-27").unwrap().precision,
        Precision::Day
    );
    let m = Moment::parse("2014-10-27T05:30").unwrap();
    assert_eq!((m.precision, m.minute_of_day), (Precision::Minute, 330));
}

#[test]
fn precision_is_not_doubt() {
    for text in ["1969", "1969-07", "1969-07-20", "1969-07-20T20:17"] {
        let placement = Placement::exact(&Moment::parse(text).unwrap());
        assert!(
            !placement.approximate,
            "{text} is given as precisely as it is known"
        );
    }
    // Parts of a day and "later than" are what the source leaves uncertain.
    let day = Moment::parse("2014-10-27").unwrap();
    let night = Placement::day_part(&day, DayPart::Overnight, None);
    assert!(night.approximate && Placement::after(&night, None).approximate);
}

#[test]
fn midnight_keeps_its_time() {
    let m = Moment::parse("2014-10-27T00:00").unwrap();
    assert_eq!((m.precision, m.minute_of_day), (Precision::Minute, 0));
    assert!(!Placement::exact(&m).approximate);
}

#[test]
fn names_seconds_zones_and_spaces_from_other_programs() {
    let zone = why("1969-07-16T13:32:00Z");
    assert!(
        zone.contains("time zone ('Z')") && zone.contains("(1969-07-16T13:32)"),
        "{zone}"
    );
    assert!(zone.contains("YYYY-MM-DDTHH:MM"), "{zone}");
    assert!(why("1969-07-16T13:32+02:00").contains("time zone ('+02:00')"));
    let seconds = why("1969-07-16T13:32:05");
    assert!(seconds.contains("seconds are not part") && seconds.contains("(1969-07-16T13:32)"));
    let space = why("1969-07-16 13:32");
    assert!(
        space.contains("joined by 'T', not a space (1969-07-16T13:32)"),
        "{space}"
    );
    assert!(Moment::parse("1969-07-16T13:32").is_ok());
}

#[test]
fn rejects_impossible_dates_with_reasons() {
    assert!(why("2014-02-29").contains("does not exist"));
    assert!(Moment::parse("2016-02-29").is_ok());
    assert!(why("2014-13").contains("month 13"));
    assert!(why("2014-10-27T24:00").contains("not a time"));
    assert!(why("14-10-27").contains("year must be 4 digits"));
    assert!(why("2014-10T05:00").contains("full date"));
    assert!(why("2014-10-27T0530").contains("HH:MM"));
    assert!(Moment::parse("").is_err());
    assert!(Moment::parse("2014--10").is_err());
}

#[test]
fn epoch_arithmetic_matches_the_calendar() {
    assert_eq!(Moment::parse("1970-01-01").unwrap().start_minute(), 0);
    assert_eq!(Moment::parse("1970-01-02").unwrap().start_minute(), 1440);
    assert_eq!(Moment::parse("1969-12-31").unwrap().start_minute(), -1440);
    let leap = Moment::parse("2016-02").unwrap();
    assert_eq!(leap.end_minute() - leap.start_minute(), 29 * 1440);
    let year = Moment::parse("2014").unwrap();
    assert_eq!(year.end_minute() - year.start_minute(), 365 * 1440);
}

#[test]
fn day_numbers_round_trip() {
    for text in [
        "1970-01-01",
        "2014-10-27",
        "2000-02-29",
        "1899-12-31",
        "2100-03-01",
    ] {
        let m = Moment::parse(text).unwrap();
        assert_eq!(
            Moment::from_day_number(m.start_minute() / 1440),
            m,
            "{text}"
        );
    }
}

#[test]
fn overnight_crosses_midnight_and_sorts_before_dawn() {
    let date = Moment::parse("2014-10-27").unwrap();
    let night = Placement::day_part(&date, DayPart::Overnight, None);
    assert!(night.start < date.start_minute() && night.end.unwrap() > date.start_minute());
    let dawn = Placement::day_part(&date, DayPart::BeforeDawn, None);
    let morning = Placement::day_part(&date, DayPart::Morning, Some("in morning"));
    let later = Placement::day_part(&date, DayPart::LaterThatDay, None);
    assert!(night.key < dawn.key && dawn.key < morning.key && morning.key < later.key);
}

#[test]
fn after_is_open_ended() {
    let date = Moment::parse("2014-10-27").unwrap();
    let night = Placement::day_part(&date, DayPart::Overnight, None);
    let later = Placement::after(&night, None);
    assert_eq!((later.key, later.end), (night.key, None));
}

#[test]
fn years_before_the_common_era_and_aeons_are_dates() {
    let year = |text: &str| Moment::parse(text).unwrap();
    // -300 is 300 BCE: astronomically -299, one year after -300 BCE… and ordered.
    assert_eq!(year("-300").year, -299);
    assert_eq!(year("-300").given_year(), -300);
    assert_eq!(year("-1").year, 0);
    assert_eq!(year("-13800000000").given_year(), -13_800_000_000);
    assert_eq!(year("12000").year, 12_000);
    let keys: Vec<i64> = [
        "-13800000000",
        "-4600000000",
        "-300",
        "-1",
        "0001",
        "1969",
        "12000",
    ]
    .iter()
    .map(|t| Placement::exact(&year(t)).key)
    .collect();
    assert!(keys.windows(2).all(|w| w[0] < w[1]), "{keys:?}");
    // 1 BCE and 1 CE are neighbours: no year 0 between them.
    assert_eq!(year("-1").end_minute(), year("0001").start_minute());
    for (text, why) in [
        ("-0", "there is no year 0"),
        ("0000", "there is no year 0"),
        ("-0300-03-15", "given alone"),
        ("-", "is not a date"),
        ("-3x", "given alone"),
        ("1234567890123", "is not a date"),
    ] {
        assert!(
            super::tests::why(text).contains(why),
            "{text}: {}",
            why_of(text)
        );
    }
}

fn why_of(text: &str) -> String {
    Moment::parse(text).map_or_else(|e| e.to_string(), |m| format!("{m:?}"))
}

#[test]
fn about_before_and_between_are_uncertain_spans_around_their_moments() {
    let m = |t: &str| Moment::parse(t).unwrap();
    let year = |y: &str| (m(y).start_minute(), m(y).end_minute());
    // c. 1820: 1815 to 1825, ordered by 1820's middle.
    let about = Placement::about(&m("1820"), None);
    assert_eq!(
        (about.start, about.end),
        (year("1815").0, Some(year("1825").1))
    );
    assert!(about.approximate && about.key > year("1820").0 && about.key < year("1820").1);
    // Before March 1990: the ten months before it, and sorted before March.
    let before = Placement::before(&m("1990-03"), None);
    assert_eq!(
        (before.start, before.end),
        (
            m("1989-05").start_minute(),
            Some(m("1990-03").start_minute())
        )
    );
    assert!(before.key < m("1990-03").start_minute());
    // Between 1820 and 1830: from the first's start to the second's end.
    let between = Placement::between(&m("1820"), &m("1830"), None);
    assert_eq!(
        (between.start, between.end),
        (year("1820").0, Some(year("1830").1))
    );
    assert!(between.approximate);
}
