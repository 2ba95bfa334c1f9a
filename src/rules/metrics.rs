//! Whether a bullet holds quantified evidence: a count, a percentage, money, a
//! duration, a rate, a size, a multiplier or a before→after. Version numbers,
//! product names with digits (S3, HTML5, Python 3) and years are not evidence.

use std::sync::LazyLock;

use regex::Regex;

/// Money and percentages need no further reading.
static MONEY_OR_PERCENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)[$€£¥₹]\s?[0-9]|[0-9]\s?(?:%|percent\b|per cent\b|pp\b|bps\b)").unwrap()
});

/// Numbers: digits with thousands separators and decimals.
static NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[0-9](?:[0-9,]*[0-9])?(?:\.[0-9]+)*").unwrap());

/// Numbers that are not counts: a month and year ("03/2018"), round-the-clock
/// ("24/7", "24x7").
static NOT_A_COUNT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(?:[0-9]{1,2}/(?:19|20)[0-9]{2}|24/7|24x7|24×7)\b").unwrap());

/// Years of tenure or experience ("over 6 years", "seven years"): how long,
/// not what came of it.
static TENURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:[0-9]+\+?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)[\s-]+(?:years?|yrs?)\b",
    )
    .unwrap()
});

/// A change of scale in time without digits: "from hours to minutes".
static TIME_CUT: LazyLock<Regex> = LazyLock::new(|| {
    let unit = r"(?:seconds|minutes|hours|days|weeks|months|years)";
    Regex::new(&format!(
        r"(?i)\b{unit}\s+(?:to|into)\s+(?:a\s+few\s+)?{unit}\b"
    ))
    .unwrap()
});

/// Words that are quantities in themselves.
const NUMBER_WORDS: &[&str] = &[
    "zero",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "fifteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "billion",
    "billions",
    "dozen",
    "dozens",
    "doubled",
    "doubling",
    "tripled",
    "tripling",
    "quadrupled",
    "halved",
    "halving",
    "twofold",
    "threefold",
    "fourfold",
    "fivefold",
    "tenfold",
    "half",
];

/// Suffixes glued to a number that make it a measure: 5M, 120ms, 3x, 2TB.
const UNIT_SUFFIXES: &[&str] = &[
    "k", "m", "b", "bn", "mm", "x", "×", "ms", "s", "sec", "secs", "min", "mins", "h", "hr", "hrs",
    "wk", "wks", "mo", "yr", "yrs", "kb", "mb", "gb", "tb", "pb", "rps", "qps", "tps", "fps",
    "kloc", "loc", "+", "k+", "m+",
];

/// Words right before a number that make it part of a name: "version 2", "Series B".
const NAMING_WORDS: &[&str] = &[
    "version",
    "v",
    "release",
    "level",
    "tier",
    "phase",
    "gen",
    "generation",
    "series",
    "grade",
    "step",
    "part",
    "chapter",
    "section",
    "season",
    "episode",
    "windows",
    "iphone",
    "web",
];

/// Whether `text` states a quantity. `is_technology` tells a technology name,
/// after which a number is a version ("Python 3", "Java 17").
pub fn has_metric(text: &str, is_technology: impl Fn(&str) -> bool) -> bool {
    if MONEY_OR_PERCENT.is_match(text) || TIME_CUT.is_match(text) {
        return true;
    }
    let without_tenure =
        TENURE.replace_all(text, |found: &regex::Captures| " ".repeat(found[0].len()));
    let text = without_tenure.as_ref();
    let lower = text.to_lowercase();
    let has_number_word = lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|word| NUMBER_WORDS.contains(&word));
    if has_number_word {
        return true;
    }
    let dates: Vec<_> = NOT_A_COUNT.find_iter(text).map(|m| m.range()).collect();
    NUMBER
        .find_iter(text)
        .filter(|m| !dates.iter().any(|date| date.contains(&m.start())))
        .any(|m| number_is_quantity(text, m.range(), &is_technology))
}

