// Plumbing check for the integration runner: the News Lens extension is installed in the test VS Code and activates.
import * as assert from 'assert';
import * as vscode from 'vscode';

describe('extension smoke', () => {
  it('news-lens.news-lens is present and activates', async () => {
    const ext = vscode.extensions.getExtension('news-lens.news-lens');
    assert.ok(ext, 'extension news-lens.news-lens not found');
    await ext.activate();
    assert.strictEqual(ext.isActive, true);
  });
});
