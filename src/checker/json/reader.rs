//! The reader behind [`super::parse`] and [`super::positions`]: one pass over the bytes that
//! keeps the line and column (in characters) for every error and every recorded value.

use super::{join, Json, SyntaxError};

/// Deeper nesting is refused rather than risk the reader's stack (serde_json's limit too).
pub(super) const MAX_DEPTH: usize = 127;

/// `WORDED`: errors say what is wrong in words, and `found` can record the places of values
/// (the checker's reader); without, errors only say where (the viewer's, for data the checker
/// has passed, which then links none of the words).
pub(super) struct Reader<'a, const WORDED: bool> {
    bytes: &'a [u8],
    pos: usize,
    line: usize,
    column: usize,
    depth: usize,
    pub(super) found: Option<Vec<(String, (usize, usize))>>,
}

/// What is at `pos`, for a message: a word whole (`'title'`), else one character, or "the
/// end of the text".
fn shown(text: &[u8], pos: usize) -> String {
    let word = text[pos..]
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    let rest = std::str::from_utf8(&text[pos..]).unwrap_or_default();
    match rest.chars().next() {
        None => "the end of the text".into(),
        Some(c) if c.is_control() => format!("U+{:04X}", c as u32),
        Some(_) if word > 1 => format!("'{}'", &rest[..word.min(24)]),
        Some(c) => format!("'{c}'"),
    }
}

impl<'a, const WORDED: bool> Reader<'a, WORDED> {
    pub(super) fn new(text: &'a str, found: Option<Vec<(String, (usize, usize))>>) -> Self {
        Reader {
            bytes: text.as_bytes(),
            pos: 0,
            line: 1,
            column: 1,
            depth: 0,
            found,
        }
    }

    pub(super) fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn bump(&mut self) {
        if let Some(b) = self.peek() {
            if b == b'\n' {
                self.line += 1;
                self.column = 1;
            } else if b & 0xC0 != 0x80 {
                self.column += 1;
            }
            self.pos += 1;
        }
    }

    fn bump_by(&mut self, n: usize) {
        for _ in 0..n {
            self.bump();
        }
    }

    pub(super) fn space(&mut self) {
        while self.peek().is_some_and(is_space) {
            self.bump();
        }
    }

    /// The place of the next character, for an error found later.
    fn here(&self) -> SyntaxError {
        SyntaxError {
            line: self.line,
            column: self.column,
            message: String::new(),
        }
    }

    /// An error at `at`, worded when this reader words them.
    fn said(at: SyntaxError, message: impl FnOnce() -> String) -> SyntaxError {
        SyntaxError {
            message: if WORDED { message() } else { String::new() },
            ..at
        }
    }

    pub(super) fn error(&self, message: impl FnOnce() -> String) -> SyntaxError {
        Self::said(self.here(), message)
    }

    /// An error at the next character: what was expected, and what is there instead.
    fn expected(&self, what: impl FnOnce() -> String) -> SyntaxError {
        self.error(|| format!("expected {}, found {}", what(), shown(self.bytes, self.pos)))
    }

