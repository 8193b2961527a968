// The mentions the entity rules' tests hand in, and how they read the mentions that come back.
import * as assert from 'assert';
import { actorKey } from '../../../../src/core/actors/actor-key';
import type { ScoredMention } from '../../../../src/core/entities/learned/tag';
import type { EntityType, Span } from '../../../../src/core/types';

/** `name` read as a `type` where the text first writes it at or after `from`, keyed by its own name. */
export function mention(text: string, name: string, type: EntityType = 'person', from = 0, score = 0.8): ScoredMention {
  const start = text.indexOf(name, from);
  assert.ok(start >= 0, `the text holds "${name}" after offset ${from}`);
  return { start, end: start + name.length, text: name, type, actorKey: actorKey(type, name), score };
}

/** The span of `name` where the text first writes it at or after `from`. */
export function span(text: string, name: string, from = 0): Span {
  const start = text.indexOf(name, from);
  return { start, end: start + name.length, text: name };
}

/** Each mention as "text:type", once it is checked to be the text at its offsets. */
export function read(text: string, found: readonly (Span & { type: EntityType })[]): string[] {
  for (const m of found) assert.strictEqual(text.slice(m.start, m.end), m.text);
  return found.map(m => `${m.text}:${m.type}`);
}
