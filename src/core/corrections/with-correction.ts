// Keeps an article's list of corrections tidy as the user adds one more.
import { locateQuote } from './quote-selector';
import type { Correction } from './types';

/**
 * The article's corrections with one more, kept tidy: a change to a name the user added changes the
 * addition; a later change of the same kind at the same place replaces the earlier one; a removal makes
 * every earlier correction at its place moot.
 */
export function withCorrection(list: Correction[], next: Correction, text: string): Correction[] {
  const span = locateQuote(text, next.quote);
  const samePlace = (c: Correction) => {
    const other = locateQuote(text, c.quote);
    return !!span && !!other && other.start === span.start && other.end === span.end;
  };
  if (next.action === 'retype' || next.action === 'setActor' || next.action === 'split') {
    const added = list.findIndex(c => c.action === 'add' && samePlace(c));
    if (added >= 0) {
      const add = list[added] as Extract<Correction, { action: 'add' }>;
      const folded: Correction =
        next.action === 'retype' ? { action: 'add', quote: add.quote, type: next.type } : { ...add, actor: next.actor };
      return list.map((c, i) => (i === added ? folded : c));
    }
    const kinds = next.action === 'retype' ? ['retype'] : ['setActor', 'split'];
    return [...list.filter(c => !(kinds.includes(c.action) && samePlace(c))), next];
  }
  if (next.action === 'add')
    return [...list.filter(c => !((c.action === 'add' || c.action === 'remove') && samePlace(c))), next];
  return [...list.filter(c => !samePlace(c)), next];
}
