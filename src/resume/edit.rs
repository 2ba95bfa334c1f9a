//! Brings the model up to date after an edit inside one bullet's words,
//! without reading the rest of the document again. Everything else only moves.

use tree_sitter::{Node, Tree};

use super::blocks::{LineEmphasis, inline_prose, line_emphasis};
use super::build::item_role_marks;
use super::dates::find_date_range;
use super::labels::{
    is_about_organisation, is_context_line, is_label, is_link_only, is_name_list, is_pointer,
    is_role_field, is_stack_item, is_stack_line, is_tool_name,
};
use super::sections::is_contact_title;
use super::{Bullet, Resume};
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
    let place = bullet_around(resume, edit)?;
    let section = &resume.sections[place.section];
    let old = place.bullet(resume);
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
    let opens_with_bracket = raw.chars().find(|c| !c.is_whitespace()) == Some('[');
    if opens_with_bracket && is_link_only(&raw.to_string()) {
        return None;
    }
    let prose = inline_prose(inline, text).trimmed();
    if item_role_marks(section.kind, &prose) != item_role_marks(section.kind, &old.prose) {
        return None;
    }
    // An item all in bold with dates heads a role.
    let bold = line_emphasis(&raw.to_string()) == LineEmphasis::Whole;
    if bold && find_date_range(prose.text()).is_some() {
        return None;
    }
    // Whether an item only names a tool or lists a stack decides whether it is
    // a bullet at all.
    let as_stack = |text: &str| {
        (
            is_stack_item(text),
            is_tool_name(text),
            is_stack_line(text),
            is_name_list(text),
            is_label(text),
            is_role_field(text),
            is_context_line(text),
            is_pointer(text),
        )
    };
    if as_stack(prose.text()) != as_stack(old.prose.text()) {
        return None;
    }
    let organisation = place
        .role
        .and_then(|role| section.roles[role].organisation.as_ref());
    if organisation.is_some_and(|name| is_about_organisation(prose.text(), name)) {
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
