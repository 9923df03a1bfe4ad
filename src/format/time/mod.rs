//! The time model: exact times at any precision, reported parts of a day, and "later than"
//! relations. Parts of a day carry approximate bands (in minutes from the date's midnight) that
//! are used only to place events on the axis; they are never shown as clock times.

pub use super::day_part::DayPart;

/// How much of a moment the source actually reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    Year,
    Month,
    Day,
    Minute,
}

/// A calendar moment parsed from `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, or a
/// year alone before the common era (`-300`, `-13800000000`) or after 9999 (`12000`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Moment {
    /// Astronomical numbering: 0 is 1 BCE, -299 is 300 BCE (so that every year is 365 or
    /// 366 days after the one before it).
    pub year: i64,
    pub month: u32,
    pub day: u32,
    pub minute_of_day: u32,
    pub precision: Precision,
}

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 (proleptic Gregorian), after Howard Hinnant's `days_from_civil`.
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = year - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Why a text is not a moment of the format. The checker writes it out (`Display`); the
/// viewer, which reads only stories the checker passed, never does, and carries none of the
/// words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeError {
    /// The text as the data gives it.
    pub text: String,
    pub why: Why,
}

/// What is wrong with a time's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    /// A form from another program (seconds, a zone, a space for the `T`), with its fix.
    Mistake(String),
    NotADate,
    /// A field with the wrong digits: the field, the digits it needs, what was found.
    Digits(&'static str, usize, String),
    Month(u32),
    Day {
        year: i64,
        month: u32,
        day: u32,
        last: u32,
    },
    ClockWithoutDate,
    NoColon,
    NotATime(u32, u32),
    /// A year before the common era or after 9999 with a month or a day.
    YearOnly,
    /// `-0`: there is no year 0.
    YearZero,
}

const FORMS: &str =
    "expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM (or a year alone: -300 for 300 BCE)";

impl std::fmt::Display for TimeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = &self.text;
        match &self.why {
            Why::Mistake(why) => write!(f, "'{text}': {why}; {FORMS}"),
            Why::NotADate => write!(f, "'{text}' is not a date: {FORMS}"),
            Why::Digits(what, digits, found) => {
                write!(f, "'{text}': the {what} must be {digits} digits, found '{found}'")?;
                match *what {
                    "year" => write!(f, "; {FORMS}"),
                    _ => Ok(()),
                }
            }
            Why::Month(month) => write!(f, "'{text}': month {month} is not between 01 and 12"),
            Why::Day { year, month, day, last } => write!(
                f,
                "'{text}': day {day} does not exist in {year}-{month:02} (that month has {last} days)"
            ),
            Why::ClockWithoutDate => {
                write!(f, "'{text}': a time of day needs a full date before the 'T'")
            }
            Why::NoColon => write!(f, "'{text}': the time must be HH:MM"),
            Why::NotATime(hour, minute) => {
                write!(f, "'{text}': {hour:02}:{minute:02} is not a time of day")
            }
            Why::YearOnly => write!(
                f,
                "'{text}': a year before the common era or after 9999 is given alone, without a \
                 month or a day ('-300' is 300 BCE, '-13800000000' 13.8 billion years ago)"
            ),
            Why::YearZero => write!(
                f,
                "'{text}': there is no year 0: 1 BCE ('-1') is followed by 1 CE ('0001')"
            ),
        }
    }
}

/// A field of `digits` digits, or what is wrong with it.
fn number(text: &str, digits: usize, what: &'static str) -> Result<u32, Why> {
    match text.parse() {
        Ok(n) if text.len() == digits && text.bytes().all(|b| b.is_ascii_digit()) => Ok(n),
        _ => Err(Why::Digits(what, digits, text.to_string())),
    }
}

