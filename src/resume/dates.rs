//! Employment date ranges as people write them in resumes:
//! "Jan 2020 – Present", "2019-2021", "03/2018 - 06/2020", "Since 2019", "May 2021".

use regex::{Captures, Regex};
use std::ops::Range;
use std::sync::LazyLock;

/// A month of a year; month is None when only the year is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    pub year: u16,
    pub month: Option<u8>,
}

/// How a date was written, so a rule can report mixed formats in one resume.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateStyle {
    /// "Jan 2020", "January 2020", "Sept. 2019", "Mar '21".
    MonthName,
    /// "03/2018", "2018-03", "2018.03", "2019年4月".
    Numeric,
    /// "2019".
    YearOnly,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateEnd {
    Present,
    Date(YearMonth),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateRange {
    pub start: YearMonth,
    /// None for a single date with no range ("2019", "May 2021").
    pub end: Option<DateEnd>,
    /// The style of the start date.
    pub style: DateStyle,
    /// Byte range of the whole date expression inside the searched text.
    pub span: Range<usize>,
}

impl DateRange {
    /// The last month of the range: `today` for an ongoing job, the start for a single date.
    pub fn end_or(&self, today: YearMonth) -> YearMonth {
        match self.end {
            Some(DateEnd::Present) => today,
            Some(DateEnd::Date(end)) => end,
            None => self.start,
        }
    }
}

/// Month names and their usual abbreviations, in English, Spanish, Portuguese,
/// French, German, Italian, Dutch, Polish and Russian (nominative and the
/// genitive of "1 марта 2020"), lower case and without the abbreviation's dot.
/// A season stands for its first month, as academic terms are written: "Fall
/// 2022" is September.
const MONTH_NAMES: [&[&str]; 12] = [
    &[
        "winter",
        "jan",
        "january",
        "ene",
        "enero",
        "janeiro",
        "janv",
        "janvier",
        "januar",
        "jän",
        "jänner",
        "gen",
        "gennaio",
        "januari",
        "sty",
        "styczeń",
        "stycznia",
        "янв",
        "январь",
        "января",
    ],
    &[
        "feb",
        "february",
        "febrero",
        "fev",
        "fevereiro",
        "févr",
        "fevr",
        "fév",
        "février",
        "fevrier",
        "februar",
        "febbraio",
        "februari",
        "lut",
        "luty",
        "lutego",
        "фев",
        "февр",
        "февраль",
        "февраля",
    ],
    &[
        "spring",
        "mar",
        "march",
        "marzo",
        "março",
        "marco",
        "mars",
        "mär",
        "märz",
        "maerz",
        "maart",
        "mrt",
        "marzec",
        "marca",
        "март",
        "марта",
    ],
    &[
        "apr",
        "april",
        "abr",
        "abril",
        "avr",
        "avril",
        "aprile",
        "kwi",
        "kwiecień",
        "kwietnia",
        "апр",
        "апрель",
        "апреля",
    ],
    &[
        "may", "mayo", "mai", "maio", "mag", "maggio", "mei", "maj", "maja", "май", "мая",
    ],
    &[
        "summer", "jun", "june", "junio", "junho", "juin", "juni", "giu", "giugno", "cze",
        "czerwiec", "czerwca", "июн", "июнь", "июня",
    ],
    &[
        "jul", "july", "julio", "julho", "juil", "juillet", "juli", "lug", "luglio", "lip",
        "lipiec", "lipca", "июл", "июль", "июля",
    ],
    &[
        "aug",
        "august",
        "ago",
        "agosto",
        "août",
        "aout",
        "augustus",
        "sie",
        "sierpień",
        "sierpnia",
        "авг",
        "август",
        "августа",
    ],
    &[
        "fall",
        "autumn",
        "sep",
        "sept",
        "september",
        "septiembre",
        "set",
        "setiembre",
        "setembro",
        "septembre",
        "settembre",
        "wrz",
        "wrzesień",
        "września",
        "сен",
        "сент",
        "сентябрь",
        "сентября",
    ],
    &[
        "oct",
        "october",
        "octubre",
        "out",
        "outubro",
        "octobre",
        "okt",
        "oktober",
        "ott",
        "ottobre",
        "paź",
        "październik",
        "października",
        "окт",
        "октябрь",
        "октября",
    ],
    &[
        "nov",
        "november",
        "noviembre",
        "novembro",
        "novembre",
        "lis",
        "listopad",
        "listopada",
        "ноя",
        "нояб",
        "ноябрь",
        "ноября",
    ],
    &[
        "dec",
        "december",
        "dic",
        "diciembre",
        "dez",
        "dezembro",
        "déc",
        "décembre",
        "decembre",
        "dezember",
        "dicembre",
        "gru",
        "grudzień",
        "grudnia",
        "дек",
        "декабрь",
        "декабря",
    ],
];

/// Any month name, longest first so that "march" wins over "mar".
static MONTH: LazyLock<String> = LazyLock::new(|| {
    let mut names: Vec<&str> = MONTH_NAMES
        .iter()
        .flat_map(|names| names.iter().copied())
        .collect();
    names.sort_by_key(|name| std::cmp::Reverse(name.chars().count()));
    format!("(?:{})", names.join("|"))
});

/// One date in any accepted shape. Word boundaries are ASCII ones, which lets the
/// regex engine use its fast automata; `is_standalone` then checks the edges.
/// `[0-9]` rather than `\d`, which would also take
/// non-ASCII digits that `parse_date` cannot read.
fn date_pattern() -> String {
    [
        // "2019年4月", "2019年": CJK text has no spaces, so no word boundary in front.
        r"[0-9]{4}\s*年(?:\s*[0-9]{1,2}\s*月)?".to_string(),
        // "Jan 2020", "Sept. 2019", "March, 2017", "Jan '20", "enero de 2020".
        // No word boundary in front: Cyrillic has no ASCII one; `is_standalone`
        // checks that no letter glues to the name.
        format!(
            r"{}\.?\s*,?\s*(?:de\s+)?(?:[0-9]{{4}}|['’][0-9]{{2}})(?-u:\b)",
            *MONTH
        ),
        // "03/2018", "3/2018".
        r"(?-u:\b)[0-9]{1,2}/[0-9]{4}(?-u:\b)".to_string(),
        // "2018-03", "2018.03".
        r"(?-u:\b)[0-9]{4}[-.][0-9]{2}(?-u:\b)".to_string(),
        // "2019".
        r"(?-u:\b)[0-9]{4}(?-u:\b)".to_string(),
    ]
    .join("|")
}

/// Between the two ends of a range: dashes of any length or kind, or a word
/// ("to", "bis", "hasta", "até", "à", "до").
const SEPARATOR: &str = r"\s*(?:-{1,3}|[–—‒―−~〜～])\s*|\s+(?:to|until|till|through|bis|hasta|até|à|au|al|a|tot|do|до|по)\s+";

/// Words that mean the job has not ended.
/// In English and the other languages section titles are read in; words in
/// other scripts have no ASCII word boundary to check.
const PRESENT: &str = r"(?:(?-u:\b)(?:present|current(?:ly)?|now|today|ongoing|date|heute|hoy|actualidad|actualmente|atual|atualmente|presente|maintenant|oggi|obecnie|heden|nu)(?-u:\b)|aujourd['’]hui|至今|現在|现在|今|по настоящее время|настоящее время|н\.\s?в\.|сейчас)";

/// A word for "year" written after one: "2023 г.", "2021 r.".
const YEAR_WORD: &str = r"(?:\s*(?:гг?\.|года?|год|r\.))?";

static RANGE_RE: LazyLock<Regex> = LazyLock::new(|| {
    // Inside a range a one-digit month is a month ("2017.3 ~ 2019.10"); alone,
    // "2019.5" is more likely a version.
    let date = format!(r"(?-u:\b)[0-9]{{4}}\.[0-9](?-u:\b)|{}", date_pattern());
    let month = &*MONTH;
    Regex::new(&format!(
        r"(?i)(?-u:\b)since\s+(?P<since>{date})|(?:(?P<start>{date}){YEAR_WORD}|(?P<start_month>{month})\.?)(?:{SEPARATOR})(?:(?P<end>{date}){YEAR_WORD}|(?P<present>{PRESENT}))"
    ))
    .expect("date range pattern is valid")
});

static SINGLE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)(?P<start>{})", date_pattern()))
        .expect("single date pattern is valid")
});

