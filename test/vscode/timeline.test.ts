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

  it('draws the seeds to scale: breaks over the empty decades, a band for dates without a year', async () => {
    const { timeline } = await newsLens();
    const drawing = timeline.drawing();
    const x = (date: string) => {
      const id = timeline.model().marks.find(m => m.date === date)?.id;
      const found =
        id &&
        new RegExp(
          `transform="translate\\(([\\d.]+) [\\d.]+\\)" data-id="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`,
        ).exec(drawing);
      assert.ok(found, `${date}: ${id}`);
      return Number(found[1]);
    };
    // 001 says 1985, August 2003 and 26 October 2021; 000's dates have no year. 004's treaty of 1950
    // was never signed, so 1950 is not drawn.
    assert.match(drawing, /<text class="axis-note" [^>]*>18 years</);
    assert.match(drawing, /class="undated-band"/);
    assert.ok(!timeline.model().marks.some(m => m.date === '1950'), 'the denied signing is not drawn');
    assert.ok(x('1985') < x('2003-08') && x('2003-08') < x('2021-10-26'));
    assert.ok(x('2021-10-26') < x('XXXX-11-29'), 'dates without a year come after the time axis');
  });

  it('draws again at the width the webview reports, and fits it', async () => {
    const { timeline } = await newsLens();
    const panel = await vscode.commands.executeCommand<vscode.WebviewPanel>('newsLens.timeline.open');
    assert.ok(panel);
    // The page's script reports its width once it has loaded.
    await eventually(() => timeline.reportedWidth, 'a width from the webview');
    const width = (markup: string) => Number(/class="timeline" width="(\d+)"/.exec(markup)?.[1]);
    await timeline.receive({ type: 'resize', width: 1500 });
    assert.strictEqual(width(timeline.drawing()), 1500);
    await timeline.receive({ type: 'resize', width: 1900 });
    assert.strictEqual(width(timeline.drawing()), 1900);
    // Too narrow for the dates: wider than the panel, which then scrolls.
    await timeline.receive({ type: 'resize', width: 500 });
    assert.ok(width(timeline.drawing()) > 500);
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
    assert.match(svg, /\.kind-meeting \.shape \{ fill: #0072B2; \}/, 'Okabe–Ito blue for meetings');
    fs.rmSync(path.dirname(target.fsPath), { recursive: true, force: true });
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
    // Axis ticks, breaks and the headings of the band of dates without a year (lines in <tspan>s).
    const axis = [
      ...renderTimeline(model, { standalone: false }).matchAll(
        /<text class="axis-(?:label|note)[^"]*"[^>]*>(.*?)<\/text>/g,
      ),
    ].map(m =>
      m[1]
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
    assert.ok(axis.includes('Jan 2003') && axis.includes('Nov 29'), axis.join(' | '));
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

  it('draws a happening once, however many sentences report it, with its reports in the tooltip', async () => {
    const { timeline } = await newsLens();
    const model = timeline.model();
    const ids = model.marks.map(m => m.id);
    assert.strictEqual(new Set(ids).size, ids.length);
    // Seed 000 tells the talks of Gerasimov and Onodera in its headline and its lead: one mark.
    const talks = model.marks.filter(m => m.lane === seedUri(SEED_000).toString() && /— discuss/.test(m.label));
    assert.strictEqual(talks.length, 1, model.marks.map(m => m.label).join('\n'));
    const lines = talks[0].detail.split('\n');
    assert.match(lines[0], /^Reported in 1 article, 2 sentences:$/);
    assert.strictEqual(
      lines[1],
      '— Russian General Staff chief, Japanese defense minister discuss North Korean missile issue',
    );
    assert.ok(
      lines.some(l => l.startsWith('  • Chief of Russia’s General Staff Army General Valery Gerasimov')),
      lines.join('\n'),
    );
  });
});
