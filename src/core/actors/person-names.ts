// Which person keys of a workspace name one person: "Fred LaRue" = "Frederick C. LaRue", "Christopher
// Simpson" = "Christopher Kenyon Simpson", and a bare "LaRue" when only one such person exists.
import { personKeyName } from './actor-key';

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
// Short forms of given names that news uses for the same person.
const NICKNAMES: Record<string, string> = {
  fred: 'frederick',
  bill: 'william',
  will: 'william',
  bob: 'robert',
  rob: 'robert',
  jim: 'james',
  jimmy: 'james',
  mike: 'michael',
  tom: 'thomas',
  dick: 'richard',
  rick: 'richard',
  dan: 'daniel',
  dave: 'david',
  joe: 'joseph',
  tony: 'anthony',
  steve: 'steven',
  chris: 'christopher',
  matt: 'matthew',
  nick: 'nicholas',
  alex: 'alexander',
  ben: 'benjamin',
  sam: 'samuel',
  ted: 'edward',
  ed: 'edward',
  andy: 'andrew',
  pat: 'patrick',
  ron: 'ronald',
  don: 'donald',
  jerry: 'gerald',
  larry: 'lawrence',
  charlie: 'charles',
  chuck: 'charles',
  hank: 'henry',
  liz: 'elizabeth',
  beth: 'elizabeth',
  kate: 'katherine',
  kathy: 'katherine',
  sue: 'susan',
  jenny: 'jennifer',
};

interface PersonName {
  key: string;
  first: string;
  middle: string[];
  last: string;
}

function parse(key: string): PersonName | null {
  const words = (personKeyName(key) ?? '').split('-').filter(w => w && !SUFFIXES.has(w));
  if (words.length < 2) return null;
  const first = NICKNAMES[words[0]] ?? words[0];
  return { key, first, middle: words.slice(1, -1), last: words[words.length - 1] };
}

// "Frederick C. LaRue" and "Fred LaRue" agree; "George W. Bush" and "George H. W. Bush" do not.
function middlesAgree(a: string[], b: string[]): boolean {
  const initials = (words: string[]) => words.map(w => w[0]).join('');
  const [short, long] = a.length <= b.length ? [initials(a), initials(b)] : [initials(b), initials(a)];
  return short.length === 0 || long.startsWith(short);
}

/**
 * For each person key that names the same person as a fuller one, that fuller key. `mentions` counts
 * the mentions of each key, to choose the name to keep among equally full ones.
 */
export function mergePersonNames(keys: Iterable<string>, mentions: Map<string, number>): Map<string, string> {
  const mergedInto = new Map<string, string>();
  const groups = new Map<string, PersonName[]>();
  const bare: string[] = [];
  for (const key of keys) {
    const name = parse(key);
    if (!name) {
      bare.push(key);
      continue;
    }
    const group = `${name.first}-${name.last}`;
    if (!groups.has(group)) groups.set(group, []);
    groups.get(group)!.push(name);
  }
  const bySurname = new Map<string, Set<string>>();
  for (const names of groups.values()) {
    // The fullest name is kept; each other joins it when their middle names agree.
    names.sort(
      (a, b) =>
        b.middle.length - a.middle.length ||
        (mentions.get(b.key) ?? 0) - (mentions.get(a.key) ?? 0) ||
        // Then the fuller spelling ("Frederick Cheney LaRue", "Steven"), whatever order the keys came in.
        b.key.length - a.key.length ||
        (a.key < b.key ? -1 : 1),
    );
    for (const name of names) {
      const target = names.find(
        n =>
          n !== name &&
          middlesAgree(n.middle, name.middle) &&
          !mergedInto.has(n.key) &&
          (n.middle.length > name.middle.length ||
            (n.middle.length === name.middle.length && names.indexOf(n) < names.indexOf(name))),
      );
      if (target) mergedInto.set(name.key, target.key);
    }
    for (const name of names) {
      if (mergedInto.has(name.key)) continue;
      if (!bySurname.has(name.last)) bySurname.set(name.last, new Set());
      bySurname.get(name.last)!.add(name.key);
    }
  }
  // A bare surname joins the only person of the workspace with that surname; with two it stays apart.
  for (const key of bare) {
    const people = bySurname.get(personKeyName(key) ?? '');
    if (people?.size === 1) mergedInto.set(key, [...people][0]);
  }
  return mergedInto;
}