/// Finds the first date range (or, failing that, the first single date) in a line of text.
pub fn find_date_range(text: &str) -> Option<DateRange> {
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return None; // every form has a year
    }
    first_valid(&RANGE_RE, text).or_else(|| first_valid(&SINGLE_RE, text))
}

/// The first match that is a real date. A rejected match ("1500", "$2019 - 2021") may
/// hide a real date that starts inside it, so the search resumes one character later.
fn first_valid(re: &Regex, text: &str) -> Option<DateRange> {
    let mut from = 0;
    while let Some(caps) = re.captures_at(text, from) {
        let whole = caps.get(0)?;
        if let Some(range) = range_from(&caps, text) {
            return Some(range);
        }
        from = whole.start() + text[whole.start()..].chars().next()?.len_utf8();
    }
    None
}

/// Builds the range from whichever groups matched; None if the match is glued to
/// other characters or a date is out of bounds.
fn range_from(caps: &Captures, text: &str) -> Option<DateRange> {
    let span = caps.get(0)?.range();
    if !is_standalone(text, span.clone()) {
        return None;
    }
    if let Some(since) = caps.name("since") {
        let (start, style) = parse_date(since.as_str())?;
        return Some(DateRange {
            start,
            end: Some(DateEnd::Present),
            style,
            span,
        });
    }
    let end = if caps.name("present").is_some() {
        Some(DateEnd::Present)
    } else if let Some(end) = caps.name("end") {
        Some(DateEnd::Date(parse_date(end.as_str())?.0))
    } else {
        None
    };
    let (start, style) = match caps.name("start_month") {
        // "май – июль 2024": the start takes the end's year, or the one
        // before when its month comes later ("Nov – Feb 2021").
        Some(month) => {
            let Some(DateEnd::Date(until)) = end else {
                return None;
            };
            let month = month_from_name(month.as_str())?;
            let later = until.month.is_some_and(|end_month| month > end_month);
            let year = until.year - u16::from(later);
            (
                YearMonth {
                    year,
                    month: Some(month),
                },
                DateStyle::MonthName,
            )
        }
        None => parse_date(caps.name("start")?.as_str())?,
    };
    Some(DateRange {
        start,
        end,
        style,
        span,
    })
}