#[cfg(not(event_timeline_viewer))]
/// The forms people bring from other programs (ISO 8601 with seconds or a zone, a space for
/// the 'T'), named for what they are rather than as a wrong digit count.
fn common_mistake(text: &str) -> Option<String> {
    let (date, clock) = text.split_once('T').or_else(|| text.split_once(' '))?;
    let joined_by_space = !text.contains('T');
    let zone_at = clock.find(['Z', 'z', '+']).or_else(|| clock.find('-'));
    let (time, zone) = match zone_at {
        Some(i) => (&clock[..i], Some(&clock[i..])),
        None => (clock, None),
    };
    let hh_mm = time.get(..5).unwrap_or(time);
    let fix = format!("{date}T{hh_mm}");
    if let Some(zone) = zone.filter(|z| !z.is_empty()) {
        return Some(format!(
            "a time zone ('{zone}') is not part of the format: write the time as the clock read \
             where it happened, HH:MM ({fix})"
        ));
    }
    if time.matches(':').count() > 1 {
        return Some(format!(
            "seconds are not part of the format: write the time as HH:MM ({fix})"
        ));
    }
    if joined_by_space && time.contains(':') {
        return Some(format!(
            "the date and the time are joined by 'T', not a space ({fix})"
        ));
    }
    None
}

/// Years of the format beyond four digits: twelve at most (13.8 billion years ago has eleven).
#[cfg(not(event_timeline_viewer))]
const FAR_DIGITS: usize = 12;

/// A year before the common era (`-300`) or after 9999 (`12000`), given alone: `None` for a
/// text of another form.
#[cfg(not(event_timeline_viewer))]
fn far_year(text: &str) -> Result<Option<Moment>, Why> {
    let (bce, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None if text.len() > 4 && text.bytes().all(|b| b.is_ascii_digit()) => (false, text),
        None => return Ok(None),
    };
    let year_digits = digits.bytes().take_while(u8::is_ascii_digit).count();
    if year_digits == 0 {
        return Err(Why::NotADate);
    }
    if year_digits < digits.len() {
        return Err(Why::YearOnly);
    }
    if year_digits > FAR_DIGITS {
        return Err(Why::NotADate);
    }
    let n: i64 = digits.parse().map_err(|_| Why::NotADate)?;
    match (bce, n) {
        (true, 0) => Err(Why::YearZero),
        (true, n) => Ok(Some(Moment::year_start(year_from_given(-n)))),
        (false, n) => Ok(Some(Moment::year_start(n))),
    }
}

/// An astronomical year (0 is 1 BCE) as people number it: -299 is 300 BCE, written `-300`.
pub fn year_as_given(year: i64) -> i64 {
    if year <= 0 {
        year - 1
    } else {
        year
    }
}

/// A year as people number it (`-300` is 300 BCE; there is no 0) as an astronomical year.
pub fn year_from_given(given: i64) -> i64 {
    if given < 0 {
        given + 1
    } else {
        given
    }
}

impl Moment {
    /// The year as people number it: 300 BCE is `-300` (the field keeps the astronomical year,
    /// -299); years of the common era are themselves.
    pub fn given_year(&self) -> i64 {
        year_as_given(self.year)
    }

    /// A year before the common era or after 9999: given alone, and said in other words
    /// ("300 BCE", "13.8 billion years ago") than four digits.
    pub fn is_far(&self) -> bool {
        !(1..=9999).contains(&self.year)
    }

    /// Parses a moment; the error says which part is wrong and why.
    pub fn parse(text: &str) -> Result<Moment, TimeError> {
        Moment::parse_fields(text).map_err(|why| TimeError {
            text: text.to_string(),
            why,
        })
    }

