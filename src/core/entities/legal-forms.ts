// A company's legal form is its name's ("Ryanair Holdings plc", "PT Pertamina (Persero)", "ASML Holding NV").
import type { EntityType, Span } from '../types';
import { countryOf, lookupName } from './gazetteer';
import { isLexiconCity, lexiconTags } from '../text/lexicon';

// Forms that end only companies' names; "SA", "AG", "AB", "AD", "AS", "SE" and "Co" may be other words, so they
// count only after a name read as a body (and "AS" and "AD" not before a capitalised word: "NOKIA AS PROFITS
// FALL", "Ohio State AD Gene Smith").
const SURE_FORMS = [
  String.raw`plc|PLC|Plc|NV|N\.V\.|BV|B\.V\.|Bhd|Berhad|Tbk|GmbH|KGaA|KG|OHG|Oyj|Oy|ASA|A/S|ApS|SpA|S\.p\.A\.|SRL|S\.r\.l\.`,
  String.raw`SARL|Ltda|LLC|LLP|Ltd|Pte|Pty|Inc|Corp|Rt|Nyrt|Zrt|a\.s\.|d\.d\.|JSC|PJSC|OJSC|CJSC|OAO|ZAO|PAO|SAOG|QSC|QPSC`,
].join('|');
const BODY_FORMS = String.raw`AG|SA|S\.A\.|AB|AD(?![ \t]+\p{Lu})|AS(?![ \t]+\p{Lu})|SE|SAS|Co|KK|SAB[ \t]+de[ \t]+CV`;
const FORMS = `${SURE_FORMS}|${BODY_FORMS}`;
// "(Persero)" marks Indonesia's state companies; a stop after a form is its own unless the sentence ends there.
const PERSERO = String.raw`(?:[ \t]+\([ \t]*Persero[ \t]*\))?`;
const FORMS_AFTER = new RegExp(
  String.raw`^${PERSERO}(?:[ \t]+(?:${FORMS})(?:\.(?![ \t]*(?:\n|$|[ \t]\p{Lu})))?)+(?![\p{L}\p{N}/])`,
  'u',
);
const SURE_FORM_AFTER = new RegExp(String.raw`^${PERSERO}[ \t]+(?:${SURE_FORMS})(?![\p{L}\p{N}/])`, 'u');
const LONE_FORM = new RegExp(String.raw`^(?:${FORMS}|Persero)\.?$`, 'u');
const ENDS_IN_SURE_FORM = new RegExp(String.raw`[ \t](?:${SURE_FORMS})\.?$`, 'u');

/** Whether a name ends in a form only companies bear ("Ladang Kinabatangan Bhd"), whatever its words look like. */
export function endsInCompanyForm(name: string): boolean {
  return ENDS_IN_SURE_FORM.test(name);
}

// Indonesia's companies open with "PT" ("PT Astra International").
const PT_BEFORE = /(?<![\p{L}\p{N}])PT[ \t]+$/u;
// The capitalised words of a name right before a form read alone.
const NAME_BEFORE =
  /(?:^|[^\p{L}\p{N}'’&.-])((?:PT[ \t]+)?\p{Lu}[\p{L}\p{N}&.'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}&.'’-]*){0,3})[ \t]+$/u;

/** The companies whose names the mentions (in text order) read without their legal form, read with it. */
export function withLegalForms(
  text: string,
  mentions: readonly (Span & { type: EntityType })[],
): (Span & { type: 'organization' })[] {
  const found: (Span & { type: 'organization' })[] = [];
  for (const m of mentions) {
    let { start, end } = m;
    if (LONE_FORM.test(m.text)) {
      const before = NAME_BEFORE.exec(text.slice(Math.max(0, m.start - 80), m.start));
      if (!before) continue;
      start = m.start - before[0].length + before[0].indexOf(before[1]);
    } else {
      const after = text.slice(m.end, m.end + 40);
      const pt = PT_BEFORE.exec(text.slice(Math.max(0, m.start - 6), m.start));
      // A person's reading gives way only to a sure sign of a company ("PT Bank Duta", "Bank Duta Tbk").
      if (m.type === 'place' || (m.type === 'person' && !pt && !SURE_FORM_AFTER.test(after))) continue;
      const forms = FORMS_AFTER.exec(after);
      if (forms) end = m.end + forms[0].length;
      if (pt) start = m.start - pt[0].length;
      if (start === m.start && end === m.end) continue;
    }
    found.push({ start, end, text: text.slice(start, end), type: 'organization' });
  }
  return found;
}

// "Newmont Mining Corp of Denver", "Volga Shipping Co of Samara": a company's form, then "of" and its town.
// A country after "of" may be the name's ("Anglo American Corp of South Africa").
/** A town's name of one or two capitalised words, as it follows "of" after a company's form. */
export const TOWN_NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*)?`;
const FORM_OF_TOWN = new RegExp(String.raw`^(.*[ \t](?:${FORMS})\.?)[ \t]+of[ \t]+(${TOWN_NAME})$`, 'u');

// A city, not a state or a country (the name's: "Public Service Co of New Mexico", "Anglo American Corp of South
// Africa"), after a company named by its own word, not a utility's or a franchise's generic one ("Consolidated
// Edison Co of New York", "Coca-Cola Bottling Co of Chicago").
const GENERIC_COMPANY_WORDS =
  /\b(?:Public|Service|Gas|Electric|Telephone|Power|Light|Water|Edison|Bottling|Manufacturing)\b/;

export function isCompanysTown(company: string, town: string): boolean {
  const lower = town.toLowerCase();
  if (/Region|Country/.test(String(lexiconTags(lower) ?? '')) || countryOf(town) !== undefined) return false;
  return (isLexiconCity(lower) || lookupName(town)?.type === 'place') && !GENERIC_COMPANY_WORDS.test(company);
}

/** A company read with its town after "of", as the company and the town; otherwise the mention alone. */
export function companyAndTown<M extends Span & { type: EntityType }>(m: M): M[] {
  const match = m.type === 'organization' ? FORM_OF_TOWN.exec(m.text) : null;
  if (!match || !isCompanysTown(match[1], match[2])) return [m];
  const town = m.end - match[2].length;
  return [
    { ...m, end: m.start + match[1].length, text: match[1] },
    { ...m, start: town, text: match[2], type: 'place' },
  ];
}
