import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { renderTimeline } from '../../src/features/events/timeline-svg';
import { SEED_000, eventually, newsLens, seedUri } from './workbench';

// Lanes of the timeline drawing itself (the webview also shows their titles in a column of their own).
const lanes = (markup: string) =>
  markup.slice(markup.indexOf('class="timeline"')).match(/<g class="lane"/g)?.length ?? 0;

describe('events timeline', () => {
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens a webview with one lane per article, a strict CSP and no remote content', async () => {
    const api = await newsLens();
    const panel = await vscode.commands.executeCommand<vscode.WebviewPanel>('newsLens.timeline.open');
    assert.ok(panel, 'the command returns the panel');
    const html = panel.webview.html;
    assert.strictEqual(lanes(html), 3);
    assert.match(html, /Content-Security-Policy" content="default-src 'none';[^"]*script-src 'nonce-[A-Za-z0-9]+'/);
    assert.doesNotMatch(html, /unsafe-inline|unsafe-eval/);
    // Only the webview's own resources (served by VS Code) and the SVG namespace are URLs in the page.
    const urls = html.match(/https?:\/\/[^\s"';]+/g) ?? [];
    assert.ok(
      urls.every(url =>
        /^https:\/\/([^/]*\.)?vscode-(cdn\.net|resource)|^https:\/\/\*\.vscode-cdn\.net|^http:\/\/www\.w3\.org\//.test(
          url,
        ),
      ),
      urls.join('\n'),
    );
    assert.match(html, /var\(--vscode-|timeline\.css/);
    assert.strictEqual(api.timeline.webviewPanel, panel);
  });

  it('exports the timeline as an SVG file with one lane per article', async () => {
    await newsLens();
    const target = vscode.Uri.file(
      path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-timeline-')), 'timeline.svg'),
    );
    const written = await vscode.commands.executeCommand<vscode.Uri>('newsLens.timeline.exportSvg', target);
    assert.strictEqual(written?.toString(), target.toString());
    const svg = fs.readFileSync(target.fsPath, 'utf8');
    assert.match(svg, /^<\?xml[^>]*>\s*<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.strictEqual(lanes(svg), 3);
    assert.match(svg, /Russian General Staff chief/);
    assert.match(svg, /<title>Nov 29 \(year unknown\) · North Korea — missile launch/);
    assert.match(svg, /<style>/, 'colours travel with the file');
  });

  it('names lanes by headline with the article date in words, and writes the axis dates in words', async () => {
    assert.strictEqual(vscode.env.language, 'en', 'the texts below are those of English');
    const { timeline } = await newsLens();
    const model = timeline.model();
    const lane = model.lanes.find(l => l.id === seedUri(SEED_000).toString());
    assert.strictEqual(
      lane?.title,
      'Russian General Staff chief, Japanese defense minister discuss North Korean missile issue',
    );
    assert.strictEqual(lane?.subtitle, `Dec 11 (year unknown) · ${SEED_000}`);
    const axis = [
      ...renderTimeline(model, { standalone: false }).matchAll(/<text class="axis-(?:label|note)"[^>]*>([^<]*)</g),
    ].map(m => m[1]);
    assert.ok(axis.includes('Nov 29') && axis.includes('August 2003'), axis.join(' | '));
    assert.deepStrictEqual(
      axis.filter(label => /XXXX|_REF|W\d\d/.test(label)),
      [],
    );
  });

  it('never exports over an article', async () => {
    await newsLens();
    const article = seedUri(SEED_000);
    const before = fs.readFileSync(article.fsPath, 'utf8');
    const written = await vscode.commands.executeCommand('newsLens.timeline.exportSvg', article);
    assert.strictEqual(written, undefined);
    assert.strictEqual(fs.readFileSync(article.fsPath, 'utf8'), before);
  });

  it('opens the event’s sentence when a mark is clicked', async () => {
    const { timeline } = await newsLens();
    const model = timeline.model();
    const mark = model.marks.find(m => m.label.startsWith('Nov 29 (year unknown) · North Korea — missile launch'));
    assert.ok(mark, model.marks.map(m => m.label).join('\n'));
    await timeline.receive({ type: 'reveal', id: mark.id });
    const editor = await eventually(() => {
      const active = vscode.window.activeTextEditor;
      return active?.document.uri.toString() === mark.lane ? active : undefined;
    }, 'the article of the mark');
    assert.match(editor.document.getText(editor.selection), /^On November 29, North Korea conducted a missile launch/);
  });
});
