//! The style sheets are plain CSS, merged by hand: one lost brace silently drops
//! every rule after it, so the sheets are checked to be balanced.

#[test]
fn every_style_sheet_has_balanced_braces_and_comments() {
    for sheet in ["styles/main.css", "styles/print.css"] {
        let text = std::fs::read_to_string(sheet).expect("the style sheet is in the repository");
        let mut depth = 0i32;
        let mut in_comment = false;
        let chars: Vec<char> = text.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            match (in_comment, chars[i], chars.get(i + 1)) {
                (false, '/', Some('*')) => {
                    in_comment = true;
                    i += 1;
                }
                (true, '*', Some('/')) => {
                    in_comment = false;
                    i += 1;
                }
                (false, '{', _) => depth += 1,
                (false, '}', _) => {
                    depth -= 1;
                    assert!(depth >= 0, "{sheet}: a '}}' closes nothing");
                }
                _ => {}
            }
            i += 1;
        }
        assert!(!in_comment, "{sheet}: a comment is never closed");
        assert_eq!(depth, 0, "{sheet}: a '{{' is never closed");
    }
}
