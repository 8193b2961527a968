// Renders media/icon.svg to the 128×128 media/icon.png the marketplace shows, with the test browser (Chromium via playwright-core).
'use strict';
const fs = require('fs');
const path = require('path');
const host = require('./lib/vscode-host');

const SVG = path.join(host.ROOT, 'media', 'icon.svg');
const PNG = path.join(host.ROOT, 'media', 'icon.png');

(async () => {
  require('./ensure-deps').ensureTestEnv();
  const browser = await host.launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
    await page.setContent(`<body style="margin:0;background:transparent">${fs.readFileSync(SVG, 'utf8')}</body>`);
    await page.locator('svg').screenshot({ path: PNG, omitBackground: true });
    console.log(`wrote ${path.relative(process.cwd(), PNG)}`);
  } finally {
    await browser.close();
  }
})().catch(err => {
  console.error(err);
  process.exit(1);
});
