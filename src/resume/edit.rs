//! Brings the model up to date after an edit inside one bullet's words,
//! without reading the rest of the document again. Everything else only moves.

use std::ops::Range;

use tree_sitter::{Node, Tree};

use super::blocks::{
    Block, LineEmphasis, emphasis_at, html_blocks_at, inline_prose, json_start, json_value,
    line_emphasis, paragraph_lines, plain_paragraph_at,
};
use super::build::{
    definition_marker, item_role_marks, may_head_a_role, paragraph_marks, role_line_marks,
};
use super::data::parameter_line;
use super::dates::find_date_range;
use super::labels::{
    is_about_organisation, is_context_line, is_label, is_link_only, is_name_list, is_pointer,
    is_role_field, is_stack_item, is_stack_line, is_tool_name, titles_an_entry,
};
use super::plain::is_title;
use super::prose::Prose;
use super::sections::is_contact_title;
use super::{Bullet, Resume};
use crate::document::{Edit, INLINE_MARKUP, Text};

/// When `edit` changed the words of one bullet and nothing else the model is
/// read from, updates `resume` to the new text and returns the bullet's index
/// in [`Resume::bullets`] order. Returns None, leaving `resume` as it was,
/// when the edit may have changed more (the list's structure, a comment, what
/// makes an item a role) and the document must be read again.
pub fn reread_bullet(resume: &mut Resume, tree: &Tree, text: &Text, edit: &Edit) -> Option<usize> {
    if edit.removed_angle_bracket {
        return None;
    }
    let place = bullet_around(resume, edit)?;
    let section = &resume.sections[place.section];
    let old = place.bullet(resume);
    // Contact details are read from contact sections, and from every
    // section without roles when the header lacks some.
    let holds_contacts = resume.header.contacts_beyond_header && !section.kind.has_roles();
    if is_contact_title(&section.title) || holds_contacts {
        return None;
    }
    let grown = edit.new_end as isize - edit.old_end as isize;
    let expected = old.block.start..old.block.end.checked_add_signed(grown)?;
    let inside = |range: &Range<usize>| expected.start <= range.start && range.end <= expected.end;
    if !edit.changed.iter().all(inside) {
        return None;
    }
    let organisation = place
        .role
        .and_then(|role| section.roles[role].organisation.as_deref());
    let about_employer =
        |text: &str| organisation.is_some_and(|name| is_about_organisation(text, name));
    // List items first: they are most bullets, and a resume written as JSON
    // has none.
    let item = (!old.in_paragraph).then(|| inline_at(tree, edit)).flatten();
    let prose = if let Some(inline) = item {
        reread_item(inline, text, &expected)?
    } else if json_start(text).is_some() {
        reread_json_bullet(text, edit, old)?
    } else if old.in_paragraph {
        let (prose, paragraph) = reread_prose_bullet(tree, text, edit, old, &expected)?;
        if about_employer(paragraph.text()) {
            return None;
        }
        prose
    } else {
        reread_html_bullet(tree, text, edit, old, &expected)?
    };
    let item = !old.in_paragraph;
    if item && item_role_marks(section.kind, &prose) != item_role_marks(section.kind, &old.prose) {
        return None;
    }
    if as_stack(prose.text()) != as_stack(old.prose.text()) {
        return None;
    }
    if about_employer(prose.text()) {
        return None;
    }
    let bullet = Bullet {
        span: prose.source_span(),
        prose,
        depth: old.depth,
        block: expected,
        in_paragraph: old.in_paragraph,
    };
    shift(resume, edit);
    *place.bullet_mut(resume) = bullet;
    Some(place.index)
}

/// Whether an item only names a tool, lists a stack, labels or points
/// elsewhere: what decides whether it is a bullet at all.
fn as_stack(text: &str) -> [bool; 9] {
    [
        is_stack_item(text),
        is_tool_name(text),
        is_stack_line(text),
        is_name_list(text),
        is_label(text),
        titles_an_entry(text),
        is_role_field(text),
        is_context_line(text),
        is_pointer(text),
    ]
}

