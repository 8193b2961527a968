// Screenshots of the Events view and the events timeline in code-server, for `npm test`:
// test-output/screenshots/events-panel.png (a seed article with the cursor in a sentence, its event
// selected in the view) and timeline.png (the timeline webview with a mark hovered).
'use strict';
const fs = require('fs');
const path = require('path');
const host = require('../lib/vscode-host');

const SEEDS = path.join(host.ROOT, 'seeds');
const SEED_FILE = path.join(SEEDS, '000_d6490ba55f8250cf.txt');
const DIR = path.join(host.ROOT, 'test-output', 'screenshots');
const PANEL_SCREENSHOT = path.join(DIR, 'events-panel.png');
const TIMELINE_SCREENSHOT = path.join(DIR, 'timeline.png');
const SENTENCE = 'North Korea conducted a missile launch';

/**
 * Runs against an already started code-server and browser.
 * Resolves { ok, selected, lanes, files, error? }; never rejects.
 */
async function runEventsScreenshots({ server, browser, log = (m) => process.stderr.write(`[events-screenshots] ${m}\n`) }) {
  const result = { ok: false, selected: '', lanes: 0, files: [PANEL_SCREENSHOT, TIMELINE_SCREENSHOT] };
  fs.mkdirSync(DIR, { recursive: true });
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  try {
    const url = host.workbenchUrl(server.port, SEEDS, { extensionDevelopmentPath: host.ROOT, openFile: SEED_FILE });
    await page.goto(url, { timeout: 60000 });
    const line = page.locator('.monaco-editor .view-line', { hasText: SENTENCE.replace(/ /g, '\u00a0') }).first();
    await line.waitFor({ timeout: 60000 });
    await page.locator('.part.activitybar [aria-label^="News Lens"]').first().click({ timeout: 30000 });
    // Other views of the container share the side bar; folded, they leave it to Events.
    for (const header of await page.locator(`${host.NEWS_LENS_VIEW} .pane-header`).all()) {
      const title = (await header.innerText()).trim();
      if (!/^Events/i.test(title) && (await header.getAttribute('aria-expanded')) === 'true') await header.click();
    }
    const rows = page.locator(`${host.NEWS_LENS_VIEW} .monaco-list[aria-label="Events"] .monaco-list-row`);
    await rows.first().waitFor({ timeout: 30000 });
    // A wider side bar, so that event labels read whole.
    const sidebar = await page.locator('.part.sidebar').boundingBox();
    if (sidebar) {
      await page.mouse.move(sidebar.x + sidebar.width + 1, sidebar.y + sidebar.height / 2);
      await page.mouse.down();
      await page.mouse.move(sidebar.x + 560, sidebar.y + sidebar.height / 2, { steps: 8 });
      await page.mouse.up();
    }

    // The cursor in the launch sentence selects its event in the view.
    const selected = page.locator(`${host.NEWS_LENS_VIEW} .monaco-list[aria-label="Events"] .monaco-list-row.selected`, { hasText: 'missile launch' });
    for (let i = 0; i < 10 && !(await selected.isVisible()); i++) {
      await line.click();
      await selected.waitFor({ timeout: 2000 }).catch(() => {});
    }
    result.selected = (await selected.isVisible()) ? (await selected.innerText()).replace(/\s+/g, ' ').trim() : '';
    log(`Events rows: ${await rows.count()}; selected from the cursor: "${result.selected}"`);
    // Hovering the view's header shows its buttons: group by date or actor, filter, timeline.
    await page.locator(`${host.NEWS_LENS_VIEW} .pane-header`, { hasText: 'Events' }).first().hover();
    await page.waitForTimeout(400);
    await page.screenshot({ path: PANEL_SCREENSHOT });

    // The timeline, alone in the editor area, with one mark hovered.
    await host.runCommand(page, 'View: Close All Editors');
    await host.runCommand(page, 'News Lens: Open Events Timeline');
    const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await frame.locator('svg.timeline').waitFor({ timeout: 30000 });
    result.lanes = await frame.locator('svg.timeline g.lane').count();
    const mark = frame.locator('g.mark[data-label*="missile launch"]').first();
    await mark.hover();
    await frame.locator('#tooltip:not([hidden])').waitFor({ timeout: 5000 }).catch(() => {});
    await page.waitForTimeout(300);
    log(`timeline lanes: ${result.lanes}`);
    await page.screenshot({ path: TIMELINE_SCREENSHOT });
  } catch (err) {
    result.error = err.message.split('\n')[0];
    await page.screenshot({ path: result.lanes ? TIMELINE_SCREENSHOT : PANEL_SCREENSHOT }).catch(() => {});
  } finally {
    await context.close().catch(() => {});
  }
  result.ok = !result.error && result.selected !== '' && result.lanes === 3;
  if (!result.ok && !result.error) {
    result.error = [!result.selected && 'the cursor did not select the launch in the Events view',
      result.lanes !== 3 && `the timeline has ${result.lanes} lanes, not 3`].filter(Boolean).join('; ');
  }
  return result;
}

module.exports = { runEventsScreenshots, PANEL_SCREENSHOT, TIMELINE_SCREENSHOT };

if (require.main === module) {
  // Standalone: `node scripts/screenshot-events.js` (after `npm run build`).
  host.runStandalone(async (session) => {
    const r = await runEventsScreenshots(session);
    for (const file of r.files) console.log(`screenshot: ${file}`);
    console.log(r.ok ? 'events screenshots passed' : `events screenshots FAILED: ${r.error}`);
    return r.ok;
  });
}
