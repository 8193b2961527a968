// A new user's path in code-server, for `npm test`: open the seeds folder, open the Getting Started walkthrough
// from the Command Palette and press each step's button, checking on screen that it did what it says.
// Saves test-output/screenshots/walkthrough.png (the walkthrough beside the article it opened) and
// peek-definition.png (Peek Definition on North Korea, listing its first mention in each of the three articles).
'use strict';
const fs = require('fs');
const path = require('path');
const host = require('../lib/vscode-host');

const SEEDS = path.join(host.ROOT, 'seeds');
const DIR = path.join(host.ROOT, 'test-output', 'screenshots');
const WALKTHROUGH_SCREENSHOT = path.join(DIR, 'walkthrough.png');
const PEEK_SCREENSHOT = path.join(DIR, 'peek-definition.png');
const TITLE = 'Get Started with News Lens';
const SEED = '000_d6490ba55f8250cf.txt';
const PEEK_AT = 'North Korea is the most';

/** Expands a walkthrough step by its title and presses its button. */
async function pressStepButton(page, stepTitle, button) {
  const step = page.locator('.getting-started-step', { hasText: stepTitle }).first();
  await step.locator('.step-title').first().click();
  const link = step.getByRole('button', { name: button });
  await link.waitFor({ timeout: 10000 });
  await link.click();
}

/**
 * Runs against an already started code-server and browser.
 * Resolves { ok, steps: {article, hover, peek, events}, files, error? }; never rejects.
 */
async function runWalkthroughScreenshots({
  server,
  browser,
  log = m => process.stderr.write(`[walkthrough-screenshots] ${m}\n`),
}) {
  const steps = { article: '', hover: false, peek: 0, events: 0 };
  const result = { ok: false, steps, files: [WALKTHROUGH_SCREENSHOT, PEEK_SCREENSHOT] };
  fs.mkdirSync(DIR, { recursive: true });
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  try {
    // Nothing open yet: the workspace as a new user sees it.
    await page.goto(host.workbenchUrl(server.port, SEEDS, { extensionDevelopmentPath: host.ROOT }), { timeout: 60000 });
    await page.locator('.part.activitybar').waitFor({ timeout: 60000 });
    const walkthrough = page.locator('.gettingStartedContainer', { hasText: TITLE });
    for (let i = 0; i < 5 && !(await walkthrough.isVisible()); i++) {
      // The command is there once the extension is active; retry until then.
      await host
        .runCommand(page, 'News Lens: Open Getting Started Walkthrough')
        .catch(() => page.keyboard.press('Escape'));
      await walkthrough
        .first()
        .waitFor({ timeout: 5000 })
        .catch(() => {});
    }
    await walkthrough.first().waitFor({ timeout: 1000 });
    log('walkthrough open');

    await pressStepButton(page, 'Open an article', 'Open an Article');
    const tab = page.locator('.tabs-container .tab.active', { hasText: /\.txt$/ });
    await tab.first().waitFor({ timeout: 30000 });
    steps.article = (await tab.first().innerText()).trim();
    await page.locator('.monaco-editor .view-line').first().waitFor({ timeout: 30000 });
    log(`article opened: ${steps.article}`);

    // A hover closes when focus moves while it opens (the walkthrough's picture loading): press again then.
    const hover = page.locator('.monaco-hover', { hasText: 'Mentioned in 3 articles' });
    for (let i = 0; i < 3 && !steps.hover; i++) {
      await pressStepButton(page, 'Hover a name', 'Show a Hover Card');
      steps.hover = await hover
        .first()
        .waitFor({ timeout: 5000 })
        .then(
          () => true,
          () => false,
        );
    }
    await page.waitForTimeout(500); // the hover fades in
    log(`hover card shown: ${steps.hover}`);
    await page.screenshot({ path: WALKTHROUGH_SCREENSHOT });

    // One row per article (the first one open on its mention). Like the hover, a peek may close as focus moves.
    const references = page.locator('.peekview-widget .monaco-list[aria-label="References"] .monaco-list-row', {
      hasText: /\.txt/,
    });
    for (let i = 0; i < 3 && !(await references.first().isVisible()); i++) {
      await pressStepButton(page, 'Go to Definition across articles', 'Peek a Name in the Other Articles');
      await references
        .first()
        .waitFor({ timeout: 5000 })
        .catch(() => {});
    }
    steps.peek = await references.count();
    log(`peek articles: ${steps.peek}`);
    // No Escape to close the peek: with the walkthrough focused, it goes back to the Welcome page.

    await pressStepButton(page, 'Open the Events view', 'Show the Events View');
    const rows = page.locator(`${host.NEWS_LENS_VIEW} .monaco-list[aria-label="Events"] .monaco-list-row`);
    await rows
      .first()
      .waitFor({ timeout: 15000 })
      .catch(() => {});
    steps.events = await rows.count();
    log(`Events rows: ${steps.events}`);

    // The picture of Peek: the article alone in the editor area, so that the peek has room beside its list.
    await host.runCommand(page, 'View: Close All Editor Groups');
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill(SEED);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: SEED }).first().waitFor({ timeout: 10000 });
    await page.keyboard.press('Enter');
    const line = page.locator('.monaco-editor .view-line', { hasText: PEEK_AT.replace(/ /g, '\u00a0') }).first();
    await line.waitFor({ timeout: 30000 });
    await page.keyboard.press('Control+F');
    await page.keyboard.type(PEEK_AT);
    await page.keyboard.press('Escape'); // the match stays selected
    await page.keyboard.press('ArrowLeft');
    await host.runCommand(page, 'Peek Definition');
    await references.first().waitFor({ timeout: 15000 });
    // The preview shows the name in another article: open seed 004's entry and click its mention.
    const other = page.locator('.peekview-widget .monaco-list-row', { hasText: '004_' }).first();
    await other.click();
    await page
      .locator(
        '.peekview-widget .monaco-list-row.focused + .monaco-list-row, .peekview-widget .monaco-list-row[aria-level="2"]',
      )
      .last()
      .click()
      .catch(() => {});
    await page.waitForTimeout(800);
    await page.screenshot({ path: PEEK_SCREENSHOT });
  } catch (err) {
    result.error = err.message.split('\n')[0];
    await page.screenshot({ path: WALKTHROUGH_SCREENSHOT }).catch(() => {});
  } finally {
    await context.close().catch(() => {});
  }
  result.ok = !result.error && /\.txt$/.test(steps.article) && steps.hover && steps.peek === 3 && steps.events > 0;
  if (!result.ok && !result.error) {
    result.error = [
      !steps.article && 'no article opened',
      !steps.hover && 'no hover card',
      steps.peek !== 3 && `Peek lists ${steps.peek} articles, not 3`,
      !steps.events && 'the Events view shows nothing',
    ]
      .filter(Boolean)
      .join('; ');
  }
  return result;
}

module.exports = { runWalkthroughScreenshots, WALKTHROUGH_SCREENSHOT, PEEK_SCREENSHOT };

if (require.main === module) {
  // Standalone: `node scripts/screenshot-walkthrough.js` (after `npm run build`).
  host.runStandalone(async session => {
    const r = await runWalkthroughScreenshots(session);
    for (const file of r.files) console.log(`screenshot: ${file}`);
    console.log(
      r.ok
        ? `walkthrough screenshots passed: ${JSON.stringify(r.steps)}`
        : `walkthrough screenshots FAILED: ${r.error} ${JSON.stringify(r.steps)}`,
    );
    return r.ok;
  });
}