/// A Markdown list item's words after an edit inside them.
fn reread_item(inline: Node, text: &Text, expected: &Range<usize>) -> Option<Prose> {
    if inline.byte_range() != *expected {
        return None;
    }
    // Comments open and close on angle brackets: with none in the bullet, no
    // comment (nor a disable directive) began or ended here.
    let raw = text.slice(expected.clone());
    if raw.contains(['<', '>']) {
        return None;
    }
    let opens_with_bracket = raw.trim_start().starts_with('[');
    if opens_with_bracket && is_link_only(&raw) {
        return None;
    }
    let prose = inline_prose(inline, text).trimmed();
    // An item all in bold with dates heads a role.
    let bold = line_emphasis(&raw) == LineEmphasis::Whole;
    if bold && find_date_range(prose.text()).is_some() {
        return None;
    }
    Some(prose)
}

/// A bullet read from a paragraph (a role written as prose) after an edit
/// inside it: the paragraph from the bullet's first line on, and the whole
/// paragraph.
fn reread_prose_bullet(
    tree: &Tree,
    text: &Text,
    edit: &Edit,
    old: &Bullet,
    expected: &Range<usize>,
) -> Option<(Prose, Prose)> {
    let (range, paragraph) = match paragraph_inline_at(tree, edit) {
        Some(inline) => (inline.byte_range(), inline_prose(inline, text)),
        None => plain_paragraph_at(tree.root_node(), text, edit.start)?,
    };
    let inside_words = old.span.start <= edit.start && edit.old_end <= old.span.end;
    if range != *expected || !inside_words || inserts_line_break(text, edit) {
        return None;
    }
    if text.slice(expected.clone()).contains(['<', '>']) {
        return None;
    }
    let line_count = |prose: &Prose| prose.text().matches('\n').count();
    // Lines that give a value (`key = "…"`) or name a section in capitals
    // are read apart from the paragraph.
    let fields = |bullet: &Prose| -> Vec<(bool, bool)> {
        bullet
            .text()
            .lines()
            .map(|line| (parameter_line(line.trim()).is_some(), is_title(line)))
            .collect()
    };
    let same_lines = |prose: &Prose| {
        line_count(prose) == line_count(&old.prose) && fields(prose) == fields(&old.prose)
    };
    let end = paragraph.text().len();
    // The line the bullet starts on, and where its words start: past the
    // marker of a definition (a term, then ":   its definition").
    let (from, definition, prose) = paragraph_lines(&paragraph).find_map(|(from, _)| {
        let marker = definition_marker(&paragraph.text()[from..]);
        let prose = paragraph.slice(from + marker.unwrap_or(0)..end).trimmed();
        (prose.source_span().start == old.span.start).then_some((from, marker.is_some(), prose))
    })?;
    // Lines above the bullet (its role's header) read as they did while no
    // markup typed or removed here can pair with theirs.
    let typed_markup = text.slice(edit.start..edit.new_end).contains(INLINE_MARKUP);
    if from > 0 && (typed_markup || edit.removed_markup) || !same_lines(&prose) {
        return None;
    }
    // A definition is the bullet whatever its words.
    if definition {
        return Some((prose, paragraph));
    }
    // The paragraph's first line is read by the whole paragraph too
    // (its length, whether it is a sentence), the bullet's lines included.
    if from > 0 {
        let before = &paragraph.text()[..from];
        let whole = |bullet: &Prose| paragraph_marks(&format!("{before}{}", bullet.text()));
        if whole(&prose) != whole(&old.prose) {
            return None;
        }
    }
    let opens_paragraph = from == 0;
    let marks = |bullet: &Prose| {
        let (_, first_line) = paragraph_lines(bullet).next()?;
        let whole = opens_paragraph.then_some(bullet.text());
        Some(role_line_marks(&first_line, Some(bullet.text()), whole))
    };
    let kept = marks(&prose)? == marks(&old.prose)?;
    (kept && keeps_emphasis(text, &prose)).then_some((prose, paragraph))
}