/// A year glued to a price, version, decimal, percentage or day ("$2019", "1.2019",
/// "2019%", "2019.5", "12/03/2019") is a number, not an employment date.
fn is_standalone(text: &str, span: Range<usize>) -> bool {
    let starts_with_letter = text[span.clone()].starts_with(char::is_alphabetic);
    let glued_before = text[..span.start].chars().next_back().is_some_and(|c| {
        c.is_ascii_alphanumeric()
            || matches!(c, '$' | '.' | '/' | '_')
            || (starts_with_letter && c.is_alphabetic())
    });
    let mut after = text[span.end..].chars();
    let glued_after = match after.next() {
        Some('%') => true,
        Some('.') => after.next().is_some_and(|c| c.is_ascii_digit()),
        Some(c) => c.is_ascii_alphanumeric(),
        None => false,
    };
    !glued_before && !glued_after
}

/// Reads one date already shaped by `DATE`, checking the year and month bounds.
fn parse_date(piece: &str) -> Option<(YearMonth, DateStyle)> {
    let mut numbers = piece
        .split(|c: char| !c.is_ascii_digit())
        .filter(|n| !n.is_empty());
    let first = numbers.next()?;
    let second = numbers.next();

    let (year, month, style) = if piece.starts_with(|c: char| c.is_alphabetic()) {
        (
            full_year(first)?,
            Some(month_from_name(piece)?),
            DateStyle::MonthName,
        )
    } else if piece.contains('/') {
        (
            full_year(second?)?,
            Some(first.parse().ok()?),
            DateStyle::Numeric,
        )
    } else if let Some(month) = second {
        (
            full_year(first)?,
            Some(month.parse().ok()?),
            DateStyle::Numeric,
        )
    } else {
        (full_year(first)?, None, DateStyle::YearOnly)
    };

    let plausible_year = (1950..=2099).contains(&year);
    let valid_month = month.is_none_or(|m| (1..=12).contains(&m));
    (plausible_year && valid_month).then_some((YearMonth { year, month }, style))
}

