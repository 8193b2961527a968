// Screenshot smoke test: opens a seed article in code-server with News Lens loaded, shows the Events view and a hover, saves test-output/screenshots/workbench.png.
'use strict';
const fs = require('fs');
const path = require('path');
const host = require('./vscode-host');

const SEEDS = path.join(host.ROOT, 'seeds');
const SEED_FILE = path.join(SEEDS, '000_d6490ba55f8250cf.txt');
const SCREENSHOT = path.join(host.ROOT, 'test-output', 'screenshots', 'workbench.png');
const WORD = /North\sKorea(?![A-Za-z])/; // not "North Korean"; Monaco renders spaces as U+00A0 (\s matches it)

/** Page rectangle of the first WORD match inside a rendered editor line (Monaco splits lines into spans). */
async function wordBox(line) {
  return line.evaluate((el, src) => {
    const re = new RegExp(src);
    const nodes = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let text = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push([n, text.length]); text += n.data; }
    const m = re.exec(text.replace(/\u00a0/g, ' '));
    if (!m) return null;
    const at = (i) => { const [n, off] = nodes.filter(([, o]) => o <= i).pop(); return [n, i - off]; };
    const range = document.createRange();
    range.setStart(...at(m.index));
    const [endNode, endOff] = at(m.index + m[0].length - 1);
    range.setEnd(endNode, endOff + 1);
    const r = range.getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  }, WORD.source);
}

/**
 * Runs against an already started code-server (`server`) and browser.
 * Resolves { ok, hover, rows, file, error? }; never rejects.
 */
async function runScreenshotTest({ server, browser, file = SCREENSHOT, log = (m) => process.stderr.write(`[screenshot] ${m}\n`) }) {
  const result = { ok: false, hover: false, rows: 0, file };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  try {
    const url = host.workbenchUrl(server.port, SEEDS, { extensionDevelopmentPath: host.ROOT, openFile: SEED_FILE });
    await page.goto(url, { timeout: 60000 });
    const line = page.locator('.monaco-editor .view-line', { hasText: WORD }).first();
    await line.waitFor({ timeout: 60000 });
    log('editor shows the article');

    // Open the News Lens view container from the activity bar.
    const item = page.locator('.part.activitybar [aria-label^="News Lens"]').first();
    await item.waitFor({ timeout: 30000 });
    await item.click();
    const rows = page.locator('[id="workbench.view.extension.newsLens"] .monaco-list[aria-label="Events"] .monaco-list-row');
    await rows.first().waitFor({ timeout: 30000 }).catch(() => {});
    result.rows = await rows.count();
    log(`Events view rows: ${result.rows}`);

    // Hover the word; retry until the extension is active and its hover shows.
    const hover = page.locator('.monaco-hover', { hasText: 'North Korea' });
    for (let i = 0; i < 30 && !(await hover.isVisible()); i++) {
      const box = await wordBox(line);
      if (!box) throw new Error('"North Korea" not found in the rendered line');
      await page.mouse.move(box.x + 200, box.y + 300);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await hover.first().waitFor({ timeout: 1500 }).catch(() => {});
    }
    result.hover = await hover.first().isVisible();
    if (result.hover) await page.waitForTimeout(500); // let the hover finish fading in
    log(`hover shown: ${result.hover}`);
    if (result.rows === 0) result.rows = await rows.count();
  } catch (err) {
    result.error = err.message.split('\n')[0];
  } finally {
    await page.screenshot({ path: file }).catch(() => {});
    await context.close().catch(() => {});
  }
  result.ok = !result.error && result.hover && result.rows > 0;
  if (!result.ok && !result.error) {
    result.error = [!result.hover && 'no hover with "North Korea"', result.rows === 0 && 'Events view has no rows'].filter(Boolean).join('; ');
  }
  return result;
}

module.exports = { runScreenshotTest, SCREENSHOT };

if (require.main === module) {
  // Standalone: `node scripts/screenshot.js` (after `npm run build`).
  (async () => {
    require('./ensure-deps').ensureTestEnv();
    const server = await host.startCodeServer();
    const browser = await host.launchBrowser();
    try {
      const r = await runScreenshotTest({ server, browser });
      console.log(`screenshot: ${r.file}`);
      console.log(r.ok ? 'screenshot smoke test passed' : `screenshot smoke test FAILED: ${r.error}`);
      process.exitCode = r.ok ? 0 : 1;
    } finally {
      await browser.close();
      await server.stop();
    }
  })().catch((err) => { console.error(err); process.exit(1); });
}
