// The words of wire tables and term sheets that name nothing: a results table's rows ("Shr", "Ord div"), a
// bond's fields ("AMT", "DENOMS"), currencies' codes ("ECU"), basis points after a figure ("+18 BP"), a
// period's length ("9-MTH") and a rating's grade ("TO BA2", "S&P AA-").
import type { Span } from '../types';

const FIELDS = new Set(['Shr', 'Shrs', 'DENOMS', 'OAT']);
const RATING =
  /^(?:Aaa|Aa[1-3]|A[1-3]|Baa[1-3]|Ba[1-3]|B[1-3]|Caa[1-3]|AAA|AA[1-3]?|A|BAA[1-3]|BA[1-3]|BBB|BB|B|CCC|CAA[1-3])$/;
// What comes before a grade: the agency, "to", "rated" or "rating of".
const RATING_BEFORE =
  /(?:\b(?:to|TO|rated|RATED)|[Rr]ating[ \t]+of|S&P|Fitch|FITCH|IBCA|Moody['’] ?s|MOODY ?['’]S)[ \t]+$/u;

/** Whether a name read in wire copy is one of its tables' or term sheets' words. */
export function isWireJargon(text: string, name: Span): boolean {
  if (FIELDS.has(name.text)) return true;
  const before = text.slice(Math.max(0, name.start - 12), name.start);
  const after = text.slice(name.end, name.end + 5);
  if (name.text === 'Ord' && /^[ \t]+div\b/.test(after)) return true;
  if (/^(?:MTH|mth)$/.test(name.text) && /\d-$/.test(before)) return true;
  // Basis points after a signed figure ("+18 BP"), not the company after a year ("In 2010 BP").
  if (name.text === 'BP' && /[+-]\d+(?:\.\d+)?[ \t]*$/.test(before)) return true;
  // A currency after an amount ("200 MLN ECU"), not East Carolina University; a term sheet's amount at a line's
  // start ("AMT 200 MLN"), not Genoa's buses.
  if (/^ECUs?$/.test(name.text) && /(?:\d|MLN|BLN|[Mm]illion|[Bb]illion)[ \t]*$/.test(before)) return true;
  if (name.text === 'AMT' && /(?:^|\n)[ \t]*$/.test(before) && /^[ \t]+\d/.test(after)) return true;
  return RATING.test(name.text) && (/^[+-](?![\p{L}\p{N}])/u.test(after) || RATING_BEFORE.test(before));
}

// A bond's term sheet names its markets by their codes: where it may be sold ("SALE LIMITS US / UK / JP") and
// where it is listed ("LISTING LUX").
const MARKET_CODES = new Set('US UK JP MX LUX DE FR NL CH IT ES BE AT SE DK NO FI IE CA AU NZ HK SG'.split(' '));
const TERM_FIELDS = /(?:^|[ \t])(?:SALE[ \t]+LIMITS|LISTING)((?:[ \t]*\/?[ \t]*\p{Lu}{2,3}(?![\p{L}\p{N}]))+)/gmu;

/** The places a bond's term sheet names by their codes, each an exact span. */
export function termSheetPlaces(text: string): Span[] {
  const places: Span[] = [];
  for (const match of text.matchAll(TERM_FIELDS)) {
    const at = match.index + match[0].length - match[1].length;
    for (const code of match[1].matchAll(/\p{Lu}{2,3}/gu)) {
      if (!MARKET_CODES.has(code[0])) break;
      const start = at + code.index;
      places.push({ start, end: start + code[0].length, text: code[0] });
    }
  }
  return places;
}
