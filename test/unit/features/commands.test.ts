import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { COMMANDS } from '../../../src/features/commands';

// A command registered but not contributed cannot be found in the palette; one contributed but not
// registered fails when chosen. Both lists must be the same.
describe('command ids', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', '..', 'package.json'), 'utf8'));
  const contributed: string[] = manifest.contributes.commands.map((c: { command: string }) => c.command);
  const declared: string[] = Object.values(COMMANDS);

  it('contributes every command the extension registers', () => {
    assert.deepStrictEqual(
      declared.filter(id => !contributed.includes(id)),
      [],
    );
  });

  it('registers every command package.json contributes', () => {
    assert.deepStrictEqual(
      contributed.filter(id => !declared.includes(id)),
      [],
    );
  });

  it('names each command once', () => {
    assert.strictEqual(new Set(declared).size, declared.length);
  });
});
