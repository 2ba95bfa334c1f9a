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

/// An address spelt out against harvesters: "jane [at] example [dot] com".
static SPELT_EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)[A-Za-z0-9._%+-]+\s*[\[(]\s*at\s*[\])]\s*[A-Za-z0-9-]+(?:\s*(?:[\[(]\s*dot\s*[\])]|\.)\s*[A-Za-z0-9-]+)+",
    )
    .unwrap()
});

/// A Markdown link to a site written without its scheme: `[jane.dev](jane.dev)`.
static BARE_SITE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\]\(((?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:/[^\s)]*)?)\)")
        .unwrap()
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
        for m in EMAIL.find_iter(text).chain(SPELT_EMAIL.find_iter(text)) {
            self.emails.push(contact((), m.as_str(), at(m)));
        }
        let bare_sites = BARE_SITE.captures_iter(text).filter_map(|caps| caps.get(1));
        for m in LINK.find_iter(text).chain(bare_sites) {
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

impl Contact<LinkKind> {
    /// Whether the link is to a person's profile ("github.com/jane",
    /// "linkedin.com/in/jane"), not to a project or a page.
    pub fn is_profile(&self) -> bool {
        let url = self.value.to_lowercase();
        let path = url
            .split_once(".com/")
            .map_or("", |(_, path)| path.trim_end_matches('/'));
        match self.kind {
            LinkKind::GitHub | LinkKind::GitLab => !path.is_empty() && !path.contains('/'),
            LinkKind::LinkedIn => path.starts_with("in/"),
            LinkKind::Website => false,
        }
    }
}

/// Whether a text holds anything [`Contacts::scan`] reads.
pub fn mentions_contact(text: &str) -> bool {
    let mut found = Contacts::default();
    found.scan(text, 0);
    !found.emails.is_empty() || !found.links.is_empty()
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

    #[test]
    fn finds_addresses_spelt_out_and_sites_without_a_scheme() {
        let mut contacts = Contacts::default();
        contacts.scan(
            "mail jane [at] example [dot] com · blog: [jane.dev](jane.dev)",
            0,
        );
        assert_eq!(contacts.emails[0].value, "jane [at] example [dot] com");
        assert_eq!(contacts.links[0].value, "jane.dev");
        assert!(!mentions_contact("Cut the build time [at] night by half"));
    }

    #[test]
    fn profiles_are_a_persons_page() {
        let mut contacts = Contacts::default();
        contacts.scan(
            "https://github.com/jane https://github.com/jane/ledger linkedin.com/in/jane",
            0,
        );
        let profiles: Vec<bool> = contacts.links.iter().map(Contact::is_profile).collect();
        assert_eq!(profiles, [true, false, true]);
    }
}
