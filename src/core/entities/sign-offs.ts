// A wire story's sign-off names its reporters and editors: "(Reporting by Holger Pfaffenbach and Victoria
// Klesty in Oslo; Editing by Kim Coghill)". Each of them is a person, though a first name is a town's too.
import type { Span } from '../types';
import { lookupName } from './gazetteer';

// A sign-off: a bracket that ends its line ("(Reporting by …; Editing by …)"), or a line of its own.
const SIGN_OFF = /(?:\(([^()\n]*)\)|^([^()\n]*))[ \t]*$/gmu;
// One credit of it, after its start or a semicolon, up to the next; its role in capitals as sign-offs write it,
// not a bracket's aside ("(compiled by Markit Economics)").
const CREDIT =
  /(?:^|;)[ \t]*(?:Additional[ \t]+reporting|Reporting|Writing|Editing|Compiled|Reported|Edited|Written|Graphics)[ \t]+by[ \t]+([^;]+)/gu;
// A name: capitalised words, with a surname's particle between them ("Simon van der Berg").
const NAME =
  /^\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:(?:van|von|der|de|da|di|du|del|dos|das|al|el|bin|le|la)[ \t]+)*\p{Lu}[\p{L}'’.-]*)+$/u;
// Where the reporter was, after the name ("in Oslo", "from Lagos"), is no part of it.
const WHERE = /[ \t]+(?:in|from|at)[ \t].*$/su;
// A newsroom credits itself: "Reuters Television", "the Jakarta bureau", "Bengaluru Newsroom".
const NEWSROOM = /\b(?:reuters|newsroom|bureau|staff|desk|television|tv|team)\b/i;

/** The persons the sign-offs of `text` credit, each an exact span, in text order. */
export function signOffPersons(text: string): Span[] {
  const persons: Span[] = [];
  for (const signOff of text.matchAll(SIGN_OFF)) {
    const inner = signOff[1] ?? signOff[2];
    const innerStart = signOff.index + (signOff[1] !== undefined ? 1 : 0);
    for (const credit of inner.matchAll(CREDIT)) persons.push(...creditedNames(credit, innerStart));
  }
  return persons;
}

function creditedNames(credit: RegExpMatchArray, offset: number): Span[] {
  const persons: Span[] = [];
  const names = credit[1];
  let at = offset + credit.index! + credit[0].length - names.length;
  for (const part of names.split(/(,[ \t]*|[ \t]+and[ \t]+|[ \t]*&[ \t]*)/)) {
    const name = part.replace(WHERE, '').trim();
    const start = at + part.indexOf(name);
    at += part.length;
    if (!NAME.test(name) || NEWSROOM.test(name) || lookupName(name)?.type === 'organization') continue;
    persons.push({ start, end: start + name.length, text: name });
  }
  return persons;
}
