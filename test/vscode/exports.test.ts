// Export commands in each format to a folder outside the workspace, with corrections applied, and the brat
// gold import's agreement report. Every folder written is removed after each test.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { SEEDS, SEED_000, SEED_001, openSeed, seedUri } from './workbench';
import { rangeOf, removeSidecars } from './corrections-workbench';

let outputs: string[] = [];

function outputFolder(): vscode.Uri {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-export-'));
  outputs.push(folder);
  return vscode.Uri.file(folder);
}

function read(uri: vscode.Uri, ...parts: string[]): string {
  return fs.readFileSync(path.join(uri.fsPath, ...parts), 'utf8');
}

async function exportArticle(format: string, article: string): Promise<{ folder: vscode.Uri; written: string[] }> {
  const folder = outputFolder();
  const written = await vscode.commands.executeCommand<string[]>(
    'newsLens.export.article',
    format,
    folder,
    seedUri(article),
  );
  return {
    folder,
    written: written.map(w => path.relative(folder.fsPath, vscode.Uri.parse(w).fsPath).split(path.sep).join('/')),
  };
}

describe('exports', () => {
  before(removeSidecars);
  afterEach(async () => {
    for (const folder of outputs) fs.rmSync(folder, { recursive: true, force: true });
    outputs = [];
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await removeSidecars();
  });

  it('exports an article as brat: a folder with the .txt copy and an .ann whose offsets match it, corrections applied', async () => {
    const { document } = await openSeed(SEED_000);
    await vscode.commands.executeCommand(
      'newsLens.corrections.addEntity',
      document.uri,
      rangeOf(document, 'North Korea’s Foreign Ministry'),
      'organization',
    );
    const stem = SEED_000.replace(/\.txt$/, '');
    const { folder, written } = await exportArticle('brat', SEED_000);
    assert.deepStrictEqual(written, ['annotation.conf', `${stem}/${stem}.txt`, `${stem}/${stem}.ann`]);
    const text = read(folder, stem, `${stem}.txt`);
    assert.strictEqual(text, document.getText());
    const lines = read(folder, stem, `${stem}.ann`).trimEnd().split('\n');
    for (const line of lines.filter(l => l.startsWith('T'))) {
      const [, typeAndOffsets, shown] = line.split('\t');
      const [, start, end] = typeAndOffsets.split(' ').map(Number);
      assert.strictEqual(text.slice(start, end), shown, line);
    }
    const ministry = text.indexOf('North Korea’s Foreign Ministry');
    assert.ok(
      lines.some(l => l.endsWith(`\tOrganization ${ministry} ${ministry + 30}\tNorth Korea’s Foreign Ministry`)),
      'the added name is exported',
    );
    assert.ok(lines.some(l => /^N\d+\tReference T\d+ NewsLens:person:valeri-gerasimov\tValery Gerasimov$/.test(l)));
    assert.match(read(folder, 'annotation.conf'), /\[entities\]\nPerson\nOrganization\nPlace\nDate\n/);
  });

  it('exports W3C JSON-LD that parses, with quote and position selectors on the article', async () => {
    const { folder, written } = await exportArticle('w3c', SEED_001);
    assert.deepStrictEqual(written, [SEED_001.replace(/\.txt$/, '.jsonld')]);
    const collection = JSON.parse(read(folder, written[0]));
    assert.strictEqual(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
    const text = fs.readFileSync(seedUri(SEED_001).fsPath, 'utf8');
    const items = collection.first.items as {
      target: { source: string; selector: [{ exact: string }, { start: number; end: number }] };
    }[];
    assert.ok(items.length > 10);
    for (const item of items) {
      assert.strictEqual(item.target.source, seedUri(SEED_001).toString());
      assert.strictEqual(
        text.slice(item.target.selector[1].start, item.target.selector[1].end),
        item.target.selector[0].exact,
      );
    }
  });

  it('exports CoNLL with two columns and JSONL with one record', async () => {
    const conll = await exportArticle('conll', SEED_000);
    const lines = read(conll.folder, conll.written[0]).split('\n').filter(Boolean);
    assert.ok(lines.every(l => /^\S+\t(O|[BI]-(PER|ORG|LOC|DATE))$/.test(l)));
    assert.ok(lines.includes('Gerasimov\tI-PER'));
    const jsonl = await exportArticle('jsonl', SEED_000);
    const records = read(jsonl.folder, jsonl.written[0])
      .trimEnd()
      .split('\n')
      .map(l => JSON.parse(l));
    assert.strictEqual(records.length, 1);
    assert.strictEqual(records[0].id, SEED_000);
    assert.ok(
      records[0].spans.some(
        (s: { text: string; label: string }) => s.text === 'Valery Gerasimov' && s.label === 'PERSON',
      ),
    );
  });

  it('exports every article of the workspace, one file each', async () => {
    const folder = outputFolder();
    const written = await vscode.commands.executeCommand<string[]>('newsLens.export.workspace', 'jsonl', folder);
    assert.deepStrictEqual(
      written.map(w => path.basename(vscode.Uri.parse(w).fsPath)).sort(),
      SEEDS.map(s => s.replace(/\.txt$/, '.jsonl')).sort(),
    );
  });

  it('imports brat gold and reports agreement per type in a new markdown document', async () => {
    const { folder } = await exportArticle('brat', SEED_001);
    const stem = SEED_001.replace(/\.txt$/, '');
    const annFile = path.join(folder.fsPath, stem, `${stem}.ann`);
    // The gold annotator: "Vladimir Gerdo" is a photo credit, not a person; "TASS" lines are fine.
    const gold = fs
      .readFileSync(annFile, 'utf8')
      .split('\n')
      .filter(l => !l.endsWith('\tVladimir Gerdo'))
      .join('\n');
    fs.writeFileSync(annFile, gold);
    const report = await vscode.commands.executeCommand<string>(
      'newsLens.import.bratGold',
      vscode.Uri.file(annFile),
      seedUri(SEED_001),
    );
    assert.match(report, new RegExp(`^# Agreement with gold: ${SEED_001.replace('.', '\\.')}`));
    assert.match(report, /## News Lens \(automatic\)/);
    assert.match(report, /\| person \| 6 \| 8 \| 6 \| 75\.0% \| 100\.0% \| 85\.7% \| 85\.7% \|/);
    assert.match(report, /\| organization \| (\d+) \| \1 \| \1 \| 100\.0% \| 100\.0% \| 100\.0% \| 100\.0% \|/);
    assert.match(report, /Extra \(not in gold\): 2\n\n- person “Vladimir Gerdo”/);
    const shown = vscode.window.activeTextEditor?.document;
    assert.ok(
      shown?.isUntitled && shown.languageId === 'markdown' && shown.getText() === report,
      'the report is open in an untitled markdown editor',
    );

    // With the photographer ignored, the corrected annotations agree; the automatic ones are reported too.
    const { document } = await openSeed(SEED_001);
    await vscode.commands.executeCommand(
      'newsLens.corrections.ignoreEverywhere',
      document.uri,
      rangeOf(document, 'Vladimir Gerdo'),
    );
    const again = await vscode.commands.executeCommand<string>(
      'newsLens.import.bratGold',
      vscode.Uri.file(annFile),
      seedUri(SEED_001),
    );
    assert.match(again, /## News Lens with your corrections\n\n[^#]*\| \*\*all\*\* \| (\d+) \| \1 \| \1 \| 100\.0% \|/);
    assert.match(again, /## Automatic \(before your corrections\)\n\n[^#]*\| person \| 6 \| 8 \| 6 \|/);
  });

  it('reports gold lines that do not fit the article', async () => {
    const folder = outputFolder();
    const annFile = path.join(folder.fsPath, 'gold.ann');
    fs.writeFileSync(annFile, 'T1\tPerson 0 5\tLavrov\nT2\tMISC 10 20\tsomething\n');
    const report = await vscode.commands.executeCommand<string>(
      'newsLens.import.bratGold',
      vscode.Uri.file(annFile),
      seedUri(SEED_000),
    );
    assert.match(
      report,
      /## Gold lines not used\n\n- line 1: the text at 0 5 is "All n", not "Lavrov"\n- line 2: type "MISC"/,
    );
  });
});
