//! "Did you mean" suggestions in haxe's format (`(Suggestion: x)`), by edit distance.

/// Byte-wise Levenshtein distance, as haxe computes it.
pub fn levenshtein(a: &str, b: &str) -> usize {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.is_empty() {
        return b.len();
    }
    if b.is_empty() {
        return a.len();
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// The candidates close enough to `s`, nearest first; ties keep their given order.
pub fn similar<'a>(s: &str, candidates: &[&'a str]) -> Vec<&'a str> {
    let mut scored: Vec<(&str, usize)> =
        candidates.iter().map(|c| (*c, levenshtein(s, c))).collect();
    scored.sort_by_key(|&(_, d)| d);
    scored
        .into_iter()
        .take_while(|&(c, d)| d <= s.len().min(c.len()) / 3)
        .map(|(c, _)| c)
        .collect()
}

/// `msg`, followed by haxe's suggestion suffix when some candidate is close to `s`.
pub fn string_error(s: &str, candidates: &[&str], msg: &str) -> String {
    match similar(s, candidates).as_slice() {
        [] => msg.to_string(),
        [one] => format!("{} (Suggestion: {})", msg, one),
        many => format!("{} (Suggestions: {})", msg, many.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_like_haxe() {
        assert_eq!(levenshtein("lenght", "length"), 2);
        assert_eq!(
            string_error("lenght", &["length", "split"], "x"),
            "x (Suggestion: length)"
        );
        assert_eq!(
            string_error("#iff", &["#if", "#end"], "Unknown token"),
            "Unknown token (Suggestion: #if)"
        );
        assert_eq!(string_error("zzz", &["length"], "x"), "x");
    }
}
