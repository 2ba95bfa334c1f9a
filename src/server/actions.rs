//! Code actions: quick fixes, stronger verbs, STAR/XYZ/CAR rewrites, ignoring
//! a word in the workspace config, and disable comments. Every edit is built
//! here, by the server; none needs a command only one editor knows.

use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde_json::json;
use tower_lsp_server::ls_types::{
    CodeAction, CodeActionKind, Command, CreateFile, CreateFileOptions, DocumentChangeOperation,
    DocumentChanges, OneOf, OptionalVersionedTextDocumentIdentifier, ResourceOp, TextDocumentEdit,
    TextEdit, Uri, WorkspaceEdit,
};

use super::convert;
use super::session::{ClientFeatures, OpenDocument};
use crate::Analysis;
use crate::config::{CONFIG_FILE_NAME, Config};
use crate::document::Text;
use crate::resume::Bullet;
use crate::rewrite::{Placeholders, Template, rewrite};
use crate::rules::{self, Finding};

/// The command a snippet-taking client runs to apply a rewrite with tab stops.
pub const SNIPPET_COMMAND: &str = "resume-lsp.applySnippetEdit";

/// What the actions for one document need to know.
pub struct Actions<'a> {
    pub uri: &'a Uri,
    pub open: &'a OpenDocument,
    pub analysis: &'a Analysis,
    pub client: &'a ClientFeatures,
    /// Where a new config file goes: the workspace folder holding the document.
    pub workspace_folder: Option<PathBuf>,
    pub may_write: &'a dyn Fn(&Path) -> bool,
}

