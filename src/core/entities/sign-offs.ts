// A wire story's sign-off names its reporters and editors: "(Reporting by Holger Pfaffenbach and Victoria
// Klesty in Oslo; Editing by Kim Coghill)". Each of them is a person, though a first name is a town's too.
import type { Span } from '../types';
import { lookupName } from './gazetteer';

// One credit of a sign-off, after its bracket, a semicolon or a line's start, up to the next.
const CREDIT =
  /(?:^|[(;])[ \t]*(?:additional[ \t]+)?(?:reporting|writing|editing|compiled|reported|edited|written|graphics)[ \t]+by[ \t]+([^;()\n]+)/gimu;
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
  for (const credit of text.matchAll(CREDIT)) {
    const names = credit[1];
    let at = credit.index + credit[0].length - names.length;
    for (const part of names.split(/(,[ \t]*|[ \t]+and[ \t]+|[ \t]*&[ \t]*)/)) {
      const name = part.replace(WHERE, '').trim();
      const start = at + part.indexOf(name);
      at += part.length;
      if (!NAME.test(name) || NEWSROOM.test(name) || lookupName(name)?.type === 'organization') continue;
      persons.push({ start, end: start + name.length, text: name });
    }
  }
  return persons;
}
