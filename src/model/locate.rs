//! Finds the line and column of every value in a JSON text by its path, so that problems
//! found on the parsed document can point into the file a data editor has open.

use std::collections::HashMap;

use super::shape::join;

/// Line and column (1-based, in characters) of each value, keyed by JSON path.
pub fn positions(json: &str) -> HashMap<String, (usize, usize)> {
    let mut scanner = Scanner {
        bytes: json.as_bytes(),
        pos: 0,
        line: 1,
        column: 1,
        found: HashMap::new(),
    };
    scanner.value(String::new());
    scanner.found
}

struct Scanner<'a> {
    bytes: &'a [u8],
    pos: usize,
    line: usize,
    column: usize,
    found: HashMap<String, (usize, usize)>,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
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

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\r' | b'\n')) {
            self.bump();
        }
    }

    /// Skips a string and returns its decoded text.
    fn string(&mut self) -> String {
        let start = self.pos;
        self.bump();
        while let Some(b) = self.peek() {
            self.bump();
            match b {
                b'\\' => self.bump(),
                b'"' => break,
                _ => {}
            }
        }
        let raw = std::str::from_utf8(&self.bytes[start..self.pos]).unwrap_or("\"\"");
        serde_json::from_str(raw).unwrap_or_default()
    }

    fn value(&mut self, path: String) {
        self.skip_space();
        self.found.insert(path.clone(), (self.line, self.column));
        match self.peek() {
            Some(b'{') => {
                self.bump();
                loop {
                    self.skip_space();
                    match self.peek() {
                        Some(b'"') => {
                            let key = self.string();
                            self.skip_space();
                            self.bump(); // ':'
                            self.value(join(&path, &key));
                        }
                        Some(b',') => self.bump(),
                        Some(b'}') | None => break,
                        Some(_) => self.bump(),
                    }
                }
                self.bump();
            }
            Some(b'[') => {
                self.bump();
                let mut index = 0;
                loop {
                    self.skip_space();
                    match self.peek() {
                        Some(b']') | None => break,
                        Some(b',') => self.bump(),
                        Some(_) => {
                            self.value(format!("{path}[{index}]"));
                            index += 1;
                        }
                    }
                }
                self.bump();
            }
            Some(b'"') => {
                self.string();
            }
            _ => {
                while !matches!(
                    self.peek(),
                    None | Some(b',' | b']' | b'}' | b' ' | b'\t' | b'\r' | b'\n')
                ) {
                    self.bump();
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_values() {
        let json = "{\n  \"title\": \"x\",\n  \"events\": [\n    {\"id\": \"a\"},\n    {\"id\": \"b\", \"time\": {\"part\": 3}}\n  ]\n}";
        let p = positions(json);
        assert_eq!(p["title"], (2, 12));
        assert_eq!(p["events"], (3, 13));
        assert_eq!(p["events[0].id"], (4, 12));
        assert_eq!(p["events[1].time.part"], (5, 34));
        assert_eq!(p[""], (1, 1));
    }

    #[test]
    fn counts_characters_not_bytes_and_decodes_keys() {
        let p = positions("{\"a\": \"é’\", \"k\\u0065y\": [1, 2]}");
        assert_eq!(p["key"], (1, 25));
        assert_eq!(p["key[1]"], (1, 29));
    }
}
