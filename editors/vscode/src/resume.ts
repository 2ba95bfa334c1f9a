// What the extension decides without VS Code, kept apart so node's test
// runner can check it.
import * as path from 'path';
import { minimatch } from 'minimatch';

/** The server's default resume globs (src/resume/detect.rs). */
export const DEFAULT_INCLUDE = ['resume*.md', 'cv*.md', '*.resume.md', '*-resume.md', '*_cv.md'];
const OPT_IN_COMMENT = '<!-- resume-lsp -->';
/** How far down the server looks for the opt-in comment. */
const OPT_IN_LINES = 5;

/** The server to run: the configured path, else the binary bundled in the extension, else `resume-lsp` on PATH. */
export function serverCommand(configured: string, bundled: string, exists: (file: string) => boolean): string {
  if (configured.trim() !== '') {
    return configured;
  }
  return exists(bundled) ? bundled : 'resume-lsp';
}

/**
 * Whether the server lints a document, decided as it does: its file name
 * matches `include` (case does not matter) or its text opts in, and its name
 * does not match `exclude`. A `.resume-lsp.toml` can change the globs without
 * the extension knowing, so this is the extension's best guess.
 */
export function isLinted(fileName: string, text: string, include: string[], exclude: string[]): boolean {
  return !matches(fileName, exclude) && (optsIn(text) || matches(fileName, include));
}

/** Whether a file's name (its last path component) matches one of the globs, in any case. */
export function matches(fileName: string, globs: string[]): boolean {
  const name = path.basename(fileName.replace(/\\/g, '/'));
  return globs.some((glob) => minimatch(name, glob, { nocase: true, dot: true }));
}

/** `resume: true` in the front matter, or the opt-in comment in the first lines. */
export function optsIn(text: string): boolean {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  return frontMatterSaysResume(lines) || lines.slice(0, OPT_IN_LINES).some((line) => line.trim() === OPT_IN_COMMENT);
}

function frontMatterSaysResume(lines: string[]): boolean {
  if (lines[0]?.trimEnd() !== '---') {
    return false;
  }
  for (const line of lines.slice(1)) {
    if (['---', '...'].includes(line.trimEnd())) {
      return false;
    }
    const colon = line.indexOf(':');
    if (colon >= 0 && line.slice(0, colon).trim() === 'resume' && line.slice(colon + 1).trim() === 'true') {
      return true;
    }
  }
  return false;
}

/**
 * The line to insert so the server lints a document: `resume: true` inside its
 * front matter when it has some (a comment above it would stop it being front
 * matter), else the opt-in comment at the top.
 */
export function optIn(text: string): { line: number; text: string } {
  const hasFrontMatter = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0].trimEnd() === '---';
  return hasFrontMatter ? { line: 1, text: 'resume: true\n' } : { line: 0, text: OPT_IN_COMMENT + '\n' };
}

/** What the status bar says about the active Markdown document. */
export function status(linted: boolean, findings: number): { text: string; tooltip: string } {
  if (findings > 0) {
    const noun = findings === 1 ? 'finding' : 'findings';
    return { text: `$(checklist) ${findings} resume ${noun}`, tooltip: 'resume-lsp: show them in the Problems panel' };
  }
  if (linted) {
    return { text: '$(check) Resume: no findings', tooltip: 'resume-lsp found nothing to improve' };
  }
  return { text: '$(circle-slash) Not a resume', tooltip: 'resume-lsp: click to lint this Markdown file as a resume' };
}
