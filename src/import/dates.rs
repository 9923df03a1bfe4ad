//! TimelineJS dates (year down to millisecond, each part a number or a string) as our `at`,
//! as precise as given and no more.

use super::sources::SlideDate;
use crate::format::time::Moment;

/// A whole number as a spreadsheet or JSON writes one (`2014`, `-300`, `+5`, `7.0`), read
/// without a float parser (its tables cost the browser build about 4 KB).
fn whole(text: &str) -> Option<i64> {
    let (int, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits = int.strip_prefix(['-', '+']).unwrap_or(int);
    let whole = fraction.bytes().all(|b| b == b'0')
        && !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit());
    whole.then(|| int.strip_prefix('+').unwrap_or(int).parse().ok())?
}

/// A TimelineJS date as our `at` (as precise as given), and what was dropped on the way.
pub fn moment(d: &SlideDate) -> Result<(String, Option<String>), String> {
    let number = |text: &str, what: &str| -> Result<Option<i64>, String> {
        let t = text.trim();
        if t.is_empty() {
            return Ok(None);
        }
        whole(t)
            .map(Some)
            .ok_or_else(|| format!("its {what} '{t}' is not a whole number"))
    };
    let year = number(&d.year, "year")?.ok_or("it has no start date (TimelineJS needs a year)")?;
    if year == 0 {
        return Err("its year is 0, which no calendar has (1 BCE is -1)".into());
    }
    // Before the common era or after 9999 the format takes a year alone.
    if !(1..=9999).contains(&year) {
        let finer: Vec<&str> = [(&d.month, "month"), (&d.day, "day"), (&d.hour, "hour")]
            .into_iter()
            .filter(|(part, _)| !part.trim().is_empty())
            .map(|(_, what)| what)
            .collect();
        let note = (!finer.is_empty()).then(|| {
            format!(
                "{} dropped from the date (a year before the common era or after 9999 is given \
                 alone)",
                finer.join(", ")
            )
        });
        let at = year.to_string();
        Moment::parse(&at).map_err(|e| format!("its date cannot be read: {e}"))?;
        return Ok((at, note));
    }
    let mut at = format!("{year:04}");
    let mut dropped = Vec::new();
    let parts = [
        (number(&d.month, "month")?, "month", "-"),
        (number(&d.day, "day")?, "day", "-"),
        (number(&d.hour, "hour")?, "hour", "T"),
    ];
    let mut precise = true;
    for (value, what, sep) in parts {
        match (value, precise) {
            (Some(v), true) => at.push_str(&format!("{sep}{v:02}")),
            (Some(_), false) => dropped.push(what),
            (None, _) => precise = false,
        }
    }
    let mut notes = Vec::new();
    if at.contains('T') {
        let minute = number(&d.minute, "minute")?;
        if minute.is_none() {
            notes.push("the hour has no minutes: written as :00".to_string());
        }
        at.push_str(&format!(":{:02}", minute.unwrap_or(0)));
    }
    for (text, what) in [(&d.second, "seconds"), (&d.millisecond, "milliseconds")] {
        if number(text, what)?.is_some() {
            dropped.push(what);
        }
    }
    Moment::parse(&at).map_err(|e| format!("its date is impossible: {e}"))?;
    if !dropped.is_empty() {
        notes.push(format!(
            "{} dropped from the date (the format's dates go from the year down to the minute, \
             each part only under the one above it)",
            dropped.join(", ")
        ));
    }
    Ok((at, (!notes.is_empty()).then(|| notes.join("; "))))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(parts: [&str; 5]) -> SlideDate {
        let [year, month, day, hour, minute] = parts.map(String::from);
        SlideDate {
            year,
            month,
            day,
            hour,
            minute,
            ..SlideDate::default()
        }
    }

    #[test]
    fn each_precision_stays_as_given() {
        assert_eq!(
            moment(&date(["602", "", "", "", ""])).unwrap(),
            ("0602".into(), None)
        );
        assert_eq!(
            moment(&date(["2014", "10", "", "", ""])).unwrap().0,
            "2014-10"
        );
        assert_eq!(
            moment(&date(["2014", "10", "27", "0", "0"])).unwrap(),
            ("2014-10-27T00:00".into(), None)
        );
        let (at, note) = moment(&date(["2014", "10", "27", "14", ""])).unwrap();
        assert_eq!(at, "2014-10-27T14:00");
        assert!(note.unwrap().contains("no minutes"));
        let (at, note) = moment(&date(["2014", "", "27", "", ""])).unwrap();
        assert_eq!(at, "2014");
        assert!(note.unwrap().starts_with("day dropped"));
    }

    #[test]
    fn numbers_are_whole_as_written_in_either_input() {
        for (text, read) in [("2014", Some(2014)), ("-300", Some(-300)), ("+5", Some(5))] {
            assert_eq!(whole(text), read, "{text}");
        }
        assert_eq!(whole("7.0"), Some(7));
        assert_eq!(whole("-13800000000"), Some(-13_800_000_000));
        for not_whole in [
            "7.5",
            "",
            "-",
            ".5",
            "1e3",
            "ten",
            "2 014",
            "99999999999999999999",
        ] {
            assert_eq!(whole(not_whole), None, "{not_whole}");
        }
        let half = moment(&date(["2014", "6.5", "", "", ""])).unwrap_err();
        assert_eq!(half, "its month '6.5' is not a whole number");
    }
}