    fn parse_fields(text: &str) -> Result<Moment, Why> {
        // The viewer build reads only stories the checker passed: no mistakes to name.
        #[cfg(not(event_timeline_viewer))]
        if let Some(why) = common_mistake(text) {
            return Err(Why::Mistake(why));
        }
        // The viewer build reads only the built-in story, which the pre-renderer marks for
        // the full build when it has such years.
        #[cfg(not(event_timeline_viewer))]
        if let Some(moment) = far_year(text)? {
            return Ok(moment);
        }
        let (date, clock) = match text.split_once('T') {
            Some((d, c)) => (d, Some(c)),
            None => (text, None),
        };
        let parts: Vec<&str> = date.split('-').collect();
        if parts.len() > 3 || parts.iter().any(|p| p.is_empty()) {
            return Err(Why::NotADate);
        }
        let year = i64::from(number(parts[0], 4, "year")?);
        if year == 0 {
            return Err(Why::YearZero);
        }
        let mut moment = Moment {
            year,
            month: 1,
            day: 1,
            minute_of_day: 0,
            precision: Precision::Year,
        };
        if let Some(m) = parts.get(1) {
            let month = number(m, 2, "month")?;
            if !(1..=12).contains(&month) {
                return Err(Why::Month(month));
            }
            moment.month = month;
            moment.precision = Precision::Month;
        }
        if let Some(d) = parts.get(2) {
            let day = number(d, 2, "day")?;
            let last = days_in_month(year, moment.month);
            if day < 1 || day > last {
                let month = moment.month;
                return Err(Why::Day {
                    year,
                    month,
                    day,
                    last,
                });
            }
            moment.day = day;
            moment.precision = Precision::Day;
        }
        if let Some(clock) = clock {
            if moment.precision != Precision::Day {
                return Err(Why::ClockWithoutDate);
            }
            let (h, m) = clock.split_once(':').ok_or(Why::NoColon)?;
            let (hour, minute) = (number(h, 2, "hour")?, number(m, 2, "minute")?);
            if hour > 23 || minute > 59 {
                return Err(Why::NotATime(hour, minute));
            }
            moment.minute_of_day = hour * 60 + minute;
            moment.precision = Precision::Minute;
        }
        Ok(moment)
    }

    /// The day (at day precision) with the given number of days since 1970-01-01.
    pub fn from_day_number(days: i64) -> Moment {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = yoe + era * 400 + i64::from(month <= 2);
        Moment {
            year,
            month,
            day,
            minute_of_day: 0,
            precision: Precision::Day,
        }
    }

    /// The first day of a month, at month precision.
    pub fn month_start(year: i64, month: u32) -> Moment {
        Moment {
            year,
            month,
            day: 1,
            minute_of_day: 0,
            precision: Precision::Month,
        }
    }

    /// The first day of a year, at year precision.
    pub fn year_start(year: i64) -> Moment {
        Moment {
            year,
            month: 1,
            day: 1,
            minute_of_day: 0,
            precision: Precision::Year,
        }
    }

    /// The moment `by` of its own units later (years, months, days or minutes; earlier when
    /// negative), at the same precision.
    #[cfg(not(event_timeline_viewer))]
    pub fn shifted(&self, by: i64) -> Moment {
        match self.precision {
            Precision::Year => Moment::year_start(self.year + by),
            Precision::Month => {
                let n = self.year * 12 + i64::from(self.month) - 1 + by;
                Moment::month_start(n.div_euclid(12), n.rem_euclid(12) as u32 + 1)
            }
            Precision::Day => Moment::from_day_number(self.start_minute().div_euclid(1440) + by),
            Precision::Minute => {
                let minute = self.start_minute() + by;
                Moment {
                    minute_of_day: minute.rem_euclid(1440) as u32,
                    precision: Precision::Minute,
                    ..Moment::from_day_number(minute.div_euclid(1440))
                }
            }
        }
    }

    /// Minutes since 1970-01-01T00:00 of the moment's first minute.
    pub fn start_minute(&self) -> i64 {
        days_from_civil(self.year, self.month, self.day) * 1440 + i64::from(self.minute_of_day)
    }

    /// Minutes since 1970-01-01T00:00 just after the moment's last minute.
    pub fn end_minute(&self) -> i64 {
        match self.precision {
            Precision::Minute => self.start_minute() + 1,
            Precision::Day => self.start_minute() + 1440,
            Precision::Month => {
                days_from_civil(self.year, self.month, days_in_month(self.year, self.month)) * 1440
                    + 1440
            }
            Precision::Year => days_from_civil(self.year, 12, 31) * 1440 + 1440,
        }
    }
}

/// What a placement shows, in any language (`Locale::when`).
#[derive(Debug, Clone, PartialEq)]
pub enum Shown {
    /// An exact moment, as precise as reported.
    Exact(Moment),
    /// A part of a day on a date.
    Part { date: Moment, part: DayPart },
    /// Later than another event, time not given.
    After,
    /// About a moment ("c. 1820"); not in the viewer build, which reads only the raid.
    #[cfg(not(event_timeline_viewer))]
    About(Moment),
    /// Before a moment ("before March 1990").
    #[cfg(not(event_timeline_viewer))]
    Before(Moment),
    /// Between two moments ("between 1820 and 1830").
    #[cfg(not(event_timeline_viewer))]
    Between(Moment, Moment),
}

