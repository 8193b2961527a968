// Which place and organization keys of a workspace name one thing under a longer name: "Aceh" is the
// "Aceh Province" of another article, "Promises Treatment Center" the "Malibu Promises Treatment Center".

// Words after a place's name that do not make it another place ("Mexico City", "Orange County" do).
const PLACE_CLASSES = ['province', 'island', 'region', 'prefecture'];
// How many words a place before a name may have ("Los Angeles Police Department").
const MAX_PLACE_WORDS = 3;

/** For each key that a longer key of the workspace qualifies, that longer key, when it is the only one. */
export function mergeQualifiedNames(keys: Iterable<string>): Map<string, string> {
  const present = new Set(keys);
  const fuller = new Map<string, Set<string>>();
  const note = (shorter: string, longer: string) => {
    if (!present.has(shorter)) return;
    if (!fuller.has(shorter)) fuller.set(shorter, new Set());
    fuller.get(shorter)!.add(longer);
  };
  for (const key of present) {
    const [type, name] = splitKey(key);
    if (type !== 'place' && type !== 'organization') continue;
    const words = name.split('-');
    if (type === 'place' && words.length > 1 && PLACE_CLASSES.includes(words[words.length - 1])) {
      note(`place:${words.slice(0, -1).join('-')}`, key);
    }
    // A place, then a name of two words or more: "Malibu Promises Treatment Center".
    for (let placeWords = 1; placeWords <= MAX_PLACE_WORDS && words.length - placeWords >= 2; placeWords++) {
      if (present.has(`place:${words.slice(0, placeWords).join('-')}`))
        note(`${type}:${words.slice(placeWords).join('-')}`, key);
    }
  }
  const mergedInto = new Map<string, string>();
  // Two longer names ("Los Angeles Police Department", "New York Police Department") keep the short one apart.
  for (const [shorter, longer] of fuller) if (longer.size === 1) mergedInto.set(shorter, [...longer][0]);
  return mergedInto;
}

function splitKey(key: string): [string, string] {
  const colon = key.indexOf(':');
  return [key.slice(0, colon), key.slice(colon + 1)];
}