    /// One value; `path` is its JSON path when positions are being recorded.
    pub(super) fn value(&mut self, path: Option<&str>) -> Result<Json, SyntaxError> {
        self.space();
        if let (true, Some(found), Some(path)) = (WORDED, self.found.as_mut(), path) {
            found.push((path.to_string(), (self.line, self.column)));
        }
        match self.peek() {
            Some(b'{') => self.nested(|r| r.object(path)),
            Some(b'[') => self.nested(|r| r.array(path)),
            Some(b'"') => self.string().map(Json::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => {
                let words = [
                    ("true", Json::Bool(true)),
                    ("false", Json::Bool(false)),
                    ("null", Json::Null),
                ];
                for (word, value) in words {
                    if self.bytes[self.pos..].starts_with(word.as_bytes()) {
                        self.bump_by(word.len());
                        return Ok(value);
                    }
                }
                Err(self.expected(|| {
                    "a value (text in double quotes, a number, true, false, null, a list or an object)".into()
                }))
            }
        }
    }

    fn nested(
        &mut self,
        read: impl FnOnce(&mut Self) -> Result<Json, SyntaxError>,
    ) -> Result<Json, SyntaxError> {
        if self.depth == MAX_DEPTH {
            return Err(
                self.error(|| format!("lists and objects nested more than {MAX_DEPTH} deep"))
            );
        }
        self.depth += 1;
        let value = read(self);
        self.depth -= 1;
        value
    }

    /// The items of `[...]`, reading the `,` between them and refusing one after the last.
    fn items(
        &mut self,
        close: u8,
        what: &str,
        mut item: impl FnMut(&mut Self, usize) -> Result<(), SyntaxError>,
    ) -> Result<(), SyntaxError> {
        self.bump();
        self.space();
        if self.peek() == Some(close) {
            self.bump();
            return Ok(());
        }
        for index in 0.. {
            item(self, index)?;
            self.space();
            match self.peek() {
                Some(b',') => {
                    self.bump();
                    self.space();
                    if self.peek() == Some(close) {
                        return Err(self.error(|| format!(
                            "a comma must be followed by another {what}; remove the last comma before '{}'",
                            close as char
                        )));
                    }
                }
                Some(b) if b == close => break,
                _ => {
                    return Err(self.expected(|| format!("',' or '{}' after {what}", close as char)))
                }
            }
        }
        self.bump();
        Ok(())
    }

    fn array(&mut self, path: Option<&str>) -> Result<Json, SyntaxError> {
        let mut items = Vec::new();
        self.items(b']', "item of the list", |r, index| {
            let path = path.filter(|_| WORDED).map(|p| format!("{p}[{index}]"));
            items.push(r.value(path.as_deref())?);
            Ok(())
        })?;
        Ok(Json::Array(items))
    }

    fn object(&mut self, path: Option<&str>) -> Result<Json, SyntaxError> {
        let mut members: Vec<(String, Json)> = Vec::new();
        self.items(b'}', "field", |r, _| {
            if r.peek() != Some(b'"') {
                return Err(r.expected(|| "a field name in double quotes".into()));
            }
            let key = r.string()?;
            r.space();
            if r.peek() != Some(b':') {
                return Err(r.expected(|| "':' after the field name".into()));
            }
            r.bump();
            let path = path.filter(|_| WORDED).map(|p| join(p, &key));
            let value = r.value(path.as_deref())?;
            match members.iter_mut().find(|(k, _)| *k == key) {
                Some(member) => member.1 = value,
                None => members.push((key, value)),
            }
            Ok(())
        })?;
        Ok(Json::Object(members))
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        let opening = self.here();
        self.bump();
        let mut text = String::new();
        loop {
            let start = self.pos;
            while matches!(self.peek(), Some(b) if b >= 0x20 && b != b'"' && b != b'\\') {
                self.bump();
            }
            // Whole characters only: the run stops at ASCII bytes.
            text.push_str(std::str::from_utf8(&self.bytes[start..self.pos]).unwrap_or_default());
            match self.peek() {
                Some(b'"') => {
                    self.bump();
                    return Ok(text);
                }
                Some(b'\\') => text.push(self.escape()?),
                Some(b'\n' | b'\r') | None => {
                    return Err(Self::said(opening, || {
                        "this text in double quotes is not closed on its line".into()
                    }))
                }
                Some(_) => {
                    return Err(self.error(|| {
                        format!(
                    "a control character ({}) must be written as an escape such as \\t or \\u0009",
                    shown(self.bytes, self.pos)
                )
                    }))
                }
            }
        }
    }

    fn escape(&mut self) -> Result<char, SyntaxError> {
        let at = self.here();
        self.bump();
        let simple = match self.peek() {
            Some(b'"') => Some('"'),
            Some(b'\\') => Some('\\'),
            Some(b'/') => Some('/'),
            Some(b'b') => Some('\u{8}'),
            Some(b'f') => Some('\u{c}'),
            Some(b'n') => Some('\n'),
            Some(b'r') => Some('\r'),
            Some(b't') => Some('\t'),
            Some(b'u') => None,
            _ => {
                return Err(Self::said(at, || {
                    format!(
                    "unknown escape \\{}; use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u and four hexadecimal digits",
                    shown(self.bytes, self.pos).trim_matches('\'')
                )
                }))
            }
        };
        self.bump();
        if let Some(c) = simple {
            return Ok(c);
        }
        let high = self.hex4(&at)?;
        let code = if (0xD800..0xDC00).contains(&high) {
            let low = if self.bytes[self.pos..].starts_with(b"\\u") {
                self.bump_by(2);
                Some(self.hex4(&at)?)
            } else {
                None
            };
            match low {
                Some(low @ 0xDC00..0xE000) => 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00),
                _ => return Err(Self::half_character(high, at)),
            }
        } else {
            high
        };
        char::from_u32(code).ok_or_else(|| Self::half_character(code, at))
    }

    fn hex4(&mut self, at: &SyntaxError) -> Result<u32, SyntaxError> {
        let digits = self.bytes.get(self.pos..self.pos + 4);
        let code = digits
            .filter(|d| d.iter().all(u8::is_ascii_hexdigit))
            .and_then(|d| u32::from_str_radix(std::str::from_utf8(d).ok()?, 16).ok());
        match code {
            Some(code) => {
                self.bump_by(4);
                Ok(code)
            }
            None => Err(Self::said(at.clone(), || {
                "\\u must be followed by four hexadecimal digits".into()
            })),
        }
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, kept as written.
    fn number(&mut self) -> Result<Json, SyntaxError> {
        let (start, at) = (self.pos, self.here());
        let digits = |r: &mut Self| {
            let from = r.pos;
            while r.peek().is_some_and(|b| b.is_ascii_digit()) {
                r.bump();
            }
            r.pos > from
        };
        if self.peek() == Some(b'-') {
            self.bump();
        }
        let whole_start = self.pos;
        let mut valid =
            digits(self) && !(self.bytes[whole_start] == b'0' && self.pos - whole_start > 1);
        if valid && self.peek() == Some(b'.') {
            self.bump();
            valid = digits(self);
        }
        if valid && matches!(self.peek(), Some(b'e' | b'E')) {
            self.bump();
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.bump();
            }
            valid = digits(self);
        }
        // A number ends where a value may end; otherwise it is shown whole (`1.5.6`, `12ab`).
        let ends = |r: &Self| match r.peek() {
            None => true,
            Some(b) => matches!(b, b',' | b']' | b'}') || is_space(b),
        };
        valid &= ends(self);
        while !ends(self) {
            self.bump();
        }
        let text = String::from_utf8_lossy(&self.bytes[start..self.pos]).into_owned();
        if valid {
            Ok(Json::Number(text))
        } else {
            Err(Self::said(at, || {
                format!(
                "'{text}' is not a number as JSON writes them (digits, no leading zeros, at least one digit after '.')"
            )
            }))
        }
    }

    fn half_character(code: u32, at: SyntaxError) -> SyntaxError {
        Self::said(at, || {
            format!("\\u{code:04X} is half of a character (a surrogate) without its other half")
        })
    }
}

/// JSON's white space (RFC 8259: no other).
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n')
}
