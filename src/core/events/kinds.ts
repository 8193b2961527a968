// Sorts an event into a broad kind by its trigger's base form, so the panel can filter and pick icons.
import type { EventKind } from '../types';

const KINDS: Record<Exclude<EventKind, 'other'>, string[]> = {
  meeting: ['meet', 'meeting', 'discuss', 'discussion', 'talk', 'talks', 'summit', 'conference', 'negotiate',
    'negotiation', 'consult', 'consultation', 'call', 'conversation', 'host', 'attend', 'gather', 'convene', 'debate'],
  military: ['launch', 'test', 'fire', 'firing', 'drill', 'drills', 'exercise', 'deploy', 'deployment', 'mobilize',
    'shell', 'shelling', 'overflight', 'intercept', 'detonate', 'develop', 'build', 'station', 'patrol'],
  attack: ['attack', 'strike', 'airstrike', 'bomb', 'bombing', 'kill', 'killing', 'shoot', 'shooting', 'murder',
    'wound', 'injure', 'invade', 'invasion', 'raid', 'ambush', 'clash', 'fight', 'fighting', 'battle', 'massacre',
    'explode', 'explosion', 'blast', 'hijack', 'hijacking', 'kidnap', 'kidnapping', 'rob', 'robbery', 'heist', 'stab',
    'war', 'offensive', 'siege', 'skirmish', 'incursion', 'occupy', 'occupation', 'seize', 'capture', 'destroy'],
  movement: ['arrive', 'go', 'come', 'visit', 'trip', 'tour', 'travel', 'leave', 'depart', 'return', 'withdraw', 'withdrawal',
    'flee', 'escape', 'evacuate', 'evacuation', 'move', 'fly', 'head', 'enter', 'cross', 'march', 'rally'],
  legal: ['arrest', 'charge', 'sentence', 'sentencing', 'convict', 'conviction', 'sue', 'lawsuit', 'trial', 'jail',
    'imprison', 'detain', 'detention', 'investigate', 'investigation', 'indict', 'rule', 'ruling', 'verdict',
    'hearing', 'acquit', 'fine', 'execute', 'execution', 'extradite', 'release', 'free', 'pardon', 'plead'],
  politics: ['elect', 'election', 'vote', 'referendum', 'appoint', 'appointment', 'nominate', 'nomination', 'resign',
    'resignation', 'inaugurate', 'inauguration', 'sanction', 'embargo', 'ban', 'impose', 'lift', 'veto', 'protest',
    'demonstration', 'riot', 'uprising', 'coup', 'condemn', 'recognize', 'annex', 'annexation', 'name', 'crackdown'],
  agreement: ['agree', 'agreement', 'sign', 'signing', 'deal', 'treaty', 'ceasefire', 'truce', 'accept', 'approve',
    'ratify', 'cooperate', 'join', 'settle', 'reconcile', 'pledge', 'commit'],
  disaster: ['earthquake', 'quake', 'crash', 'flood', 'storm', 'hurricane', 'tsunami', 'eruption', 'outbreak',
    'collapse', 'die', 'accident', 'blaze', 'collision', 'derailment', 'landslide', 'wildfire', 'sink', 'burn', 'fire'],
  business: ['acquire', 'acquisition', 'buy', 'sell', 'sale', 'purchase', 'merge', 'merger', 'takeover', 'invest',
    'unveil', 'announce', 'introduce', 'hire', 'fire', 'cut', 'raise', 'trade', 'export', 'import', 'pay', 'win', 'lose'],
};

const KIND_OF = new Map<string, EventKind>();
for (const [kind, words] of Object.entries(KINDS) as [EventKind, string[]][]) {
  for (const word of words) if (!KIND_OF.has(word)) KIND_OF.set(word, kind);
}

/** The kind of a happening named by this base form ("launch" → military); "other" when unknown. */
export function eventKind(base: string): EventKind {
  return KIND_OF.get(base) ?? 'other';
}
