//! `docs/rules/ID.md`, which diagnostics link to, is generated from the rule
//! registry; this test fails when the two drift apart. To regenerate:
//! `UPDATE_RULE_DOCS=1 cargo test --test rule_docs`.

use std::path::PathBuf;

use resume_lsp::rules::RULES;

#[test]
fn rule_pages_match_the_registry() {
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/rules");
    let update = std::env::var_os("UPDATE_RULE_DOCS").is_some();
    if update {
        std::fs::create_dir_all(&folder).unwrap();
    }
    for rule in RULES {
        let info = rule.info();
        let path = folder.join(format!("{}.md", info.id));
        let page = info.page();
        if update {
            std::fs::write(&path, &page).unwrap();
        }
        let written = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            written == page,
            "{} is out of date; run UPDATE_RULE_DOCS=1 cargo test --test rule_docs",
            path.display()
        );
    }
    let pages = std::fs::read_dir(&folder).unwrap().count();
    assert_eq!(
        pages,
        RULES.len(),
        "docs/rules has a page for each rule and nothing else"
    );
}
