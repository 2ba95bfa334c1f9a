import * as fs from 'fs';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { DEFAULT_INCLUDE, isLinted, matches, optIn, serverCommand, status } from './resume';

const SECTION = 'resume-lsp';
const LINT_COMMAND = 'resume-lsp.lintAsResume';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const binary = process.platform === 'win32' ? 'resume-lsp.exe' : 'resume-lsp';
  const command = serverCommand(
    vscode.workspace.getConfiguration(SECTION).get<string>('path', ''),
    context.asAbsolutePath(`server/${binary}`),
    fs.existsSync,
  );
  const serverOptions: ServerOptions = { command, args: ['lsp'] };
  const clientOptions: LanguageClientOptions = {
    // Every Markdown document goes to the server: only it knows the globs of a
    // .resume-lsp.toml, and it answers any other document with no findings.
    documentSelector: [
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
    ],
    // Sends workspace/didChangeConfiguration on every change under "resume-lsp";
    // workspace/configuration requests are answered from the same section.
    synchronize: { configurationSection: SECTION },
    initializationOptions: () => ({ [SECTION]: settings() }),
  };
  client = new LanguageClient(SECTION, 'resume-lsp', serverOptions, clientOptions);

  const item = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 100);
  const refresh = () => updateStatus(item);
  context.subscriptions.push(
    item,
    vscode.commands.registerCommand(LINT_COMMAND, lintAsResume),
    vscode.languages.onDidChangeDiagnostics(refresh),
    vscode.window.onDidChangeActiveTextEditor(refresh),
    vscode.workspace.onDidChangeConfiguration((event) => event.affectsConfiguration(SECTION) && refresh()),
  );
  refresh();
  await client.start();
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}

/** The "resume-lsp" settings as plain JSON (null where not set). */
function settings(): unknown {
  return JSON.parse(JSON.stringify(vscode.workspace.getConfiguration(SECTION)));
}

function globs(document: vscode.TextDocument): { include: string[]; exclude: string[] } {
  const config = vscode.workspace.getConfiguration(SECTION, document.uri);
  return {
    include: config.get<string[] | null>('include') ?? DEFAULT_INCLUDE,
    exclude: config.get<string[] | null>('exclude') ?? [],
  };
}

function linted(document: vscode.TextDocument): boolean {
  const { include, exclude } = globs(document);
  return isLinted(document.fileName, document.getText(), include, exclude);
}

function updateStatus(item: vscode.StatusBarItem): void {
  const document = vscode.window.activeTextEditor?.document;
  if (document?.languageId !== 'markdown') {
    item.hide();
    return;
  }
  const findings = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'resume-lsp').length;
  const isLinted = findings > 0 || linted(document);
  const shown = status(isLinted, findings);
  item.text = shown.text;
  item.tooltip = shown.tooltip;
  item.command = isLinted ? 'workbench.actions.view.problems' : LINT_COMMAND;
  item.show();
}

/** Opts the active Markdown document in, so the server lints it whatever its name. */
async function lintAsResume(): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (document?.languageId !== 'markdown') {
    vscode.window.showInformationMessage('resume-lsp: open a Markdown file first.');
    return;
  }
  if (matches(document.fileName, globs(document).exclude)) {
    vscode.window.showWarningMessage('resume-lsp: this file matches "resume-lsp.exclude"; remove it from there first.');
    return;
  }
  if (linted(document)) {
    vscode.window.showInformationMessage('resume-lsp already lints this file as a resume.');
    return;
  }
  const { line, text } = optIn(document.getText());
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, new vscode.Position(line, 0), text);
  await vscode.workspace.applyEdit(edit);
}