impl Actions<'_> {
    fn text(&self) -> &Text {
        self.open.text()
    }

    /// The actions for findings touching `range`, in a stable order: fixes,
    /// verbs, rewrites, ignore, disable.
    pub fn for_range(&self, range: Range<usize>) -> Vec<CodeAction> {
        let findings: Vec<&Finding> = self
            .analysis
            .findings
            .iter()
            .filter(|f| f.span.start <= range.end && range.start <= f.span.end)
            .collect();
        let mut actions = Vec::new();
        for finding in &findings {
            if let Some(fix) = &finding.fix {
                let title = format!(
                    "Change \"{}\" to \"{}\"",
                    self.text().slice(fix.span.clone()),
                    fix.replacement
                );
                let edit = self.edit(vec![(fix.span.clone(), fix.replacement.clone())]);
                actions.push(self.quickfix(title, edit, finding, true));
            }
        }
        actions.extend(self.add_skills(&findings));
        for finding in findings.iter().filter(|f| f.rule == "vague-verb") {
            let written = self.text().slice(finding.span.clone()).into_owned();
            for (i, verb) in finding.suggestions.iter().enumerate() {
                let verb = match_case(verb, &written);
                let title = format!("Replace \"{written}\" with \"{verb}\"");
                let edit = self.edit(vec![(finding.span.clone(), verb)]);
                actions.push(self.quickfix(title, edit, finding, i == 0));
            }
        }
        actions.extend(self.rewrites(&findings));
        for finding in &findings {
            if let Some(word) = &finding.word
                && let Some(edit) = self.ignore_word_edit(word)
            {
                let title = format!("Ignore \"{word}\" in this workspace");
                actions.push(self.quickfix(title, edit, finding, false));
            }
        }
        for finding in &findings {
            let (line_title, line_edit) = self.disable_next_line(finding);
            actions.push(self.quickfix(line_title, line_edit, finding, false));
            let file_title = format!("Disable {} in this file", finding.rule);
            let file_edit =
                self.insert_at_top(format!("<!-- resume-lsp-disable-file {} -->", finding.rule));
            actions.push(self.quickfix(file_title, file_edit, finding, false));
        }
        let mut seen = std::collections::HashSet::new();
        actions.retain(|action| seen.insert(action.title.clone()));
        actions
    }

    /// "Fix all auto-fixable findings": every mechanical fix in the document.
    pub fn fix_all(&self) -> Option<CodeAction> {
        let mut fixes: Vec<_> = self
            .analysis
            .findings
            .iter()
            .filter_map(|f| f.fix.clone())
            .collect();
        fixes.sort_by_key(|fix| fix.span.start);
        fixes.dedup_by(|later, earlier| later.span.start < earlier.span.end);
        if fixes.is_empty() {
            return None;
        }
        Some(CodeAction {
            title: "Fix all auto-fixable findings".to_string(),
            kind: Some(CodeActionKind::SOURCE_FIX_ALL),
            edit: Some(
                self.edit(
                    fixes
                        .into_iter()
                        .map(|fix| (fix.span, fix.replacement))
                        .collect(),
                ),
            ),
            ..Default::default()
        })
    }

    /// "Add Kafka to Skills" for each skill the job posting asks for and the
    /// resume lacks, and one action for all of them. Offered, never preferred:
    /// only the user knows whether they have the skill.
    fn add_skills(&self, findings: &[&Finding]) -> Vec<CodeAction> {
        let missing: Vec<(&Finding, &str)> = findings
            .iter()
            .filter(|f| f.rule == crate::rules::job_missing_skill::INFO.id)
            .filter_map(|f| Some((*f, f.suggestions.first()?.as_str())))
            .collect();
        let text = self.text().slice(0..self.text().len_bytes());
        let resume = &self.analysis.resume;
        let mut actions: Vec<CodeAction> = missing
            .iter()
            .map(|(finding, skill)| {
                let (span, insert) = crate::job::add_skill_edit(resume, &text, skill);
                let edit = self.edit(vec![(span, insert)]);
                self.quickfix(format!("Add {skill} to Skills"), edit, finding, false)
            })
            .collect();
        if let [(first, _), _, ..] = missing.as_slice() {
            let names: Vec<&str> = missing.iter().map(|(_, skill)| *skill).collect();
            let (span, insert) = crate::job::add_skill_edit(resume, &text, &names.join(", "));
            let title = format!("Add all {} missing skills to Skills", names.len());
            actions.push(self.quickfix(title, self.edit(vec![(span, insert)]), first, false));
        }
        actions
    }

    fn rewrites(&self, findings: &[&Finding]) -> Vec<CodeAction> {
        let mut bullets: Vec<&Bullet> = Vec::new();
        let offers_rewrite =
            |f: &&&Finding| rules::rule(f.rule).is_some_and(|r| r.offers_rewrite());
        for finding in findings.iter().filter(offers_rewrite) {
            if let Some(bullet) = self.bullet_at(finding.span.start)
                && !bullets.iter().any(|b| b.span == bullet.span)
            {
                bullets.push(bullet);
            }
        }
        let mut actions = Vec::new();
        for bullet in bullets {
            let on_bullet = |rule: &str| {
                self.analysis
                    .findings
                    .iter()
                    .find(|f| f.rule == rule && bullet.span.contains(&f.span.start))
            };
            let verb = on_bullet("vague-verb")
                .or_else(|| on_bullet("weak-opening"))
                .and_then(|f| f.suggestions.first().map(String::as_str));
            let has_metric = on_bullet("no-metric").is_none();
            let lexicon = &self.open.config.lexicon;
            for template in Template::ALL {
                let marks = if self.client.snippet_edits {
                    Placeholders::Snippet
                } else {
                    Placeholders::Plain
                };
                let text = rewrite(
                    bullet.prose.text(),
                    template,
                    lexicon,
                    verb,
                    has_metric,
                    marks,
                );
                let mut action = CodeAction {
                    title: template.title().to_string(),
                    kind: Some(CodeActionKind::REFACTOR_REWRITE),
                    ..Default::default()
                };
                if self.client.snippet_edits {
                    action.command =
                        Some(self.snippet_command(template.title(), bullet.span.clone(), text));
                } else {
                    action.edit = Some(self.edit(vec![(bullet.span.clone(), text)]));
                }
                actions.push(action);
            }
        }
        actions
    }

    fn bullet_at(&self, offset: usize) -> Option<&Bullet> {
        self.analysis
            .resume
            .bullets()
            .map(|(_, _, bullet)| bullet)
            .find(|bullet| bullet.span.start <= offset && offset <= bullet.span.end)
    }

    fn snippet_command(&self, title: &str, span: Range<usize>, snippet: String) -> Command {
        let range = convert::range(span, self.text(), self.client.encoding);
        Command {
            title: title.to_string(),
            command: SNIPPET_COMMAND.to_string(),
            arguments: Some(vec![json!({
                "uri": self.uri,
                "version": self.open.version,
                "range": range,
                "snippet": snippet,
            })]),
        }
    }

    /// `<!-- resume-lsp-disable-next-line rule -->` above the finding's line,
    /// or above its bullet's first line when the bullet wraps.
    fn disable_next_line(&self, finding: &Finding) -> (String, WorkspaceEdit) {
        let anchor = self
            .bullet_at(finding.span.start)
            .map_or(finding.span.start, |b| b.span.start);
        let text = self.text();
        let line = text.position_at(anchor, self.client.encoding).line;
        let start = text.offset_at(
            crate::document::TextPosition::new(line, 0),
            self.client.encoding,
        );
        let line_text = text.slice(start..text.len_bytes().min(start + 4096));
        let indent: String = line_text
            .chars()
            .take_while(|c| *c == ' ' || *c == '\t')
            .collect();
        let comment = format!(
            "{indent}<!-- resume-lsp-disable-next-line {} -->{}",
            finding.rule,
            line_ending(&line_text)
        );
        (
            format!("Disable {} for this line", finding.rule),
            self.edit(vec![(start..start, comment)]),
        )
    }

    /// Inserts a line at the top of the document, after any front matter.
    fn insert_at_top(&self, line: String) -> WorkspaceEdit {
        let text = self.text();
        let head = text.slice(0..text.len_bytes().min(16 * 1024));
        let at = front_matter_end(&head);
        let eol = line_ending(&head);
        self.edit(vec![(at..at, format!("{line}{eol}"))])
    }

    /// Adds `word` to `[words] ignore` in the workspace's config file, creating
    /// the file when there is none (and the client can create files).
    fn ignore_word_edit(&self, word: &str) -> Option<WorkspaceEdit> {
        let path = self.open.path.as_deref()?;
        let existing = Config::file_for(path).filter(|file| (self.may_write)(file));
        let encoding = self.client.encoding;
        match existing {
            Some(file) => {
                let old = std::fs::read_to_string(&file).ok()?;
                let new = add_ignored_word(&old, word)?;
                let uri = Uri::from_file_path(&file)?;
                let old_text = Text::new(&old);
                let range = convert::range(0..old.len(), &old_text, encoding);
                Some(self.edit_in(uri, vec![TextEdit::new(range, new)]))
            }
            None => {
                if !(self.client.document_changes && self.client.create_files) {
                    return None;
                }
                let folder = self
                    .workspace_folder
                    .clone()
                    .or_else(|| path.parent().map(Path::to_path_buf))?;
                let uri = Uri::from_file_path(folder.join(CONFIG_FILE_NAME))?;
                let content = add_ignored_word("", word)?;
                let create = DocumentChangeOperation::Op(ResourceOp::Create(CreateFile {
                    uri: uri.clone(),
                    options: Some(CreateFileOptions {
                        overwrite: Some(false),
                        ignore_if_exists: Some(true),
                    }),
                    annotation_id: None,
                }));
                let insert = DocumentChangeOperation::Edit(TextDocumentEdit {
                    text_document: OptionalVersionedTextDocumentIdentifier { uri, version: None },
                    edits: vec![OneOf::Left(TextEdit::new(Default::default(), content))],
                });
                Some(WorkspaceEdit {
                    document_changes: Some(DocumentChanges::Operations(vec![create, insert])),
                    ..Default::default()
                })
            }
        }
    }

    /// An edit of this document, from byte ranges.
    fn edit(&self, edits: Vec<(Range<usize>, String)>) -> WorkspaceEdit {
        let text = self.text();
        let edits = edits
            .into_iter()
            .map(|(span, new_text)| {
                TextEdit::new(convert::range(span, text, self.client.encoding), new_text)
            })
            .collect();
        self.edit_in(self.uri.clone(), edits)
    }

    fn edit_in(&self, uri: Uri, edits: Vec<TextEdit>) -> WorkspaceEdit {
        if self.client.document_changes {
            let version = (uri == *self.uri).then_some(self.open.version);
            WorkspaceEdit {
                document_changes: Some(DocumentChanges::Edits(vec![TextDocumentEdit {
                    text_document: OptionalVersionedTextDocumentIdentifier { uri, version },
                    edits: edits.into_iter().map(OneOf::Left).collect(),
                }])),
                ..Default::default()
            }
        } else {
            WorkspaceEdit {
                changes: Some(HashMap::from([(uri, edits)])),
                ..Default::default()
            }
        }
    }

    fn quickfix(
        &self,
        title: String,
        edit: WorkspaceEdit,
        finding: &Finding,
        preferred: bool,
    ) -> CodeAction {
        CodeAction {
            title,
            kind: Some(CodeActionKind::QUICKFIX),
            diagnostics: Some(vec![convert::diagnostic(
                finding,
                self.text(),
                self.client.encoding,
            )]),
            edit: Some(edit),
            is_preferred: preferred.then_some(true),
            ..Default::default()
        }
    }
}

