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
  ],
  ['massacre', 'rampage'],
  ['shoot', 'shooting', 'shot', 'gunfire', 'gun', 'open'],
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
  ['rob', 'robbery', 'heist', 'steal', 'theft', 'burglary'],
  ['crash', 'collision', 'collide', 'accident'],
  ['resign', 'resignation', 'quit', 'step'],
  ['appoint', 'appointment', 'name', 'nominate', 'nomination', 'hire', 'select', 'choose', 'pick'],
  ['fire', 'dismiss', 'sack', 'oust', 'layoff', 'lay'],
  ['elect', 'election', 'vote', 'poll'],
  ['escape', 'flee', 'breakout', 'run', 'walk'],
  ['enter', 'check', 'admit', 'rehab', 'treatment'],
  ['release', 'free', 'issue'],
  ['sign', 'signing', 'agreement'],
  ['visit', 'trip', 'tour'],
  ['say', 'tell', 'state', 'statement', 'add', 'report', 'claim'],
];

const CLASS_OF = new Map<string, string>();
for (const words of CLASSES) for (const word of words) if (!CLASS_OF.has(word)) CLASS_OF.set(word, words[0]);

/** The class a base form belongs to, named by its first word; the base form itself when it is in none. */
export function happeningClass(lemma: string): string {
  const singular = lemma.length > 4 && lemma.endsWith('s') && !lemma.endsWith('ss') ? lemma.slice(0, -1) : lemma;
  return CLASS_OF.get(lemma) ?? CLASS_OF.get(singular) ?? singular;
}

/** Reporting classes: every "said" is a statement of its own, rarely the same happening as another. */
export function isStatementClass(cls: string): boolean {
  return cls === 'say';
}
