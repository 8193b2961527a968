import * as assert from 'assert';
import * as vscode from 'vscode';
import { newsLens } from './workbench';

const editorSettings = (languageId: string) =>
  vscode.workspace.getConfiguration('editor', { uri: vscode.workspace.workspaceFolders?.[0].uri, languageId });

describe('word wrap', () => {
  before(newsLens);

  it('wraps .news articles by default', () => {
    const wrap = editorSettings('news').inspect<string>('wordWrap');
    assert.strictEqual(wrap?.defaultLanguageValue, 'on');
    assert.strictEqual(
      editorSettings('plaintext').inspect<string>('wordWrap')?.defaultLanguageValue,
      undefined,
      "other languages keep VS Code's default",
    );
  });

  describe('the Turn On Word Wrap for Articles command', () => {
    const folder = () => vscode.workspace.workspaceFolders![0].uri;
    const settingsFolder = () => vscode.Uri.joinPath(folder(), '.vscode');
    let hadSettingsFolder = true;

    before(async () => {
      hadSettingsFolder = await vscode.workspace.fs.stat(settingsFolder()).then(
        () => true,
        () => false,
      );
    });

    // The seeds are never edited: the workspace setting goes, and the folder it was written to if it is new.
    after(async () => {
      for (const languageId of ['plaintext', 'markdown']) {
        await vscode.workspace
          .getConfiguration('editor', { languageId })
          .update('wordWrap', undefined, vscode.ConfigurationTarget.Workspace, true);
      }
      if (!hadSettingsFolder) await vscode.workspace.fs.delete(settingsFolder(), { recursive: true });
    });

    it('turns wrap on in the workspace settings for the language of the seeds (.txt), and for no other', async () => {
      assert.strictEqual(editorSettings('plaintext').inspect<string>('wordWrap')?.workspaceLanguageValue, undefined);
      await vscode.commands.executeCommand('newsLens.wordWrap.turnOn');
      assert.strictEqual(editorSettings('plaintext').inspect<string>('wordWrap')?.workspaceLanguageValue, 'on');
      assert.strictEqual(editorSettings('plaintext').get('wordWrap'), 'on');
      assert.strictEqual(
        editorSettings('markdown').inspect<string>('wordWrap')?.workspaceLanguageValue,
        undefined,
        'no .md article in the seeds',
      );
    });
  });
});