/// A bullet read from an HTML block (an `<li>` item, a line under a role, a
/// table row) after an edit inside its words: the block read again.
fn reread_html_bullet(
    tree: &Tree,
    text: &Text,
    edit: &Edit,
    old: &Bullet,
    expected: &Range<usize>,
) -> Option<Prose> {
    let inserted = text.slice(edit.start..edit.new_end);
    let raw = text.slice(expected.clone());
    // A bullet in HTML stands on one line; its tags and comments stay as they
    // were while no angle bracket is typed.
    if inserted.contains(['<', '>']) || inserts_line_break(text, edit) || raw.contains("<!--") {
        return None;
    }
    // Typing inside a tag may hide what follows ("class=\"hidden\"").
    let before = text.slice(expected.start..edit.start);
    if before.rfind('<') > before.rfind('>') {
        return None;
    }
    let blocks = html_blocks_at(tree.root_node(), text, edit.start)?;
    blocks.into_iter().find_map(|block| match block {
        Block::Item {
            prose,
            depth,
            inline,
            ..
        } if inline == *expected && depth == old.depth => Some(prose),
        Block::Line {
            prose,
            span,
            paragraph: None,
            ..
        } if span == *expected => {
            let kept =
                role_line_marks(&prose, None, None) == role_line_marks(&old.prose, None, None);
            (kept && keeps_emphasis(text, &prose)).then_some(prose)
        }
        _ => None,
    })
}

/// A bullet read from a string of a resume written as JSON, after an edit
/// between its quotes that typed no quote, escape, angle bracket (a comment)
/// or line break.
fn reread_json_bullet(text: &Text, edit: &Edit, old: &Bullet) -> Option<Prose> {
    let inserted = text.slice(edit.start..edit.new_end);
    let inside_words = old.span.start <= edit.start && edit.old_end <= old.span.end;
    if !inside_words || inserted.contains(['"', '\\', '<', '>', '\n', '\r']) {
        return None;
    }
    let grown = edit.new_end as isize - edit.old_end as isize;
    let value = old.span.start..old.span.end.checked_add_signed(grown)?;
    json_value(text, value)
}

/// Whether the edit typed a line break, which may change what each line is.
fn inserts_line_break(text: &Text, edit: &Edit) -> bool {
    text.slice(edit.start..edit.new_end).contains(['\n', '\r'])
}

/// Whether a line read as a bullet still is by its emphasis: one all in bold
/// is a note to the reader, and a short one in bold heads a role.
fn keeps_emphasis(text: &Text, bullet: &Prose) -> bool {
    let first_line = bullet.text().lines().next().unwrap_or_default();
    match emphasis_at(text, bullet.source_span().start) {
        LineEmphasis::None => true,
        LineEmphasis::Leading => !may_head_a_role(first_line),
        LineEmphasis::Whole => false,
    }
}

/// Where a bullet stands in the model.
struct Place {
    section: usize,
    /// The role it belongs to, if any.
    role: Option<usize>,
    /// Its index among its role's (or its section's loose) bullets.
    position: usize,
    /// Its index in [`Resume::bullets`] order.
    index: usize,
}

impl Place {
    fn bullet<'r>(&self, resume: &'r Resume) -> &'r Bullet {
        let section = &resume.sections[self.section];
        match self.role {
            Some(role) => &section.roles[role].bullets[self.position],
            None => &section.bullets[self.position],
        }
    }

    fn bullet_mut<'r>(&self, resume: &'r mut Resume) -> &'r mut Bullet {
        let section = &mut resume.sections[self.section];
        match self.role {
            Some(role) => &mut section.roles[role].bullets[self.position],
            None => &mut section.bullets[self.position],
        }
    }
}

