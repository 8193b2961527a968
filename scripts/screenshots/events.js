// Screenshots of the Events view and the events timeline (alone in the window) in code-server, for `npm test`:
// test-output/screenshots/events-panel.png (a seed article with the cursor in a sentence, its event
// selected in the view); timeline-light.png and timeline-dark.png (the timeline webview with a mark
// hovered, in Default Light Modern and Default Dark Modern; timeline.png is the light one, like the README's other pictures),
// timeline-high-contrast.png and timeline-high-contrast-light.png;
// timeline-narrow.png (a narrow window: the timeline scrolls, and its edge says how many events lie past it).
'use strict';
const fs = require('fs');
const path = require('path');
const host = require('../lib/vscode-host');

const SEEDS = path.join(host.ROOT, 'seeds');
const SEED_FILE = path.join(SEEDS, '000_d6490ba55f8250cf.txt');
const DIR = path.join(host.ROOT, 'test-output', 'screenshots');
const PANEL_SCREENSHOT = path.join(DIR, 'events-panel.png');
const TIMELINE_SCREENSHOT = path.join(DIR, 'timeline.png');
const THEMES = [
  { name: 'Default Light Modern', file: path.join(DIR, 'timeline-light.png'), workbench: '.monaco-workbench.vs' },
  { name: 'Default Dark Modern', file: path.join(DIR, 'timeline-dark.png'), workbench: '.monaco-workbench.vs-dark' },
  {
    name: 'Default High Contrast',
    file: path.join(DIR, 'timeline-high-contrast.png'),
    workbench: '.monaco-workbench.hc-black',
  },
  {
    name: 'Default High Contrast Light',
    file: path.join(DIR, 'timeline-high-contrast-light.png'),
    workbench: '.monaco-workbench.hc-light',
  },
];
const NARROW_SCREENSHOT = path.join(DIR, 'timeline-narrow.png');
const SENTENCE = 'North Korea conducted a missile launch';

/** Picks a colour theme as a user would (the theme picker writes it to the user settings), and waits until the workbench shows it. */
async function setTheme(page, theme) {
  // The palette also offers "Preferences: Browse Color Themes in Marketplace": a click on the command's own row.
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.fill('>Preferences: Color Theme');
  await page
    .locator('.quick-input-list .monaco-list-row', { hasText: /^\s*Preferences: Color Theme/ })
    .first()
    .click({ timeout: 10000 });
  await page.waitForTimeout(300);
  await input.fill(theme.name);
  // A click on the theme's own row: Enter could take "Browse Additional Color Themes…" instead.
  // A row reads "Light Modern  Default Light Modern": the setting's name comes last.
  const rows = page.locator('.quick-input-list .monaco-list-row');
  await rows.first().waitFor({ timeout: 10000 });
  await page.waitForTimeout(300);
  const texts = await rows.evaluateAll(list =>
    list.map(row => (row.getAttribute('aria-label') || row.textContent || '').trim()),
  );
  const index = texts.findIndex(
    text =>
      text === theme.name ||
      text.endsWith(` ${theme.name}`) ||
      text.startsWith(`${theme.name},`) ||
      text.replace(/\s+/g, ' ').endsWith(theme.name),
  );
  if (index < 0) throw new Error(`no row for ${theme.name} in the theme picker: ${JSON.stringify(texts)}`);
  await rows.nth(index).click({ timeout: 10000 });
  await page.locator(theme.workbench).first().waitFor({ timeout: 15000 });
}

/** Takes the theme out of the user settings again, so that later screenshots have the default. */
function forgetTheme(server) {
  const file = path.join(server.dir, 'user-data', 'User', 'settings.json');
  try {
    const settings = JSON.parse(fs.readFileSync(file, 'utf8'));
    delete settings['workbench.colorTheme'];
    fs.writeFileSync(file, JSON.stringify(settings, null, 2));
  } catch {
    // no settings file: nothing to forget
  }
}

/**
 * What the timeline webview shows now: its width and the drawing's, the lanes, and the edge at the right
 * (shown when events lie past it, with their count).
 */
async function timelineState(frame) {
  return frame.locator('body').evaluate(() => {
    const main = document.getElementById('timeline');
    const svg = main.querySelector('svg.timeline');
    const edge = document.querySelector('.edge.right');
    return {
      panel: main.clientWidth,
      drawing: svg ? svg.width.baseVal.value : 0,
      lanes: main.querySelectorAll('svg.timeline g.lane').length,
      edge: edge && !edge.hidden ? edge.textContent : null,
      undated: main.querySelectorAll('.undated-band').length,
      breaks: main.querySelectorAll('svg.timeline g.break').length,
    };
  });
}

