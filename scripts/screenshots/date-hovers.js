// Screenshots of the hover card on a date, in code-server: one the text dates fully ("In January 2003",
// test-output/screenshots/hover-date-dated.png) and one without a year in an article whose own year is
// unknown ("On November 29", hover-date-no-year.png). The words hovered are the seeds'; the card is
// found by its role, since what it says changes with the date display.
'use strict';
const fs = require('fs');
const path = require('path');
const host = require('../lib/vscode-host');
const { textBox, editorLine } = require('./editor');

const SEEDS = path.join(host.ROOT, 'seeds');
const DIR = path.join(host.ROOT, 'test-output', 'screenshots');
const HOVERS = [
  {
    name: 'dated',
    seed: '001_b0e5feebaca363bc.txt',
    line: 'In January 2003, North Korea',
    word: /January\s2003/,
    file: path.join(DIR, 'hover-date-dated.png'),
  },
  {
    name: 'no year',
    seed: '000_d6490ba55f8250cf.txt',
    line: 'On November 29, North Korea',
    word: /November\s29/,
    file: path.join(DIR, 'hover-date-no-year.png'),
  },
];
const CODES = /\bXXXX-[\dWX-]+|\b(?:PAST|PRESENT|FUTURE)_REF\b/;

/**
 * Puts the cursor in `word` and shows the hover there from the keyboard (Ctrl+K Ctrl+I), until a card
 * shows more than "Loading…": the card's text, or '' when none came.
 */
async function hoverOver(page, line, word) {
  const card = page.locator('.monaco-hover .hover-contents:visible');
  const cardText = async () => (await card.allInnerTexts()).join(' ').replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 20; i++) {
    const box = await textBox(line, word);
    if (!box) throw new Error(`${word} not found in the rendered line`);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    await card
      .first()
      .waitFor({ timeout: 3000 })
      .catch(() => {});
    for (let j = 0; j < 20 && /^Loading/i.test(await cardText()); j++) await page.waitForTimeout(250);
    const text = await cardText();
    if (text && !/^Loading/i.test(text)) {
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2); // the card stays while the mouse is on the word
      await page.waitForTimeout(400); // the card fades in
      return text;
    }
    await page.keyboard.press('Escape');
    await page.waitForTimeout(500);
  }
  return '';
}

/**
 * Runs against an already started code-server and browser.
 * Resolves { ok, hovers: { dated, 'no year' }, codes, files, error? }; never rejects.
 */
async function runDateHoverScreenshots({ server, browser, log = m => process.stderr.write(`[date-hovers] ${m}\n`) }) {
  const result = { ok: false, hovers: {}, codes: [], files: HOVERS.map(h => h.file) };
  fs.mkdirSync(DIR, { recursive: true });
  for (const hover of HOVERS) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 800 } });
    const page = await context.newPage();
    try {
      const url = host.workbenchUrl(server.port, SEEDS, {
        extensionDevelopmentPath: host.ROOT,
        openFile: path.join(SEEDS, hover.seed),
      });
      await page.goto(url, { timeout: 60000 });
      const line = editorLine(page, hover.line);
      await line.waitFor({ timeout: 60000 });
      const text = await hoverOver(page, line, hover.word);
      result.hovers[hover.name] = text;
      if (CODES.test(text)) result.codes.push(`${hover.name}: ${text}`);
      log(`${hover.name}: ${text ? `"${text.slice(0, 160)}"` : 'no hover'}`);
      await page.screenshot({ path: hover.file });
    } catch (err) {
      result.error = `${hover.name}: ${err.message.split('\n')[0]}`;
      await page.screenshot({ path: hover.file }).catch(() => {});
    } finally {
      await context.close().catch(() => {});
    }
  }
  const shown = HOVERS.every(h => result.hovers[h.name]);
  // The dated card names its year, whatever the words around it.
  const yearShown = /2003/.test(result.hovers.dated || '');
  result.ok = !result.error && shown && yearShown;
  if (!result.ok && !result.error)
    result.error = !shown ? 'a date showed no hover card' : 'the hover on "January 2003" does not name 2003';
  return result;
}

module.exports = { runDateHoverScreenshots };

if (require.main === module) {
  host.runStandalone(async session => {
    const r = await runDateHoverScreenshots(session);
    for (const file of r.files) console.log(`screenshot: ${file}`);
    console.log(r.ok ? 'date hover screenshots passed' : `date hover screenshots FAILED: ${r.error}`);
    return r.ok;
  });
}
