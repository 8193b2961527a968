// Install test suite (extensionTestsPath, Node extension host): News Lens comes from the .vsix installed
// in the extensions folder, not from the sources, and works on the seeds as a new user would see it.
import * as vscode from 'vscode';
import { expect, newsLensExtension, runChecks, seedChecks } from './checks';

export function run(): Promise<void> {
  return runChecks([
    {
      name: 'is the extension installed from the .vsix, not the one under development',
      async run() {
        const installed = newsLensExtension().extensionUri.path;
        const extensionsDir = process.env.NEWS_LENS_EXTENSIONS_DIR;
        expect(extensionsDir, 'NEWS_LENS_EXTENSIONS_DIR is not set');
        expect(
          installed.startsWith(`${extensionsDir}/news-lens.news-lens-`),
          `loaded from ${installed}, not from ${extensionsDir}`,
        );
        const packed = await vscode.workspace.fs.readDirectory(
          vscode.Uri.joinPath(newsLensExtension().extensionUri, 'dist'),
        );
        expect(
          !packed.some(([name]) => name === 'cli.js' || name.endsWith('.map')),
          `dist/ holds ${packed.map(([n]) => n).join(', ')}`,
        );
      },
    },
    ...seedChecks(),
  ]);
}
