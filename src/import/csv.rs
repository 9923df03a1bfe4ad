//! Comma-separated values as spreadsheets export them (RFC 4180): quoted fields may hold
//! commas, doubled quotes and line breaks; lines end in LF or CRLF.

/// The rows of a CSV text, each with the line it starts on (from 1), or where it is broken.
pub fn parse(text: &str) -> Result<Vec<(usize, Vec<String>)>, String> {
    let mut rows = Vec::new();
    let mut row: Vec<String> = Vec::new();
    let mut field = String::new();
    let (mut line, mut row_line) = (1, 1);
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    let mut at_field_start = true;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                _ => {
                    if c == '\n' {
                        line += 1;
                    }
                    field.push(c);
                }
            }
            continue;
        }
        match c {
            '"' if at_field_start => {
                quoted = true;
                at_field_start = false;
            }
            ',' => {
                row.push(std::mem::take(&mut field));
                at_field_start = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                row.push(std::mem::take(&mut field));
                rows.push((row_line, std::mem::take(&mut row)));
                line += 1;
                row_line = line;
                at_field_start = true;
            }
            _ => {
                field.push(c);
                at_field_start = false;
            }
        }
    }
    if quoted {
        return Err(format!(
            "line {row_line}: a quoted field is never closed (a '\"' is missing)"
        ));
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push((row_line, row));
    }
    // Rows with nothing in them (a trailing blank line) carry nothing.
    rows.retain(|(_, r)| r.iter().any(|f| !f.trim().is_empty()));
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_commas_and_line_breaks_stay_in_their_field() {
        let rows = parse("a,b,c\r\n1,\"x, \"\"y\"\"\nz\",3\n\n4,,\n").unwrap();
        assert_eq!(
            rows,
            vec![
                (1, vec!["a".into(), "b".into(), "c".into()]),
                (2, vec!["1".into(), "x, \"y\"\nz".into(), "3".into()]),
                (5, vec!["4".into(), String::new(), String::new()]),
            ]
        );
        assert!(parse("a,\"b\n").unwrap_err().contains("line 1"));
    }
}
