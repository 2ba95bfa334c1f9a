//! Contact details in a resume's header: emails, phone numbers and links.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::dates::find_date_range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkKind {
    GitHub,
    LinkedIn,
    GitLab,
    Website,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact<K> {
    pub kind: K,
    pub value: String,
    /// Where it stands in the document, in bytes.
    pub span: Range<usize>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Contacts {
    pub emails: Vec<Contact<()>>,
    pub phones: Vec<Contact<()>>,
    pub links: Vec<Contact<LinkKind>>,
}

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}").unwrap()
});

/// A phone number: digits with the usual separators, starting with a digit, `+` or `(`.
static PHONE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:\+|\()?[0-9][0-9 ().\-]{6,}[0-9]").unwrap());

/// Links, with or without a scheme, to the sites recruiters look for, and any
/// other `http(s)` address as a personal site.
static LINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:https?://)?(?:www\.)?(?:github\.com|linkedin\.com|gitlab\.com)/[^\s)\]>|]+|https?://[^\s)\]>|]+",
    )
    .unwrap()
});

/// Fewest digits in a phone number, so that a year range is not one.
const MIN_PHONE_DIGITS: usize = 9;

impl Contacts {
    /// Adds the contact details found in `text`, which starts at document offset `base`.
    pub fn scan(&mut self, text: &str, base: usize) {
        let at = |m: regex::Match| base + m.start()..base + m.end();
        for m in EMAIL.find_iter(text) {
            self.emails.push(contact((), m.as_str(), at(m)));
        }
        for m in LINK.find_iter(text) {
            // `[github.com/jane](https://github.com/jane)` is one link, written twice.
            let seen = self
                .links
                .iter()
                .any(|link| same_address(&link.value, m.as_str()));
            if m.as_str().to_lowercase().starts_with("mailto:") || seen {
                continue;
            }
            self.links
                .push(contact(link_kind(m.as_str()), m.as_str(), at(m)));
        }
        for m in PHONE.find_iter(text) {
            let digits = m.as_str().chars().filter(char::is_ascii_digit).count();
            let inside_link = self
                .links
                .iter()
                .any(|link| link.span.contains(&at(m).start));
            if digits >= MIN_PHONE_DIGITS && !inside_link && find_date_range(m.as_str()).is_none() {
                self.phones.push(contact((), m.as_str(), at(m)));
            }
        }
    }
}

fn contact<K>(kind: K, value: &str, span: Range<usize>) -> Contact<K> {
    Contact {
        kind,
        value: value.to_string(),
        span,
    }
}

fn same_address(a: &str, b: &str) -> bool {
    fn bare(url: &str) -> String {
        let url = url.to_lowercase();
        let url = url
            .trim_start_matches("https://")
            .trim_start_matches("http://");
        url.trim_start_matches("www.")
            .trim_end_matches('/')
            .to_string()
    }
    bare(a) == bare(b)
}

fn link_kind(url: &str) -> LinkKind {
    let url = url.to_lowercase();
    if url.contains("github.com") {
        LinkKind::GitHub
    } else if url.contains("linkedin.com") {
        LinkKind::LinkedIn
    } else if url.contains("gitlab.com") {
        LinkKind::GitLab
    } else {
        LinkKind::Website
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_emails_phones_and_links() {
        let mut contacts = Contacts::default();
        let text = "jane@example.com · +1 (415) 555-0199 · [GitHub](https://github.com/jane) \
                    · linkedin.com/in/jane · <https://jane.example.org> · 2019-2021";
        contacts.scan(text, 10);
        assert_eq!(contacts.emails[0].value, "jane@example.com");
        assert_eq!(contacts.emails[0].span, 10..26);
        assert_eq!(contacts.phones.len(), 1);
        assert_eq!(contacts.phones[0].value, "+1 (415) 555-0199");
        let kinds: Vec<_> = contacts.links.iter().map(|link| link.kind).collect();
        assert_eq!(
            kinds,
            [LinkKind::GitHub, LinkKind::LinkedIn, LinkKind::Website]
        );

        let mut contacts = Contacts::default();
        contacts.scan("[github.com/jane](https://www.github.com/jane/)", 0);
        assert_eq!(contacts.links.len(), 1);
    }
}
