//! Brings the model up to date after an edit inside one bullet's words,
//! without reading the rest of the document again. Everything else only moves.

use tree_sitter::{Node, Tree};

use super::blocks::inline_prose;
use super::build::item_role_marks;
use super::sections::is_contact_title;
use super::{Bullet, Resume, Section};
use crate::document::{Edit, Text};

/// When `edit` changed the words of one bullet and nothing else the model is
/// read from, updates `resume` to the new text and returns the bullet's index
/// in [`Resume::bullets`] order. Returns None, leaving `resume` as it was,
/// when the edit may have changed more (the list's structure, a comment, what
/// makes an item a role) and the document must be read again.
pub fn reread_bullet(resume: &mut Resume, tree: &Tree, text: &Text, edit: &Edit) -> Option<usize> {
    if edit.removed_angle_bracket {
        return None;
    }
    let (index, section, old) = bullet_around(resume, edit)?;
    if is_contact_title(&section.title) {
        return None;
    }
    let inline = inline_at(tree, edit)?;
    let grown = edit.new_end as isize - edit.old_end as isize;
    let expected = old.block.start..old.block.end.checked_add_signed(grown)?;
    let inside =
        |range: &std::ops::Range<usize>| expected.start <= range.start && range.end <= expected.end;
    if inline.byte_range() != expected || !edit.changed.iter().all(inside) {
        return None;
    }
    // Comments open and close on angle brackets: with none in the bullet, no
    // comment (nor a disable directive) began or ended here.
    let raw = text.rope().byte_slice(expected.clone());
    if raw.chunks().any(|chunk| chunk.contains(['<', '>'])) {
        return None;
    }
    let prose = inline_prose(inline, text).trimmed();
    if item_role_marks(section.kind, &prose) != item_role_marks(section.kind, &old.prose) {
        return None;
    }
    let bullet = Bullet {
        span: prose.source_span(),
        prose,
        depth: old.depth,
        block: expected,
    };
    shift(resume, edit);
    *bullet_mut(resume, index) = bullet;
    Some(index)
}

/// The bullet whose raw Markdown holds the whole edit, with its index and section.
fn bullet_around<'r>(resume: &'r Resume, edit: &Edit) -> Option<(usize, &'r Section, &'r Bullet)> {
    resume
        .bullets()
        .enumerate()
        .find(|(_, (_, _, bullet))| {
            bullet.block.start <= edit.start && edit.old_end <= bullet.block.end
        })
        .map(|(index, (section, _, bullet))| (index, section, bullet))
}

fn bullet_mut(resume: &mut Resume, index: usize) -> &mut Bullet {
    resume
        .sections
        .iter_mut()
        .flat_map(|section| {
            let roles = section.roles.iter_mut().flat_map(|role| &mut role.bullets);
            section.bullets.iter_mut().chain(roles)
        })
        .nth(index)
        .expect("the index came from the same resume's bullets")
}

/// The `inline` node of a list item's first paragraph around the edited bytes.
fn inline_at<'t>(tree: &'t Tree, edit: &Edit) -> Option<Node<'t>> {
    let mut node = tree
        .root_node()
        .descendant_for_byte_range(edit.start, edit.new_end)?;
    while node.kind() != "inline" {
        node = node.parent()?;
    }
    let paragraph = node.parent().filter(|p| p.kind() == "paragraph")?;
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
