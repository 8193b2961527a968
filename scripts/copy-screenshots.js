// `npm run screenshots`: copies the pictures the last `npm test` took of the real workbench
// (test-output/screenshots/) to media/screenshots/, where the README and the walkthrough show them.
// They go in the .vsix too, so they are reduced to 256 colours: less than half the bytes, the same look.
'use strict';
const fs = require('fs');
const path = require('path');
const UPNG = require('upng-js');

const ROOT = path.join(__dirname, '..');
const FROM = path.join(ROOT, 'test-output', 'screenshots');
const TO = path.join(ROOT, 'media', 'screenshots');
// Those the README and the walkthrough use; a test that failed may leave a half-done picture, so all must be fresh.
const PICTURES = [
  'workbench.png',
  'peek-definition.png',
  'events-panel.png',
  'events-by-happening.png',
  'timeline.png',
  'actors-view.png',
  'walkthrough.png',
];
const MAX_AGE_MS = 24 * 60 * 60 * 1000;

const missing = PICTURES.filter(name => !fs.existsSync(path.join(FROM, name)));
if (missing.length) {
  console.error(`not in ${path.relative(process.cwd(), FROM)}: ${missing.join(', ')}; run \`npm test\` first`);
  process.exit(1);
}
const stale = PICTURES.filter(name => Date.now() - fs.statSync(path.join(FROM, name)).mtimeMs > MAX_AGE_MS);
if (stale.length) console.error(`warning: older than a day: ${stale.join(', ')}`);
fs.mkdirSync(TO, { recursive: true });
for (const name of PICTURES) {
  const picture = UPNG.decode(fs.readFileSync(path.join(FROM, name)));
  fs.writeFileSync(
    path.join(TO, name),
    Buffer.from(UPNG.encode(UPNG.toRGBA8(picture), picture.width, picture.height, 256)),
  );
  console.log(`media/screenshots/${name}`);
}