/// The bullet whose raw Markdown holds the whole edit. Sections and roles
/// are in document order, so the search skips whole ones by their starts.
fn bullet_around(resume: &Resume, edit: &Edit) -> Option<Place> {
    let holds =
        |bullet: &Bullet| bullet.block.start <= edit.start && edit.old_end <= bullet.block.end;
    let sections = &resume.sections;
    let section = sections
        .partition_point(|s| s.span.start <= edit.start)
        .checked_sub(1)?;
    let mut index: usize = sections[..section]
        .iter()
        .map(|s| s.bullets.len() + s.roles.iter().map(|r| r.bullets.len()).sum::<usize>())
        .sum();
    let found = &sections[section];
    if let Some(position) = found.bullets.iter().position(holds) {
        let role = None;
        return Some(Place {
            section,
            role,
            position,
            index: index + position,
        });
    }
    index += found.bullets.len();
    let role = found
        .roles
        .partition_point(|r| r.heading.start <= edit.start)
        .checked_sub(1)?;
    index += found.roles[..role]
        .iter()
        .map(|r| r.bullets.len())
        .sum::<usize>();
    let position = found.roles[role].bullets.iter().position(holds)?;
    let role = Some(role);
    Some(Place {
        section,
        role,
        position,
        index: index + position,
    })
}

/// The `inline` node of a paragraph around the edited bytes.
fn paragraph_inline_at<'t>(tree: &'t Tree, edit: &Edit) -> Option<Node<'t>> {
    let mut node = tree
        .root_node()
        .descendant_for_byte_range(edit.start, edit.new_end)?;
    while node.kind() != "inline" {
        node = node.parent()?;
    }
    node.parent()
        .is_some_and(|p| p.kind() == "paragraph")
        .then_some(node)
}

/// The `inline` node of a list item's first paragraph around the edited bytes.
fn inline_at<'t>(tree: &'t Tree, edit: &Edit) -> Option<Node<'t>> {
    let node = paragraph_inline_at(tree, edit)?;
    let paragraph = node.parent()?;
    let item = paragraph.parent().filter(|i| i.kind() == "list_item")?;
    let mut cursor = item.walk();
    let first_paragraph = item
        .children(&mut cursor)
        .find(|child| child.kind() == "paragraph")?;
    (first_paragraph == paragraph).then_some(node)
}

/// Moves every offset of the model that lies past the edit.
fn shift(resume: &mut Resume, edit: &Edit) {
    let header = &mut resume.header;
    edit.moved_range(&mut header.span);
    let contacts = &mut header.contacts;
    contacts
        .emails
        .iter_mut()
        .for_each(|c| edit.moved_range(&mut c.span));
    contacts
        .phones
        .iter_mut()
        .for_each(|c| edit.moved_range(&mut c.span));
    contacts
        .links
        .iter_mut()
        .for_each(|c| edit.moved_range(&mut c.span));
    header
        .profile
        .iter_mut()
        .for_each(|prose| prose.shift(edit));
    for unread in &mut resume.unread {
        edit.moved_range(&mut unread.span);
    }
    for section in &mut resume.sections {
        edit.moved_range(&mut section.heading);
        edit.moved_range(&mut section.span);
        for role in &mut section.roles {
            edit.moved_range(&mut role.heading);
            if let Some(dates) = &mut role.dates {
                edit.moved_range(&mut dates.span);
            }
            role.bullets
                .iter_mut()
                .for_each(|bullet| shift_bullet(bullet, edit));
            role.stack_lines
                .iter_mut()
                .for_each(|prose| prose.shift(edit));
        }
        section
            .bullets
            .iter_mut()
            .for_each(|bullet| shift_bullet(bullet, edit));
        section
            .paragraphs
            .iter_mut()
            .for_each(|prose| prose.shift(edit));
        for skill in &mut section.skills {
            edit.moved_range(&mut skill.span);
            skill.prose.shift(edit);
        }
    }
}

fn shift_bullet(bullet: &mut Bullet, edit: &Edit) {
    edit.moved_range(&mut bullet.span);
    edit.moved_range(&mut bullet.block);
    bullet.prose.shift(edit);
}