/// Where an event sits in time once its time has been resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct Placement {
    /// First possible minute (since 1970-01-01T00:00).
    pub start: i64,
    /// Just after the last possible minute; `None` when the source leaves it open ("later").
    pub end: Option<i64>,
    /// What orders events: the middle of the possible span, or the anchor event's key.
    pub key: i64,
    /// True when the source's time is itself uncertain (a part of a day, "later than"), never
    /// because it is coarse: a date given to the year, the month or the day is that year,
    /// month or day, not a guess at a minute.
    pub approximate: bool,
    /// What the time is, to be put in words in the reader's language.
    pub shown: Shown,
    /// The source's own words for the time, shown instead of it.
    pub phrase: Option<String>,
    /// For an event that lasted, where its end sits (then `end` is that end's last minute).
    pub until: Option<Box<Placement>>,
}

impl Placement {
    /// Placement of an exact moment.
    pub fn exact(moment: &Moment) -> Placement {
        let (start, end) = (moment.start_minute(), moment.end_minute());
        Placement {
            start,
            end: Some(end),
            key: if moment.precision == Precision::Minute {
                start
            } else {
                (start + end) / 2
            },
            approximate: false,
            shown: Shown::Exact(*moment),
            phrase: None,
            until: None,
        }
    }

    /// Placement of a part of a day on a given date.
    pub fn day_part(date: &Moment, part: DayPart, phrase: Option<&str>) -> Placement {
        let midnight = date.start_minute();
        let (from, to) = part.band();
        Placement {
            start: midnight + from,
            end: Some(midnight + to),
            key: midnight + (from + to) / 2,
            approximate: true,
            shown: Shown::Part { date: *date, part },
            phrase: phrase.map(str::to_string),
            until: None,
        }
    }

    /// A time the source leaves uncertain within `start..end`, ordered by `key`.
    #[cfg(not(event_timeline_viewer))]
    fn uncertain(start: i64, end: i64, key: i64, shown: Shown, phrase: Option<&str>) -> Placement {
        Placement {
            start,
            end: Some(end),
            key,
            approximate: true,
            shown,
            phrase: phrase.map(str::to_string),
            until: None,
        }
    }

    /// About a moment: its own length widened five times on each side (c. 1820: 1815 to
    /// 1825), uncertain, ordered by the moment's middle.
    #[cfg(not(event_timeline_viewer))]
    pub fn about(moment: &Moment, phrase: Option<&str>) -> Placement {
        Placement::uncertain(
            moment.shifted(-5).start_minute(),
            moment.shifted(5).end_minute(),
            (moment.start_minute() + moment.end_minute()) / 2,
            Shown::About(*moment),
            phrase,
        )
    }

    /// Before a moment: up to ten of its lengths before it (before March 1990: from May 1989),
    /// uncertain, ordered by the middle of that.
    #[cfg(not(event_timeline_viewer))]
    pub fn before(moment: &Moment, phrase: Option<&str>) -> Placement {
        let (start, end) = (moment.shifted(-10).start_minute(), moment.start_minute());
        Placement::uncertain(
            start,
            end,
            (start + end) / 2,
            Shown::Before(*moment),
            phrase,
        )
    }

    /// Some time between two moments: from the first's start to the second's end.
    #[cfg(not(event_timeline_viewer))]
    pub fn between(from: &Moment, to: &Moment, phrase: Option<&str>) -> Placement {
        let (start, end) = (from.start_minute(), to.end_minute());
        Placement::uncertain(
            start,
            end,
            (start + end) / 2,
            Shown::Between(*from, *to),
            phrase,
        )
    }

    /// Placement of an event reported only as happening after another one.
    pub fn after(anchor: &Placement, phrase: Option<&str>) -> Placement {
        Placement {
            start: anchor.key,
            end: None,
            key: anchor.key,
            approximate: true,
            shown: Shown::After,
            phrase: phrase.map(str::to_string),
            until: None,
        }
    }
}

#[cfg(test)]
mod tests;
