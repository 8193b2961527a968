// Screenshots of the article editor in code-server: the Outline, breadcrumbs and sticky scroll with the
// cursor on a name (editor-outline.png), and the one-time word-wrap offer then the wrapped article
// (editor-wrap-offer.png, editor-wrapped-article.png) in a copy of the seeds, whose settings it may write.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const host = require('../lib/vscode-host');

const SEEDS = path.join(host.ROOT, 'seeds');
const SEED_000 = '000_d6490ba55f8250cf.txt';
const DIR = path.join(host.ROOT, 'test-output', 'screenshots');
const OUTLINE_SCREENSHOT = path.join(DIR, 'editor-outline.png');
const WRAP_OFFER_SCREENSHOT = path.join(DIR, 'editor-wrap-offer.png');
const WRAPPED_SCREENSHOT = path.join(DIR, 'editor-wrapped-article.png');
// Words of the seed (which is never edited), not of anything News Lens writes.
const CURSOR_LINE = 'For Japan, North Korea';
const CURSOR_WORD = /North\sKorea(?![A-Za-z])/;

/** Page rectangle of the first match of `pattern` inside a rendered editor line (Monaco splits lines into spans). */
async function textBox(line, pattern) {
  return line.evaluate((el, src) => {
    const re = new RegExp(src);
    const nodes = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let text = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push([n, text.length]);
      text += n.data;
    }
    const m = re.exec(text.replace(/\u00a0/g, ' '));
    if (!m) return null;
    const at = i => {
      const [n, off] = nodes.filter(([, o]) => o <= i).pop();
      return [n, i - off];
    };
    const range = document.createRange();
    range.setStart(...at(m.index));
    const [endNode, endOff] = at(m.index + m[0].length - 1);
    range.setEnd(endNode, endOff + 1);
    const r = range.getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  }, pattern.source);
}

/** The rendered editor line that holds `text` (Monaco renders spaces as U+00A0). */
function editorLine(page, text) {
  return page.locator('.monaco-editor .view-line', { hasText: text.replace(/ /g, '\u00a0') }).first();
}

const texts = async locator => (await locator.allInnerTexts()).map(t => t.replace(/\s+/g, ' ').trim()).filter(Boolean);

/**
 * Seed 000 with the Outline open in the Explorer, the cursor on "North Korea" in a paragraph of the
 * story and the editor scrolled past the headline. Resolves { ok, breadcrumbs, sticky, outlineRows,
 * file, error? }; never rejects. `ok` needs the breadcrumb to end at the name under the cursor.
 */
async function runOutlineScreenshot({
  server,
  browser,
  file = OUTLINE_SCREENSHOT,
  log = m => process.stderr.write(`[outline-screenshot] ${m}\n`),
}) {
  const result = { ok: false, breadcrumbs: [], sticky: [], outlineRows: 0, file };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const context = await browser.newContext({ viewport: { width: 1600, height: 760 } });
  const page = await context.newPage();
  try {
    const url = host.workbenchUrl(server.port, SEEDS, {
      extensionDevelopmentPath: host.ROOT,
      openFile: path.join(SEEDS, SEED_000),
    });
    await page.goto(url, { timeout: 60000 });
    const line = editorLine(page, CURSOR_LINE);
    await line.waitFor({ timeout: 60000 });
    await host.runCommand(page, 'Explorer: Focus on Outline View');
    // The folder's files above take the Explorer's room; folded, they leave it to the Outline.
    for (const header of await page.locator('.part.sidebar .pane-header').all()) {
      const title = (await header.innerText()).trim();
      if (!/outline/i.test(title) && (await header.getAttribute('aria-expanded')) === 'true') await header.click();
    }
    const outline = page.locator('.part.sidebar .pane', { has: page.locator('.pane-header', { hasText: /outline/i }) });
    const rows = outline.locator('.monaco-list-row');
    // The Outline fills once the extension has indexed the article; the cursor's click makes it follow.
    const breadcrumbs = page.locator('.breadcrumbs-control .monaco-breadcrumb-item');
    for (let i = 0; i < 30; i++) {
      const box = await textBox(line, CURSOR_WORD);
      if (!box) throw new Error(`"North Korea" not found in the line "${CURSOR_LINE}…"`);
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForTimeout(700);
      result.breadcrumbs = await texts(breadcrumbs);
      if ((await rows.count()) > 0 && result.breadcrumbs.at(-1) === 'North Korea') break;
    }
    // Scrolled so that the headline is out of view: sticky scroll pins what holds the cursor's line.
    const editorBox = await page.locator('.monaco-editor .view-lines').first().boundingBox();
    await page.mouse.move(editorBox.x + 200, editorBox.y + 100);
    for (let i = 0; i < 2; i++) await page.mouse.wheel(0, 70);
    await page.waitForTimeout(800);
    result.outlineRows = await rows.count();
    result.breadcrumbs = await texts(breadcrumbs);
    result.sticky = await texts(page.locator('.monaco-editor .sticky-widget .sticky-line-content'));
    log(
      `outline rows: ${result.outlineRows}; breadcrumbs: ${result.breadcrumbs.join(' › ')}; sticky: ${result.sticky.join(' | ')}`,
    );
    await page.screenshot({ path: file });
  } catch (err) {
    result.error = err.message.split('\n')[0];
    await page.screenshot({ path: file }).catch(() => {});
  } finally {
    await context.close().catch(() => {});
  }
  result.ok = !result.error && result.outlineRows > 0 && result.breadcrumbs.at(-1) === 'North Korea';
  if (!result.ok && !result.error) {
    result.error = [
      result.outlineRows === 0 && 'the Outline is empty',
      result.breadcrumbs.at(-1) !== 'North Korea' &&
        `the breadcrumb ends at "${result.breadcrumbs.at(-1)}", not at the name under the cursor`,
    ]
      .filter(Boolean)
      .join('; ');
  }
  return result;
}