/**
 * Runs against an already started code-server and browser.
 * Resolves { ok, selected, lanes, themes, narrowEdge, files, error? }; never rejects.
 */
async function runEventsScreenshots({
  server,
  browser,
  log = m => process.stderr.write(`[events-screenshots] ${m}\n`),
}) {
  const result = {
    ok: false,
    selected: '',
    lanes: 0,
    themes: [],
    narrowEdge: null,
    files: [PANEL_SCREENSHOT, ...THEMES.map(t => t.file), TIMELINE_SCREENSHOT, NARROW_SCREENSHOT],
  };
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
    const selected = page.locator(
      `${host.NEWS_LENS_VIEW} .monaco-list[aria-label="Events"] .monaco-list-row.selected`,
      { hasText: 'missile launch' },
    );
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

    // The timeline, alone in the editor area, with one mark hovered, in a light and a dark theme.
    await host.runCommand(page, 'View: Close All Editors');
    await host.runCommand(page, 'View: Close Primary Side Bar');
    await host.runCommand(page, 'News Lens: Open Events Timeline');
    const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await frame.locator('svg.timeline').waitFor({ timeout: 30000 });
    for (const theme of THEMES) {
      await setTheme(page, theme);
      await page.waitForTimeout(800);
      const mark = frame.locator('g.mark[data-label*="missile launch"]').first();
      await mark.hover();
      await frame
        .locator('#tooltip:not([hidden])')
        .waitFor({ timeout: 5000 })
        .catch(() => {});
      await page.waitForTimeout(300);
      const state = await timelineState(frame);
      result.themes.push({ theme: theme.name, ...state });
      log(`${theme.name}: ${JSON.stringify(state)}`);
      await page.screenshot({ path: theme.file });
      if (theme.name === 'Default Light Modern') fs.copyFileSync(theme.file, TIMELINE_SCREENSHOT);
    }
    result.lanes = Math.min(...result.themes.map(t => t.lanes));

    // A narrow window, in the light theme: the drawing keeps room for its dates and the panel scrolls,
    // saying what lies past its edge.
    await setTheme(page, THEMES[0]);
    await page.mouse.move(5, 500);
    await page.setViewportSize({ width: 900, height: 1000 });
    await frame
      .locator('.edge.right:not([hidden])')
      .waitFor({ timeout: 10000 })
      .catch(() => {});
    await page.waitForTimeout(500);
    const narrow = await timelineState(frame);
    result.narrowEdge = narrow.edge;
    log(`narrow: ${JSON.stringify(narrow)}`);
    await page.screenshot({ path: NARROW_SCREENSHOT });
  } catch (err) {
    result.error = err.message.split('\n')[0];
    await page.screenshot({ path: result.lanes ? TIMELINE_SCREENSHOT : PANEL_SCREENSHOT }).catch(() => {});
  } finally {
    await context.close().catch(() => {});
    forgetTheme(server);
  }
  const problems = [
    !result.selected && 'the cursor did not select the launch in the Events view',
    result.lanes !== 3 && `the timeline has ${result.lanes} lanes, not 3`,
    ...result.themes
      .filter(t => t.drawing > t.panel + 1)
      .map(t => `in ${t.theme} the drawing (${t.drawing} px) is wider than the panel (${t.panel} px)`),
    ...result.themes
      .filter(t => t.breaks === 0 || t.undated === 0)
      .map(t => `in ${t.theme} the axis has ${t.breaks} breaks and ${t.undated} bands without a year`),
    !/\d+ more events? →/.test(result.narrowEdge || '') &&
      `the narrow timeline's right edge says "${result.narrowEdge}", not how many events lie past it`,
  ].filter(Boolean);
  if (!result.error && problems.length) result.error = problems.join('; ');
  result.ok = !result.error;
  return result;
}

module.exports = { runEventsScreenshots, PANEL_SCREENSHOT, TIMELINE_SCREENSHOT, NARROW_SCREENSHOT };

if (require.main === module) {
  // Standalone: `node scripts/screenshot-events.js` (after `npm run build`).
  host.runStandalone(async session => {
    const r = await runEventsScreenshots(session);
    for (const file of r.files) console.log(`screenshot: ${file}`);
    console.log(r.ok ? 'events screenshots passed' : `events screenshots FAILED: ${r.error}`);
    return r.ok;
  });
}
