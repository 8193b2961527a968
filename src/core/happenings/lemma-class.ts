// Puts a trigger's base form into the class of words that name one kind of happening ("launch",
// "fire" and "test" of a missile; "death", "die", "dead"), so mentions that word it differently can be linked.

const CLASSES: string[][] = [
  // News tells one death as "died", "was killed", "hanged himself" and "the suicide" by turns.
  [
    'die',
    'death',
    'dead',
    'pass',
    'decease',
    'fatality',
    'fatalities',
    'kill',
    'killing',
    'murder',
    'slay',
    'slaying',
    'homicide',
    'hang',
    'suicide',
    'succumb',
    'execute',
    'slain',
  ],
  ['shoot', 'shooting', 'shot', 'gunfire', 'gun', 'open', 'massacre', 'rampage'],
  ['arrest', 'detain', 'detention', 'apprehend', 'custody', 'nab', 'capture', 'catch'],
  ['charge', 'indict', 'indictment', 'accuse', 'accusation'],
  ['convict', 'conviction', 'guilty', 'verdict'],
  ['sentence', 'sentencing'],
  ['earthquake', 'quake', 'tremor', 'temblor', 'shake', 'strike', 'hit', 'jolt', 'rock'],
  ['launch', 'test', 'fire', 'firing'],
  ['damage', 'cut', 'sever', 'destroy', 'devastate', 'wreck', 'disrupt'],
  ['find', 'discover', 'locate'],
  ['foil', 'thwart', 'prevent'],
  ['place', 'put'],
  ['fall', 'fallen'],
  ['meet', 'meeting', 'talk', 'talks', 'summit', 'discuss', 'discussion', 'negotiate', 'negotiation', 'consultation'],
  ['attack', 'assault', 'raid', 'airstrike', 'bomb', 'bombing'],
  ['blaze', 'burn', 'arson', 'flames', 'flame'],
  ['injure', 'injury', 'injuries', 'wound', 'hurt', 'injured', 'wounded'],
  ['acquire', 'acquisition', 'buy', 'purchase', 'takeover', 'deal'],
  ['win', 'victory', 'beat', 'defeat', 'clinch', 'lose', 'loss'],
  ['announce', 'announcement', 'unveil', 'reveal', 'introduce'],
  ['rob', 'robbery', 'heist', 'steal', 'stolen', 'theft', 'burglary', 'snatch'],
  ['crash', 'collision', 'collide', 'accident'],
  ['resign', 'resignation', 'quit', 'step'],
  ['appoint', 'appointment', 'name', 'nominate', 'nomination', 'hire', 'select', 'choose', 'pick'],
  ['fire', 'dismiss', 'sack', 'oust', 'layoff', 'lay'],
  ['elect', 'election', 'vote', 'poll', 'ballot'],
  ['riot', 'unrest', 'clash'],
  ['transfer', 'transport'],
  ['escape', 'flee', 'breakout', 'run', 'walk'],
  ['enter', 'check', 'admit', 'rehab', 'treatment'],
  ['release', 'free', 'issue'],
  ['sign', 'signing', 'agreement'],
  ['overturn', 'reverse', 'reinstate', 'instate', 'restore'],
  ['visit', 'trip', 'tour'],
  ['leave', 'exit', 'depart', 'departure'],
  ['retain', 'keep', 'defend'],
  ['stay', 'stint'],
  ['say', 'tell', 'state', 'statement', 'add', 'report', 'claim'],
];

const CLASS_OF = new Map<string, string>();
for (const words of CLASSES)
  for (const word of words) if (!CLASS_OF.has(stem(word))) CLASS_OF.set(stem(word), words[0]);

// A fire that burns is a blaze; "fired" a missile, a shot or a coach is the verb.
const BLAZE_NOUNS = new Set(['fire', 'fires', 'blaze', 'blazes']);

/**
 * The class a mention belongs to, named by its first word; its stem when it is in none. The trigger's own
 * word tells the noun "fire" (a blaze) from the verb.
 */
export function happeningClass(lemma: string, trigger?: string): string {
  if (lemma === 'fire' && trigger !== undefined && BLAZE_NOUNS.has(lastWord(trigger))) return 'blaze';
  const key = stem(lemma);
  return CLASS_OF.get(key) ?? key;
}

/** Reporting classes: every "said" is a statement of its own, rarely the same happening as another. */
export function isStatementClass(cls: string): boolean {
  return cls === 'say';
}

function lastWord(text: string): string {
  const words = text.toLowerCase().split(/\s+/);
  return words[words.length - 1];
}

// One key for a verb and the nouns made from it: "riot" and "rioting", "explode" and "explosion",
// "elect" and "election", "announce" and "announcement", "injury" and "injuries".
function stem(lemma: string): string {
  let word = lemma.toLowerCase();
  if (word.length > 4 && word.endsWith('ies')) word = word.slice(0, -3) + 'y';
  else if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us'))
    word = word.slice(0, -1);
  const suffix = /(?:ing|ment|ion)$/.exec(word);
  // "bring", "spring" and "sing" are no gerunds: what is left must have a vowel and three letters.
  const rest = suffix ? word.slice(0, -suffix[0].length) : '';
  if (suffix && rest.length >= 3 && /[aeiouy]/.test(rest)) {
    word = rest;
    if (suffix[0] === 'ing' && /([bdgmnprt])\1$/.test(word)) word = word.slice(0, -1); // "hitting"
    if (suffix[0] === 'ion' && /[^s]s$/.test(word)) word = word.slice(0, -1) + 'd'; // "explosion", "decision"
  }
  return word.length > 3 && word.endsWith('e') ? word.slice(0, -1) : word;
}
