import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_INCLUDE, isLinted, optIn, optsIn, serverCommand, status } from '../resume';

test('the configured path wins, then the bundled binary, then PATH', () => {
  const exists = (file: string) => file === '/ext/server/resume-lsp';
  assert.equal(serverCommand('/opt/resume-lsp', '/ext/server/resume-lsp', exists), '/opt/resume-lsp');
  assert.equal(serverCommand('  ', '/ext/server/resume-lsp', exists), '/ext/server/resume-lsp');
  assert.equal(serverCommand('', '/elsewhere/resume-lsp', exists), 'resume-lsp');
});

test('resume file names match the default globs in any case', () => {
  for (const name of ['/home/a/resume.md', 'Resume-2024.md', 'CV.md', 'jane.resume.md', 'jane-resume.md', 'C:\\docs\\jane_CV.md']) {
    assert.ok(isLinted(name, '# Jane', DEFAULT_INCLUDE, []), name);
  }
  for (const name of ['README.md', 'notes.md', '/resume/notes.md', 'resume.txt']) {
    assert.ok(!isLinted(name, '# Notes', DEFAULT_INCLUDE, []), name);
  }
});

test('exclude wins over include and over the opt-in', () => {
  assert.ok(!isLinted('resume-old.md', '<!-- resume-lsp -->', DEFAULT_INCLUDE, ['resume-old.md']));
  assert.ok(isLinted('jane.md', '', ['*.md'], ['resume-old.md']));
});

test('documents opt in by front matter or by a comment near the top', () => {
  assert.ok(optsIn('---\ntitle: x\nresume: true\n---\n# Jane'));
  assert.ok(optsIn('\uFEFF<!-- resume-lsp -->\n# Jane'));
  assert.ok(optsIn('# Jane\r\n<!-- resume-lsp -->\r\n'));
  assert.ok(!optsIn('---\nresume: false\n---\n'));
  assert.ok(!optsIn('# Notes\n\n---\nresume: true\n'));
  assert.ok(!optsIn('1\n2\n3\n4\n5\n<!-- resume-lsp -->'));
  assert.ok(!optsIn(''));
});

test('opting in keeps front matter first', () => {
  assert.deepEqual(optIn('# Jane\n'), { line: 0, text: '<!-- resume-lsp -->\n' });
  assert.deepEqual(optIn('---\ntitle: CV\n---\n'), { line: 1, text: 'resume: true\n' });
  for (const text of ['# Jane\n', '---\ntitle: CV\n---\n# Jane\n']) {
    const { line, text: inserted } = optIn(text);
    const lines = text.split('\n');
    lines.splice(line, 0, inserted.trimEnd());
    assert.ok(optsIn(lines.join('\n')), text);
  }
});

test('the status bar counts findings', () => {
  assert.equal(status(true, 3).text, '$(checklist) 3 resume findings');
  assert.equal(status(true, 1).text, '$(checklist) 1 resume finding');
  assert.equal(status(false, 2).text, '$(checklist) 2 resume findings');
  assert.equal(status(true, 0).text, '$(check) Resume: no findings');
  assert.equal(status(false, 0).text, '$(circle-slash) Not a resume');
});
