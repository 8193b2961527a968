// Restricted Mode suite (extensionTestsPath, Node extension host, workspace trust on and not given):
// News Lens reads — highlights, hovers — and writes nothing into the untrusted workspace.
import * as vscode from 'vscode';
import { expect, runChecks, seedChecks } from './checks';

const SEED = '001_b0e5feebaca363bc.txt';

export function run(): Promise<void> {
  return runChecks([
    {
      name: 'the workspace is untrusted (Restricted Mode)',
      async run() {
        expect(!vscode.workspace.isTrusted, 'the workspace is trusted');
      },
    },
    ...seedChecks(),
    {
      name: 'setting an article date writes no sidecar into the untrusted workspace',
      async run() {
        const folder = vscode.workspace.workspaceFolders?.[0];
        expect(folder, 'a folder of articles is open');
        const set = await vscode.commands.executeCommand<boolean>(
          'newsLens.setArticleDate',
          vscode.Uri.joinPath(folder.uri, SEED),
          '2021-10-26',
        );
        expect(set === false, `the command reports ${String(set)}, not a refusal`);
        const sidecarFolder = await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder.uri, '.newslens')).then(
          () => true,
          () => false,
        );
        expect(!sidecarFolder, 'a .newslens folder was written');
      },
    },
  ]);
}