/// Adds a word to `[words] ignore`, keeping the rest of the file as written.
pub fn add_ignored_word(config: &str, word: &str) -> Option<String> {
    let mut document: toml_edit::DocumentMut = config.parse().ok()?;
    let words = document
        .entry("words")
        .or_insert(toml_edit::table())
        .as_table_like_mut()?;
    let ignore = words
        .entry("ignore")
        .or_insert(toml_edit::value(toml_edit::Array::new()))
        .as_array_mut()?;
    if !ignore
        .iter()
        .any(|v| v.as_str().is_some_and(|s| s.eq_ignore_ascii_case(word)))
    {
        ignore.push(word);
    }
    Some(document.to_string())
}

/// "Built" written where "worked on" stood keeps its case: "built" mid-clause.
fn match_case(verb: &str, written: &str) -> String {
    if written.starts_with(char::is_lowercase) {
        verb.to_lowercase()
    } else {
        verb.to_string()
    }
}

fn line_ending(text: &str) -> &'static str {
    match text.find('\n') {
        Some(at) if text[..at].ends_with('\r') => "\r\n",
        _ => "\n",
    }
}

/// Where front matter ends (after its closing `---` line), or 0 without any.
fn front_matter_end(text: &str) -> usize {
    let mut lines = text.split_inclusive('\n');
    if lines.next().map(str::trim_end) != Some("---") {
        return 0;
    }
    let mut end = text.find('\n').map_or(text.len(), |at| at + 1);
    for line in lines {
        end += line.len();
        if matches!(line.trim_end(), "---" | "...") {
            return end;
        }
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ignored_words_join_the_list_and_keep_the_file() {
        let config = "# mine\n[rules]\ntense = \"off\"\n";
        let edited = add_ignored_word(config, "synergy").unwrap();
        assert!(
            edited.starts_with("# mine\n[rules]\ntense = \"off\"\n"),
            "{edited}"
        );
        assert!(
            edited.contains("[words]\nignore = [\"synergy\"]"),
            "{edited}"
        );
        let again = add_ignored_word(&edited, "Synergy").unwrap();
        assert_eq!(again, edited);
        assert!(
            add_ignored_word("[words]\nignore = [\"a\"]\n", "b")
                .unwrap()
                .contains("ignore = [\"a\", \"b\"]")
        );
        assert_eq!(add_ignored_word("not = [toml", "x"), None);
    }

    #[test]
    fn front_matter_is_skipped() {
        assert_eq!(front_matter_end("---\nresume: true\n---\n# Ana\n"), 21);
        assert_eq!(front_matter_end("# Ana\n"), 0);
        assert_eq!(front_matter_end("---\nunclosed\n"), 0);
    }
}
