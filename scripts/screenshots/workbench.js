// Screenshot smoke test: opens a seed article in code-server with News Lens loaded, shows the Events view and a hover, saves test-output/screenshots/workbench.png.
'use strict';
const fs = require('fs');
const path = require('path');
const host = require('../lib/vscode-host');
const { textBox } = require('./editor');

const SEEDS = path.join(host.ROOT, 'seeds');
const SEED_FILE = path.join(SEEDS, '000_d6490ba55f8250cf.txt');
const SCREENSHOT = path.join(host.ROOT, 'test-output', 'screenshots', 'workbench.png');
const WORD = /North\sKorea(?![A-Za-z])/; // not "North Korean"; Monaco renders spaces as U+00A0 (\s matches it)

/**
 * Runs against an already started code-server (`server`) and browser.
 * Resolves { ok, hover, rows, file, error? }; never rejects.
 */
async function runScreenshotTest({
  server,
  browser,
  file = SCREENSHOT,
  log = m => process.stderr.write(`[screenshot] ${m}\n`),
}) {
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
    const rows = page.locator(
      '[id="workbench.view.extension.newsLens"] .monaco-list[aria-label="Events"] .monaco-list-row',
    );
    await rows
      .first()
      .waitFor({ timeout: 30000 })
      .catch(() => {});
    result.rows = await rows.count();
    log(`Events view rows: ${result.rows}`);

    // Hover the word; retry until the extension is active and its hover shows, with the whole workspace
    // scanned (North Korea is named in all three seeds), so the picture shows the finished card.
    const hover = page.locator('.monaco-hover', { hasText: /North Korea[\s\S]*in 3 articles/ });
    for (let i = 0; i < 30 && !(await hover.isVisible()); i++) {
      const box = await textBox(line, WORD);
      if (!box) throw new Error('"North Korea" not found in the rendered line');
      // Away to the empty activity bar (not onto the card, which would keep an early one open), then back.
      await page.mouse.move(5, 600);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await hover
        .first()
        .waitFor({ timeout: 1500 })
        .catch(() => {});
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
    result.error = [!result.hover && 'no hover with "North Korea"', result.rows === 0 && 'Events view has no rows']
      .filter(Boolean)
      .join('; ');
  }
  return result;
}

const ACTORS_SCREENSHOT = path.join(host.ROOT, 'test-output', 'screenshots', 'actors-view.png');
const ACTORS_FILE = path.join(SEEDS, '004_0b466d24d87483c2.txt');

/**
 * The Actors view beside Events: opens seed 004, collapses Events, expands the top actor and clicks one
 * of its mentions (the editor selects it), saves test-output/screenshots/actors-view.png; then presses
 * F2 on a name and expects the "cannot be renamed" notification, since articles are read-only.
 * Resolves { ok, rows, revealed, noRename, file, error? }; never rejects.
 */
async function runActorsScreenshot({
  server,
  browser,
  file = ACTORS_SCREENSHOT,
  log = m => process.stderr.write(`[actors-screenshot] ${m}\n`),
}) {
  const result = { ok: false, rows: 0, revealed: false, noRename: false, file };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  const view = '[id="workbench.view.extension.newsLens"]';
  try {
    const url = host.workbenchUrl(server.port, SEEDS, { extensionDevelopmentPath: host.ROOT, openFile: ACTORS_FILE });
    await page.goto(url, { timeout: 60000 });
    await page.locator('.monaco-editor .view-line', { hasText: 'Lavrov' }).first().waitFor({ timeout: 60000 });
    await page.locator('.part.activitybar [aria-label^="News Lens"]').first().click({ timeout: 30000 });

    // A wider side bar, so that mention rows show their line around the name: drag its edge.
    const sidebar = await page.locator('.part.sidebar').first().boundingBox();
    if (sidebar) {
      const y = sidebar.y + sidebar.height / 2;
      await page.mouse.move(sidebar.x + sidebar.width - 1, y);
      await page.mouse.down();
      await page.mouse.move(sidebar.x + 520, y, { steps: 10 });
      await page.mouse.up();
    }
    // Events above takes half the side bar; folded, it leaves the room to Actors.
    const header = name => page.locator(`${view} .pane-header`, { hasText: name }).first();
    await header('Events').waitFor({ timeout: 30000 });
    for (let i = 0; i < 3 && (await header('Events').getAttribute('aria-expanded')) !== 'false'; i++) {
      await header('Events').click();
      await page.waitForTimeout(300);
    }
    if ((await header('Actors').getAttribute('aria-expanded')) === 'false') await header('Actors').click();
    const rows = page.locator(`${view} .monaco-list[aria-label="Actors"] .monaco-list-row`);
    await rows.first().waitFor({ timeout: 30000 });
    const top = rows.first();
    log(`top actor: ${(await top.innerText()).replace(/\s+/g, ' ')}`);
    await top.click();
    // actor > its articles (open) > their mentions, whose rows highlight the name: click the second mention.
    await rows.nth(3).waitFor({ timeout: 10000 });
    const mention = rows.filter({ has: page.locator('.label-name .highlight') }).nth(1);
    const mentionText = (await mention.locator('.label-name').innerText()).trim();
    await mention.click();
    result.rows = await rows.count();
    log(`Actors view rows: ${result.rows}; clicked "${mentionText}"`);

    // The click opens the article with the mention selected.
    const selected = page.locator('.monaco-editor .selected-text').first();
    result.revealed = await selected.waitFor({ timeout: 10000 }).then(
      () => true,
      () => false,
    );
    log(`mention selected in the editor: ${result.revealed}`);
    await page.waitForTimeout(500);
    await page.screenshot({ path: file });

    // F2 in the article: no rename, but a notification that says why.
    await page.locator('.monaco-editor .view-line', { hasText: 'Korean Peninsula' }).first().click();
    await page.keyboard.press('F2');
    const toast = page.locator('.notifications-toasts', { hasText: 'cannot be renamed' });
    result.noRename = await toast
      .first()
      .waitFor({ timeout: 10000 })
      .then(
        () => true,
        () => false,
      );
    const renameBox = await page.locator('.rename-box').count();
    if (renameBox > 0) result.noRename = false;
    log(`F2 notification shown: ${result.noRename}; rename box: ${renameBox}`);
  } catch (err) {
    result.error = err.message.split('\n')[0];
    await page.screenshot({ path: file }).catch(() => {});
  } finally {
    await context.close().catch(() => {});
  }
  result.ok = !result.error && result.rows > 0 && result.revealed && result.noRename;
  if (!result.ok && !result.error) {
    result.error = [
      result.rows === 0 && 'Actors view has no rows',
      !result.revealed && 'a mention click selected nothing',
      !result.noRename && 'F2 did not say names cannot be renamed',
    ]
      .filter(Boolean)
      .join('; ');
  }
  return result;
}

module.exports = { runScreenshotTest, SCREENSHOT, runActorsScreenshot, ACTORS_SCREENSHOT };

if (require.main === module) {
  // Standalone: `node scripts/screenshot.js` (after `npm run build`).
  host.runStandalone(async session => {
    const r = await runScreenshotTest(session);
    console.log(`screenshot: ${r.file}`);
    console.log(r.ok ? 'screenshot smoke test passed' : `screenshot smoke test FAILED: ${r.error}`);
    const actors = await runActorsScreenshot(session);
    console.log(`screenshot: ${actors.file}`);
    console.log(
      actors.ok ? 'Actors view screenshot test passed' : `Actors view screenshot test FAILED: ${actors.error}`,
    );
    return r.ok && actors.ok;
  });
}