/**
 * The word-wrap offer on a fresh code-server (VS Code's default settings: no wrap), in a copy of the
 * seeds so that "Turn On" writes the copy's settings: the notification, then the article wrapped and
 * scrolled past its headline, which sticky scroll pins. Resolves { ok, offered, wrapped, setting, files,
 * error? }; never rejects.
 */
async function runWordWrapScreenshots({ browser, log = m => process.stderr.write(`[wrap-screenshots] ${m}\n`) }) {
  const result = {
    ok: false,
    offered: false,
    wrapped: false,
    setting: '',
    files: [WRAP_OFFER_SCREENSHOT, WRAPPED_SCREENSHOT],
  };
  fs.mkdirSync(DIR, { recursive: true });
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-seeds-'));
  const folder = path.join(copy, 'seeds');
  fs.mkdirSync(folder);
  for (const name of fs.readdirSync(SEEDS)) fs.copyFileSync(path.join(SEEDS, name), path.join(folder, name));
  let server;
  let context;
  let file = WRAP_OFFER_SCREENSHOT;
  try {
    server = await host.startCodeServer();
    context = await browser.newContext({ viewport: { width: 1400, height: 760 } });
    const page = await context.newPage();
    const url = host.workbenchUrl(server.port, folder, {
      extensionDevelopmentPath: host.ROOT,
      openFile: path.join(folder, SEED_000),
    });
    await page.goto(url, { timeout: 60000 });
    await editorLine(page, CURSOR_LINE).waitFor({ timeout: 60000 });
    const lines = page.locator('.monaco-editor .view-lines .view-line');
    const unwrapped = await lines.count();
    const turnOn = page.locator('.notifications-toasts .monaco-button', { hasText: /^Turn On$/ }).first();
    result.offered = await turnOn.waitFor({ timeout: 30000 }).then(
      () => true,
      () => false,
    );
    await page.waitForTimeout(400);
    await page.screenshot({ path: file });
    if (!result.offered) throw new Error('no word-wrap offer');
    await turnOn.click();
    file = WRAPPED_SCREENSHOT;
    // Wrapped, each paragraph takes several rows: more rows render for the same lines.
    for (let i = 0; i < 40 && !result.wrapped; i++) {
      await page.waitForTimeout(250);
      result.wrapped = (await lines.count()) > unwrapped;
    }
    const settingsFile = path.join(folder, '.vscode', 'settings.json');
    result.setting = fs.existsSync(settingsFile) ? fs.readFileSync(settingsFile, 'utf8').replace(/\s+/g, ' ') : '';
    const editorBox = await page.locator('.monaco-editor .view-lines').first().boundingBox();
    await page.mouse.move(editorBox.x + 300, editorBox.y + 200);
    for (let i = 0; i < 3; i++) await page.mouse.wheel(0, 60);
    await page.waitForTimeout(800);
    const sticky = await texts(page.locator('.monaco-editor .sticky-widget .sticky-line-content'));
    log(
      `offered: ${result.offered}; rows ${unwrapped} → ${await lines.count()}; settings: ${result.setting}; sticky: ${sticky.join(' | ')}`,
    );
    await page.screenshot({ path: file });
  } catch (err) {
    result.error = err.message.split('\n')[0];
  } finally {
    if (context) await context.close().catch(() => {});
    if (server) await server.stop();
    fs.rmSync(copy, { recursive: true, force: true });
  }
  result.ok = !result.error && result.offered && result.wrapped && /"editor\.wordWrap": "on"/.test(result.setting);
  if (!result.ok && !result.error) {
    result.error = [
      !result.wrapped && 'the article did not wrap',
      !/wordWrap/.test(result.setting) && 'no workspace setting written',
    ]
      .filter(Boolean)
      .join('; ');
  }
  return result;
}

module.exports = {
  runOutlineScreenshot,
  runWordWrapScreenshots,
  textBox,
  editorLine,
  OUTLINE_SCREENSHOT,
  WRAP_OFFER_SCREENSHOT,
  WRAPPED_SCREENSHOT,
};

if (require.main === module) {
  // Standalone: `node scripts/screenshots/editor.js` (after `npm run build`).
  host.runStandalone(async session => {
    const outline = await runOutlineScreenshot(session);
    console.log(`screenshot: ${outline.file}`);
    console.log(outline.ok ? 'outline screenshot passed' : `outline screenshot FAILED: ${outline.error}`);
    const wrap = await runWordWrapScreenshots(session);
    for (const file of wrap.files) console.log(`screenshot: ${file}`);
    console.log(wrap.ok ? 'word-wrap screenshots passed' : `word-wrap screenshots FAILED: ${wrap.error}`);
    return outline.ok && wrap.ok;
  });
}
