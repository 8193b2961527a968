// Screenshots of the Events view grouped by article, by date, by actor and by happening, in code-server:
// test-output/screenshots/events-by-article.png, events-by-date.png, events-by-actor.png,
// events-by-happening.png. Rows are found
// by the view's role and place, not by their words, which change as the display of dates and headlines does.
'use strict';
const fs = require('fs');
const path = require('path');
const host = require('../lib/vscode-host');

const SEEDS = path.join(host.ROOT, 'seeds');
const SEED_FILE = path.join(SEEDS, '000_d6490ba55f8250cf.txt');
const DIR = path.join(host.ROOT, 'test-output', 'screenshots');
const GROUPINGS = [
  { name: 'article', command: 'News Lens: Group Events by Article', file: path.join(DIR, 'events-by-article.png') },
  { name: 'date', command: 'News Lens: Group Events by Date', file: path.join(DIR, 'events-by-date.png') },
  { name: 'actor', command: 'News Lens: Group Events by Actor', file: path.join(DIR, 'events-by-actor.png') },
  {
    name: 'happening',
    command: 'News Lens: Group Events by Happening',
    file: path.join(DIR, 'events-by-happening.png'),
  },
];
// What a reader should not see in a row's label: a TIMEX3 value or a hashed file name (reported, not failed on).
const CODES = /\bXXXX-[\dWX-]+|\b(?:PAST|PRESENT|FUTURE)_REF\b|\b\d{3}_[0-9a-f]{16}\.txt\b|\b\d{4}-\d{2}-\d{2}\b/;

/**
 * Runs against an already started code-server and browser.
 * Resolves { ok, groups: { article, date, actor, happening }, codes, files, error? }; never rejects.
 */
async function runEventsGroupingScreenshots({
  server,
  browser,
  log = m => process.stderr.write(`[events-groupings] ${m}\n`),
}) {
  const result = { ok: false, groups: {}, codes: [], files: GROUPINGS.map(g => g.file) };
  fs.mkdirSync(DIR, { recursive: true });
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  let current = GROUPINGS[0];
  try {
    const url = host.workbenchUrl(server.port, SEEDS, { extensionDevelopmentPath: host.ROOT, openFile: SEED_FILE });
    await page.goto(url, { timeout: 60000 });
    await page.locator('.monaco-editor .view-line').first().waitFor({ timeout: 60000 });
    await page.locator('.part.activitybar [aria-label^="News Lens"]').first().click({ timeout: 30000 });
    const view = page.locator(host.NEWS_LENS_VIEW);
    const events = view.locator('.monaco-list[aria-label="Events"]');
    await events.locator('.monaco-list-row').first().waitFor({ timeout: 30000 });
    // The view's other panes fold, leaving the side bar to Events; the side bar widens so labels read whole.
    for (const header of await view.locator('.pane-header').all()) {
      const owns = await header.evaluate(
        (el, list) => !!el.parentElement?.querySelector(list),
        '.monaco-list[aria-label="Events"]',
      );
      if (!owns && (await header.getAttribute('aria-expanded')) === 'true') await header.click();
    }
    const sidebar = await page.locator('.part.sidebar').boundingBox();
    if (sidebar) {
      await page.mouse.move(sidebar.x + sidebar.width + 1, sidebar.y + sidebar.height / 2);
      await page.mouse.down();
      await page.mouse.move(sidebar.x + 620, sidebar.y + sidebar.height / 2, { steps: 8 });
      await page.mouse.up();
    }
    for (const grouping of GROUPINGS) {
      current = grouping;
      const before = (await events.locator('.monaco-list-row').first().innerText()).trim();
      await host.runCommand(page, grouping.command);
      // Top-level rows are the groups; the first one changes when the grouping does (not for the first, already shown).
      const groups = events.locator('.monaco-list-row[aria-level="1"]');
      for (let i = 0; i < 20 && grouping !== GROUPINGS[0] && (await groups.first().innerText()).trim() === before; i++)
        await page.waitForTimeout(250);
      // By actor and by happening, groups start folded: the first two open to show their events.
      for (let i = 0; i < 2; i++) {
        const row = groups.nth(i);
        if ((await row.count()) && (await row.getAttribute('aria-expanded')) === 'false')
          await row.locator('.monaco-tl-twistie').click();
      }
      await page.waitForTimeout(400);
      const labels = (await events.locator('.monaco-list-row').allInnerTexts()).map(t => t.replace(/\s+/g, ' ').trim());
      result.groups[grouping.name] = { groups: await groups.count(), rows: labels.length, first: labels[0] || '' };
      result.codes.push(...labels.filter(l => CODES.test(l)).map(l => `${grouping.name}: ${l}`));
      log(
        `by ${grouping.name}: ${result.groups[grouping.name].groups} groups, ${labels.length} rows; first "${labels[0]}"`,
      );
      // The editor takes the focus back (no focus frame on a row), the mouse leaves the rows (no hover highlight).
      await page
        .locator('.monaco-editor .view-lines')
        .first()
        .click({ position: { x: 5, y: 5 } });
      await page.mouse.move(900, 500);
      await page.screenshot({ path: grouping.file });
    }
    if (result.codes.length) log(`codes or file names in labels: ${result.codes.length} (e.g. "${result.codes[0]}")`);
  } catch (err) {
    result.error = `by ${current.name}: ${err.message.split('\n')[0]}`;
    await page.screenshot({ path: current.file }).catch(() => {});
  } finally {
    await context.close().catch(() => {});
  }
  const firsts = new Set(GROUPINGS.map(g => result.groups[g.name]?.first));
  const counted = GROUPINGS.every(g => result.groups[g.name]?.groups > 0);
  result.ok = !result.error && counted && firsts.size === GROUPINGS.length;
  if (!result.ok && !result.error)
    result.error = !counted ? 'a grouping shows no group' : 'two groupings start with the same row';
  return result;
}

module.exports = { runEventsGroupingScreenshots };

if (require.main === module) {
  host.runStandalone(async session => {
    const r = await runEventsGroupingScreenshots(session);
    for (const file of r.files) console.log(`screenshot: ${file}`);
    console.log(r.ok ? 'events grouping screenshots passed' : `events grouping screenshots FAILED: ${r.error}`);
    return r.ok;
  });
}
