//! TimelineJS dates (year down to millisecond, each part a number or a string) as our `at`,
//! as precise as given and no more.

use super::sources::SlideDate;
use crate::format::time::Moment;

/// A TimelineJS date as our `at` (as precise as given), and what was dropped on the way.
pub fn moment(d: &SlideDate) -> Result<(String, Option<String>), String> {
    let number = |text: &str, what: &str| -> Result<Option<i64>, String> {
        let t = text.trim();
        if t.is_empty() {
            return Ok(None);
        }
        t.parse::<f64>()
            .ok()
            .filter(|n| n.fract() == 0.0)
            .map(|n| Some(n as i64))
            .ok_or_else(|| format!("its {what} '{t}' is not a whole number"))
    };
    let year = number(&d.year, "year")?.ok_or("it has no start date (TimelineJS needs a year)")?;
    if !(1..=9999).contains(&year) {
        return Err(format!(
            "its year {year} is outside 1 to 9999, the years the format's dates cover"
        ));
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
}