/// "2020" as is; "20" from "Jan '20" pivots at 50 ("'99" is 1999, "'20" is 2020).
fn full_year(digits: &str) -> Option<u16> {
    let year: u16 = digits.parse().ok()?;
    Some(match (digits.len(), year) {
        (2, 0..=49) => 2000 + year,
        (2, _) => 1900 + year,
        _ => year,
    })
}

/// The month number from the name that starts the piece ("Sept. 2019", "März 2019").
fn month_from_name(piece: &str) -> Option<u8> {
    let name: String = piece
        .chars()
        .take_while(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    let index = MONTH_NAMES
        .iter()
        .position(|names| names.contains(&name.as_str()))?;
    u8::try_from(index + 1).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ym(year: u16, month: u8) -> YearMonth {
        YearMonth {
            year,
            month: Some(month),
        }
    }

    fn y(year: u16) -> YearMonth {
        YearMonth { year, month: None }
    }

    fn date(end: YearMonth) -> Option<DateEnd> {
        Some(DateEnd::Date(end))
    }

    const PRESENT_END: Option<DateEnd> = Some(DateEnd::Present);

    /// Parses `text` and checks start, end and style, and that the span is the whole text.
    fn check(text: &str, start: YearMonth, end: Option<DateEnd>, style: DateStyle) {
        let found = find_date_range(text).unwrap_or_else(|| panic!("no date in {text:?}"));
        assert_eq!(
            (found.start, found.end, found.style),
            (start, end, style),
            "{text:?}"
        );
        assert_eq!(found.span, 0..text.len(), "span of {text:?}");
    }

    #[test]
    fn month_name_to_present() {
        check(
            "Jan 2020 – Present",
            ym(2020, 1),
            PRESENT_END,
            DateStyle::MonthName,
        );
        check(
            "Jan 2020 - Present",
            ym(2020, 1),
            PRESENT_END,
            DateStyle::MonthName,
        );
    }

    #[test]
    fn full_month_names() {
        check(
            "January 2020 – March 2021",
            ym(2020, 1),
            date(ym(2021, 3)),
            DateStyle::MonthName,
        );
    }

    #[test]
    fn abbreviation_with_dot() {
        check(
            "Sept. 2019 - Dec 2020",
            ym(2019, 9),
            date(ym(2020, 12)),
            DateStyle::MonthName,
        );
    }

    #[test]
    fn current() {
        check(
            "Sep 2019 – Current",
            ym(2019, 9),
            PRESENT_END,
            DateStyle::MonthName,
        );
    }

    #[test]
    fn double_hyphen() {
        check(
            "Nov 2020 -- Present",
            ym(2020, 11),
            PRESENT_END,
            DateStyle::MonthName,
        );
    }

    #[test]
    fn em_dash_now() {
        check("2021 — now", y(2021), PRESENT_END, DateStyle::YearOnly);
    }

    #[test]
    fn year_ranges() {
        for text in [
            "2019-2021",
            "2019 – 2021",
            "2019 to 2021",
            "2019---2021",
            "2019 —2021",
        ] {
            check(text, y(2019), date(y(2021)), DateStyle::YearOnly);
        }
    }

    #[test]
    fn word_separators() {
        check(
            "Jan 2020 to Mar 2021",
            ym(2020, 1),
            date(ym(2021, 3)),
            DateStyle::MonthName,
        );
        check(
            "Jan 2020 until Mar 2021",
            ym(2020, 1),
            date(ym(2021, 3)),
            DateStyle::MonthName,
        );
        check(
            "2019 till 2021",
            y(2019),
            date(y(2021)),
            DateStyle::YearOnly,
        );
    }

    #[test]
    fn slash_numeric() {
        check(
            "03/2018 - 06/2020",
            ym(2018, 3),
            date(ym(2020, 6)),
            DateStyle::Numeric,
        );
        check(
            "3/2018 – 6/2020",
            ym(2018, 3),
            date(ym(2020, 6)),
            DateStyle::Numeric,
        );
    }

    #[test]
    fn iso_numeric() {
        check(
            "2018-03 – 2020-06",
            ym(2018, 3),
            date(ym(2020, 6)),
            DateStyle::Numeric,
        );
        check(
            "2018.03 - 2020.06",
            ym(2018, 3),
            date(ym(2020, 6)),
            DateStyle::Numeric,
        );
    }

    #[test]
    fn present_words() {
        for text in [
            "2020 - Today",
            "2015 – present",
            "2019 - date",
            "2019 to date",
            "2019 - Currently",
            "2019 - ONGOING",
        ] {
            let found = find_date_range(text).unwrap();
            assert_eq!(found.end, PRESENT_END, "{text:?}");
            assert_eq!(found.span, 0..text.len(), "{text:?}");
        }
        check(
            "Jun 2016 - Ongoing",
            ym(2016, 6),
            PRESENT_END,
            DateStyle::MonthName,
        );
    }

    #[test]
    fn since() {
        check("Since 2019", y(2019), PRESENT_END, DateStyle::YearOnly);
        check(
            "since March 2019",
            ym(2019, 3),
            PRESENT_END,
            DateStyle::MonthName,
        );
    }

    #[test]
    fn inside_parentheses() {
        let found = find_date_range("(2019–2021)").unwrap();
        assert_eq!((found.start, found.end), (y(2019), date(y(2021))));
        assert_eq!(&"(2019–2021)"[found.span], "2019–2021");
    }

    #[test]
    fn inside_longer_lines() {
        let text = "**Acme Corp**, Senior Engineer (2019–2021)";
        let found = find_date_range(text).unwrap();
        assert_eq!((found.start, found.end), (y(2019), date(y(2021))));
        assert_eq!(&text[found.span], "2019–2021");

        let text = "Backend Engineer | Acme | Berlin | Jan 2020 – Present";
        let found = find_date_range(text).unwrap();
        assert_eq!((found.start, found.end), (ym(2020, 1), PRESENT_END));
        assert_eq!(&text[found.span], "Jan 2020 – Present");
    }

    #[test]
    fn emphasis_around() {
        let text = "*March 2017 – May 2019*";
        let found = find_date_range(text).unwrap();
        assert_eq!((found.start, found.end), (ym(2017, 3), date(ym(2019, 5))));
        assert_eq!(&text[found.span], "March 2017 – May 2019");
    }

    #[test]
    fn two_digit_years() {
        check(
            "Jan '20 – Mar '21",
            ym(2020, 1),
            date(ym(2021, 3)),
            DateStyle::MonthName,
        );
        check(
            "Jan ’99 – Mar ’01",
            ym(1999, 1),
            date(ym(2001, 3)),
            DateStyle::MonthName,
        );
    }

    #[test]
    fn case_insensitive_months() {
        check(
            "JAN 2020 – mar 2021",
            ym(2020, 1),
            date(ym(2021, 3)),
            DateStyle::MonthName,
        );
        check("sept 2019", ym(2019, 9), None, DateStyle::MonthName);
    }

    #[test]
    fn single_dates() {
        check("May 2021", ym(2021, 5), None, DateStyle::MonthName);
        check("2019", y(2019), None, DateStyle::YearOnly);
        let found = find_date_range("Expected May 2025").unwrap();
        assert_eq!((found.start, found.end), (ym(2025, 5), None));
        assert_eq!(found.span, 9..17);
    }

    #[test]
    fn range_wins_over_earlier_single_date() {
        let found = find_date_range("Award 2015, Acme, Jan 2020 – Present").unwrap();
        assert_eq!(found.start, ym(2020, 1));
    }

    #[test]
    fn cjk_dates() {
        let found = find_date_range("2019年4月 – 2021年3月").unwrap();
        assert_eq!((found.start, found.end), (ym(2019, 4), date(ym(2021, 3))));
        let found = find_date_range("在Acme工作2019年4月～2021年3月").unwrap();
        assert_eq!((found.start, found.end), (ym(2019, 4), date(ym(2021, 3))));
    }

    #[test]
    fn ranges_in_other_languages_and_one_digit_months() {
        let found = find_date_range("2017.3～至今").unwrap();
        assert_eq!(
            found.start,
            YearMonth {
                year: 2017,
                month: Some(3)
            }
        );
        assert_eq!(found.end, Some(DateEnd::Present));
        let found = find_date_range("2014.4~2017.3").unwrap();
        assert_eq!(
            found.end,
            Some(DateEnd::Date(YearMonth {
                year: 2017,
                month: Some(3)
            }))
        );
        let found = find_date_range("август 2023 г. - октябрь 2024 г.").unwrap();
        assert_eq!(found.start, ym(2023, 8));
        assert_eq!(found.end, date(ym(2024, 10)));
        let found = find_date_range("SportInn (май - июль 2024 г.)").unwrap();
        assert_eq!(found.start, ym(2024, 5));
        assert_eq!(found.end, date(ym(2024, 7)));
        assert_eq!(
            find_date_range("Nov – Feb 2021").unwrap().start,
            ym(2020, 11)
        );
        for text in [
            "06/2023 – heute",
            "2019 - presente",
            "2021 — по настоящее время",
        ] {
            assert_eq!(
                find_date_range(text).unwrap().end,
                Some(DateEnd::Present),
                "{text}"
            );
        }
    }

    #[test]
    fn month_names_in_other_languages() {
        let ranges = [
            ("octubre de 2019 hasta marzo de 2021", (2019, 10), (2021, 3)),
            ("set 2018 – dez 2020", (2018, 9), (2020, 12)),
            ("Сентябрь 2020 — февраль 2022", (2020, 9), (2022, 2)),
            ("janv. 2020 - août 2021", (2020, 1), (2021, 8)),
            ("März 2019 bis Okt. 2020", (2019, 3), (2020, 10)),
            ("giugno 2017 - dicembre 2018", (2017, 6), (2018, 12)),
            ("mei 2016 - mrt 2018", (2016, 5), (2018, 3)),
            ("wrzesień 2015 - październik 2016", (2015, 9), (2016, 10)),
        ];
        for (text, (year, month), (end_year, end_month)) in ranges {
            let end = date(ym(end_year, end_month));
            check(text, ym(year, month), end, DateStyle::MonthName);
        }
        for (text, year, month) in [
            ("Ene 2024 - Actualidad", 2024, 1),
            ("октябрь 2021 — по настоящее время", 2021, 10),
        ] {
            check(text, ym(year, month), PRESENT_END, DateStyle::MonthName);
        }
        // A month's letters inside a longer word are no month.
        assert_eq!(
            find_date_range("самая 2020").map(|r| r.style),
            Some(DateStyle::YearOnly)
        );
    }

    #[test]
    fn numbers_that_are_not_dates() {
        for text in [
            "Python 3.11",
            "OAuth 2.0",
            "HTML5",
            "Windows 10",
            "ES2015",
            "1500 users",
            "99.95%",
            "$2019",
            "20192021",
            "v2019",
            "+1 415-555-0199",
            "3-5 engineers",
            "10-20%",
            "grew 2019% year on year",
            "version 2019.5",
            "1.2019",
            "12/03/2019",
            "13/2019",
            "2019-13",
            "1949 - 1940",
            "2100",
            "Decade 2019x",
            "Mayhem",
        ] {
            assert_eq!(find_date_range(text), None, "{text:?}");
        }
    }

    #[test]
    fn end_or() {
        let today = ym(2025, 6);
        assert_eq!(
            find_date_range("Jan 2020 – Present").unwrap().end_or(today),
            today
        );
        assert_eq!(find_date_range("2019-2021").unwrap().end_or(today), y(2021));
        assert_eq!(
            find_date_range("May 2021").unwrap().end_or(today),
            ym(2021, 5)
        );
    }

    #[test]
    fn awkward_input_never_panics() {
        let long = "2019 é ".repeat(20_000) + "Jan 2020 – Present";
        let glued = "$2019-2021 ".repeat(20_000);
        let inputs = [
            "",
            " ",
            "–",
            "😀",
            "😀2019😀",
            "👩‍💻 Jan 2020 – Present 🎉",
            "2019年4月 – 2021年3月",
            "２０１９ – ２０２１",
            "٢٠١٩ - ٢٠٢١",
            "e\u{301}2019",
            "2019\u{301} - 2021",
            "Jan\u{301} 2020",
            "ſeptember 2019",
            "ſince 2019",
            "Jan '",
            "'20 – '21",
            "\u{feff}2019",
            long.as_str(),
            glued.as_str(),
        ];
        for text in inputs {
            if let Some(found) = find_date_range(text) {
                assert!(
                    text.get(found.span.clone()).is_some(),
                    "bad span in {text:?}"
                );
            }
        }
        let found = find_date_range(&long).unwrap();
        assert_eq!(found.end, PRESENT_END);
    }
}
