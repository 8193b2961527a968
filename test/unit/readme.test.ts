// The README documents what package.json contributes: every command and setting in its tables, every picture it shows on disk.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const root = path.join(__dirname, '..', '..', '..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

/** The table under a `## heading`, as the cells of its rows (header and separator left out). */
function table(heading: string): string[][] {
  const start = readme.indexOf(`\n## ${heading}\n`);
  assert.ok(start >= 0, `README has a "## ${heading}" section`);
  const section = readme.slice(start + 1).split(/\n## /)[0];
  const rows = section
    .split('\n')
    .filter(line => line.startsWith('|'))
    .slice(2);
  return rows.map(row =>
    row
      .split('|')
      .slice(1, -1)
      .map(cell => cell.trim()),
  );
}

describe('README', () => {
  it('lists every contributed command in the Commands table, with its title', () => {
    const rows = table('Commands');
    const missing = manifest.contributes.commands.filter(
      (command: { command: string; title: string }) =>
        !rows.some(([title, id]) => id === `\`${command.command}\`` && title === command.title),
    );
    assert.deepStrictEqual(
      missing.map((c: { command: string }) => c.command),
      [],
    );
  });

  it('lists no command in the Commands table that package.json does not contribute', () => {
    const contributed = new Set(manifest.contributes.commands.map((c: { command: string }) => c.command));
    const listed = table('Commands').map(([, id]) => id.replace(/`/g, ''));
    assert.deepStrictEqual(
      listed.filter(id => !contributed.has(id)),
      [],
    );
  });

  it('lists every setting in the Settings table with its default', () => {
    const rows = table('Settings');
    const properties: Record<string, { default: unknown }> = manifest.contributes.configuration.properties;
    const wrong = Object.entries(properties).filter(
      ([name, { default: value }]) =>
        !rows.some(([setting, shown]) => setting === `\`${name}\`` && shown === `\`${defaultAsShown(value)}\``),
    );
    assert.deepStrictEqual(
      wrong.map(([name]) => name),
      [],
    );
  });

  it('shows only pictures that exist, and each screenshot the test run takes', () => {
    const pictures = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map(m => m[1]);
    assert.deepStrictEqual(
      pictures.filter(p => !fs.existsSync(path.join(root, p))),
      [],
    );
    for (const name of [
      'workbench.png',
      'peek-definition.png',
      'events-panel.png',
      'timeline.png',
      'actors-view.png',
      'walkthrough.png',
    ]) {
      assert.ok(pictures.includes(`media/screenshots/${name}`), name);
    }
  });

  it('shows the walkthrough pictures that package.json names', () => {
    const media = manifest.contributes.walkthroughs.flatMap(
      (w: { steps: { media: { image?: string; markdown?: string } }[] }) =>
        w.steps.map(step => step.media.image ?? step.media.markdown),
    );
    assert.deepStrictEqual(
      media.filter((file: string) => !fs.existsSync(path.join(root, file))),
      [],
    );
  });
});

// A list default is shown as JSON with a space after each comma: `["**/*.txt", "**/*.md"]`.
function defaultAsShown(value: unknown): string {
  return Array.isArray(value) ? `[${value.map(v => JSON.stringify(v)).join(', ')}]` : String(value);
}