fn number_is_quantity(
    text: &str,
    number: std::ops::Range<usize>,
    is_technology: &impl Fn(&str) -> bool,
) -> bool {
    let before = &text[..number.start];
    let after = &text[number.end..];
    let digits = &text[number.clone()];
    if before
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphabetic() || c == '.')
    {
        return false; // S3, EC2, HTML5, ES2015, .NET 6 handled below
    }
    let suffix: String = after
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == '+' || *c == '×')
        .collect();
    if !suffix.is_empty() {
        return UNIT_SUFFIXES.contains(&suffix.to_lowercase().as_str());
    }
    let next_word = after
        .trim_start_matches([' ', '-'])
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let counts_something =
        next_word.len() > 2 && next_word.ends_with('s') || is_unit_word(next_word);
    if is_year(digits) || digits.matches('.').count() >= 2 {
        return counts_something && !digits.contains('.');
    }
    let previous_word = before
        .trim_end()
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    let is_opening_word = before.trim_start() == previous_word;
    let names_a_version = NAMING_WORDS.contains(&previous_word.to_lowercase().as_str())
        || is_technology(previous_word)
        || (is_capitalised(previous_word) && !is_opening_word);
    // "TLS 1.3 endpoints", "OWASP Top 10 issues": a name, whatever follows.
    let surely_a_name = names_a_version && (digits.contains('.') || follows_a_proper_name(before));
    !(surely_a_name || names_a_version && !counts_something)
}

/// Whether the two words before a number are both capitalised, as in a name.
fn follows_a_proper_name(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    let (Some(last), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    words.next().is_some() && is_capitalised(last) && is_capitalised(second)
}

fn is_year(digits: &str) -> bool {
    digits.len() == 4
        && digits
            .parse::<u16>()
            .is_ok_and(|year| (1950..=2099).contains(&year))
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Units written as words after a number.
fn is_unit_word(word: &str) -> bool {
    const UNIT_WORDS: &[&str] = &[
        "ms", "second", "minute", "hour", "day", "week", "month", "year", "percent", "user",
        "customer", "engineer", "person", "people", "team", "request", "service", "server",
        "million", "thousand", "billion", "hundred", "k", "gb", "tb", "mb",
    ];
    UNIT_WORDS.contains(&word.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn metric(text: &str) -> bool {
        has_metric(text, |word| {
            ["Python", "Java", "OAuth", "Angular", "iOS", "Node.js"].contains(&word)
        })
    }

    #[test]
    fn quantities_count() {
        for text in [
            "Cut p99 latency from 900 ms to 180 ms",
            "Grew revenue by 30%",
            "Saved $1.2M a year",
            "Saved €85k in refunds",
            "Served 5M requests a day",
            "Made builds 3x faster",
            "Mentored 4 engineers",
            "Doubled sign-ups",
            "Halved the on-call load",
            "Shipped in 6 weeks",
            "Ran 2000 users through the beta",
            "Reached 99.95% uptime",
            "Migrated 40 services from Python 2.7 to Python 3.11",
            "Kept 0 missed payments over zero-downtime deploys",
            "Handled 120ms budgets",
            "Stored 2TB of events",
        ] {
            assert!(metric(text), "{text}");
        }
    }

    #[test]
    fn a_change_of_time_scale_counts() {
        assert!(metric("Cut the import from hours to minutes"));
        assert!(metric("Took deploys from days to a few hours"));
        assert!(!metric("Worked on the hours to pay report"));
    }

    #[test]
    fn names_versions_and_years_do_not() {
        assert!(!metric("Built 3rd party integrations for the billing team"));
        assert!(!metric("Ran the on-call rota over the last seven years"));
        assert!(!metric("Wrote Go services for 6 years"));
        assert!(metric("Cut build time from 9 to 3 minutes over 2 years"));
        for text in [
            "Built the login flow with OAuth 2.0",
            "Moved files to S3 and EC2",
            "Rewrote pages in HTML5",
            "Upgraded the app to Python 3",
            "Ported the service to Java 17",
            "Led the 2019 migration",
            "Joined in 2021",
            "Worked on 03/2018 release",
            "Moved to Angular 2",
            "Built a 3D viewer with 2FA",
            "Upgraded TLS 1.0 endpoints to TLS 1.3",
            "Scanned apps for OWASP Top 10 issues",
            "Ensured 24/7 availability",
            "Added ES2015 modules",
            "Built the dashboard",
        ] {
            assert!(!metric(text), "{text}");
        }
    }
}
