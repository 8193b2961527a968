// Guards that keep the layout: the editor reaches the core only through its light entry point, the
// extension bundle stays small and free of the annotators, and every area folder says what it holds.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..', '..', '..');
const EDITOR_FOLDERS = ['src/features', 'src/workspace', 'src/presentation'];
const EDITOR_ENTRY_POINTS = ['src/extension.ts', 'src/web-extension.ts'];
const LIGHT_CORE = 'src/core/view';
// The annotators (compromise, chrono, the gazetteers, the tagger's model) load in workers, never at activation.
const HEAVY_INPUTS = /node_modules\/(compromise|chrono-node)\/|src\/core\/(data|entities)\/|src\/core\/annotate\.ts/;
const EXTENSION_BUNDLE_BUDGET_BYTES = 150 * 1024;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap(entry => {
    const file = `${dir}/${entry.name}`;
    return entry.isDirectory() ? sourceFiles(file) : file.endsWith('.ts') ? [file] : [];
  });
}

/** The modules a file imports at run time (type-only imports are erased and cost nothing). */
function valueImports(file: string): string[] {
  const code = fs.readFileSync(path.join(ROOT, file), 'utf8');
  return [...code.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'([^']+)'|^import\s+\w+\s*=\s*require\('([^']+)'\)/gm)]
    .map(match => match[1] ?? match[2])
    .filter(spec => spec.startsWith('.'))
    .map(spec => path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)));
}

describe('the shape of the code', () => {
  const editorFiles = [...EDITOR_FOLDERS.flatMap(sourceFiles), ...EDITOR_ENTRY_POINTS];

  it('the editor side reaches the core only through its light entry point, src/core/view', () => {
    const strays = editorFiles.flatMap(file =>
      valueImports(file)
        .filter(target => target.startsWith('src/core') && target !== LIGHT_CORE)
        .map(target => `${file} imports ${target}`),
    );
    assert.deepStrictEqual(strays, []);
  });

  it(`dist/extension.js stays within ${EXTENSION_BUNDLE_BUDGET_BYTES / 1024} KB`, () => {
    const bytes = fs.statSync(path.join(ROOT, 'dist', 'extension.js')).size;
    assert.ok(bytes <= EXTENSION_BUNDLE_BUDGET_BYTES, `dist/extension.js is ${Math.round(bytes / 1024)} KB`);
  });

  it('dist/extension.js holds none of the annotators: they load in the workers', () => {
    const meta = JSON.parse(fs.readFileSync(path.join(ROOT, 'dist', 'extension.meta.json'), 'utf8')) as {
      inputs: Record<string, unknown>;
    };
    assert.deepStrictEqual(
      Object.keys(meta.inputs).filter(input => HEAVY_INPUTS.test(input)),
      [],
    );
  });

  it('every feature area has an index.ts whose first lines say what lives there', () => {
    const areas = fs
      .readdirSync(path.join(ROOT, 'src/features'), { withFileTypes: true })
      .filter(entry => entry.isDirectory());
    assert.ok(areas.length >= 6, 'the feature areas are folders');
    for (const area of areas) {
      const index = fs.readFileSync(path.join(ROOT, 'src/features', area.name, 'index.ts'), 'utf8');
      assert.match(index, /^\/\/ \w.{20,}/, `src/features/${area.name}/index.ts starts with what the area holds`);
      assert.match(index, /export (const|function) activate\b/, `src/features/${area.name}/index.ts exports activate`);
    }
  });
});
