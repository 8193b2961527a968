// Capitalised words that name no person, organization or place, whatever the model made of them: days,
// months, faiths and everyday abbreviations ("died early Monday", "On November 11", "a Roman Catholic
// priest", "Sunni militants", "a SWAT team", "charged with DUI").
import type { Span } from '../types';
import { isCommonWord } from '../text/lexicon';

const DAYS = 'monday tuesday wednesday thursday friday saturday sunday';
// "May", "April" and "June" are also names ("Theresa May said"); the others are months alone.
const MONTHS = 'january february march july august september october november december';
// A faith's adjective is MISC under CoNLL's conventions, as a nationality is ("Christian" is also a first name).
const FAITHS =
  'catholic catholics protestant protestants christians muslim muslims moslem moslems jewish jew jews hindu hindus ' +
  'buddhist buddhists sikh sikhs sunni sunnis shiite shiites shia evangelical evangelicals mormon mormons ' +
  'methodist baptist anglican lutheran presbyterian orthodox islamic islamist';
// Those who act in a story, named by what they are: "Police said", "Authorities believe" (a force with a
// name keeps it: "Vancouver Police").
const UNNAMED_GROUPS = 'police authorities officials prosecutors troops rescuers investigators organisers organizers';
const NOT_NAMES = new Set(`${DAYS} ${MONTHS} ${FAITHS} ${UNNAMED_GROUPS}`.split(' '));
// Abbreviations of everyday things, written in capitals: jobs, offences, sport's terms, medicine, devices,
// money. "GM" (General Motors), "PM" and "MP" are left out: news writes them for names and people too.
const ABBREVIATIONS = new Set(
  (
    'CEO CFO COO CTO CIO VP SVP EVP MVP QB KO TKO DUI DWI SWAT DNA GDP GNP IPO IPOs ATM ' +
    'ATMs SUV SUVs TV HIV PTSD ICU CPR MRI EMT EMTs GPS PC PCs DVD USB LED LCD HD FAQ RSVP ASAP VAT ROI EPS HQ ' +
    'POW POWs AWOL IED IEDs WMD UFO LGBT LGBTQ ADHD OCD GPA PhD MBA IQ RPG AK-47'
  ).split(' '),
);
// Words a faith's adjective may follow within it: "Roman Catholic", "Greek Orthodox", "Southern Baptist".
const FAITH_OPENERS = new Set(['roman', 'greek', 'russian', 'southern', 'ultra']);

// A title standing alone ("Const. Fanning said" read up to its full stop, "the President said") and a degree
// after a name ("Regina Benjamin, M. D."); not titles that are also surnames ("King", "Major", "Judge").
const TITLES = new Set(
  (
    'president sheriff senator governor mayor minister secretary chairman chairwoman spokesman spokeswoman ' +
    'spokesperson premier ambassador prosecutor sergeant lieutenant colonel'
  ).split(' '),
);
// Titles abbreviated, only with their full stop: "Sen." is a title, "Sen" a surname (Amartya Sen).
const ABBREVIATED_TITLES = new Set(
  'const msgr lt sgt det cpl pvt supt insp capt col gen adm maj gov sen rep rev cmdr'.split(' '),
);
const DEGREES = new Set(['md', 'mba', 'phd', 'da', 'jd', 'rn', 'cpa', 'dds', 'mph']);
const isDegree = (text: string) => DEGREES.has(text.toLowerCase().replace(/[.\s]/g, ''));

// A grade of crude and a virus's variant are named like places ("Brent crude", "the Omicron variant").
const NAMED_LIKE_PLACES = /^(?:Brent|BRENT|Alpha|Beta|Gamma|Delta|Omicron)$/;
const KIND_AFTER = /^[ \t]+(?:crude|CRUDE|blend|BLEND|futures|FUTURES|variant|subvariant|strain)(?![\p{L}])/u;

// An abbreviation that is also a name: the cameras before what they record ("CCTV footage"), China's
// broadcaster elsewhere ("broadcaster CCTV said").
const CAMERAS = /^CCTV[ \t]+(?:cameras?|footage|images?|operators?|systems?|recordings?|pictures|video)\b/;

// A title with its office, in everyday words: "Secretary of State", "Minister of Defence" (not "Ministry of
// Defence", nor "President of Russia", whose country is a name).
function isTitleOfOffice(lower: string): boolean {
  const [title, of, ...office] = lower.split(/[ \t]+/);
  return (
    TITLES.has(title) &&
    of === 'of' &&
    office.length > 0 &&
    office.every((w, i) => (i === 0 && w === 'the') || isCommonWord(w))
  );
}

// A sports page's slug before its headline ("GOLF - HAEGGMAN SHARES LEAD", "RUGBY UNION - NATAL BEAT …").
const SPORTS = new Set(
  (
    'golf|soccer|football|tennis|cricket|athletics|cycling|rugby|rugby union|rugby league|baseball|basketball|' +
    'ice hockey|hockey|boxing|motor racing|motorcycling|formula one|skiing|alpine skiing|nordic skiing|swimming|' +
    'sailing|yachting|horse racing|racing|badminton|volleyball|handball|squash|snooker|rowing|judo|wrestling|' +
    'athletics|gymnastics|triathlon|marathon|chess|darts|equestrianism|show jumping|rallying|sport'
  ).split('|'),
);
const SLUG_DASH = /^[ \t]+[-–—][ \t]/;

function isSportSlug(name: Span, text: string): boolean {
  const lineStart = name.start === 0 || text.charAt(name.start - 1) === '\n';
  return lineStart && SPORTS.has(name.text.toLowerCase()) && SLUG_DASH.test(text.slice(name.end, name.end + 3));
}

/**
 * Whether a name is a day, a month, a faith's word or an everyday abbreviation ("Friday", "Roman Catholic",
 * "SWAT", "CCTV footage"); `text` is the article the name's offsets point into.
 */
export function isCommonName(name: Span, text = ''): boolean {
  if (ABBREVIATIONS.has(name.text) || isSportSlug(name, text)) return true;
  if (NAMED_LIKE_PLACES.test(name.text) && KIND_AFTER.test(text.slice(name.end, name.end + 20))) return true;
  if (name.text === 'CCTV' && CAMERAS.test(text.slice(name.start, name.start + 20))) return true;
  const bare = name.text.toLowerCase().replace(/\.$/, '');
  if (TITLES.has(bare) || isTitleOfOffice(bare)) return true;
  const fullStop = name.text.endsWith('.') || text.charAt(name.end) === '.';
  if (fullStop && ABBREVIATED_TITLES.has(bare)) return true;
  if (/\p{L}\.\s?\p{L}/u.test(name.text) && isDegree(name.text)) return true;
  const words = name.text.toLowerCase().split(/[ \t]+/);
  const last = words[words.length - 1];
  if (!NOT_NAMES.has(last)) return false;
  return words.length === 1 || (words.length === 2 && FAITH_OPENERS.has(words[0]));
}

/**
 * Whether a name is a degree written after a person's name or another degree and its comma ("Regina
 * Benjamin, MD, PhD, said"), or a barrister's rank after the name ("Jane Doe KC"),
 * though "MD" after a town is Maryland ("Baltimore, MD"); `previous` is the name read just before it.
 */
export function isDegreeAfterPerson(
  name: Span,
  text: string,
  previous: (Span & { type: string }) | undefined,
): boolean {
  if (previous === undefined) return false;
  const between = text.slice(previous.end, name.start);
  // A barrister's rank follows the name with no comma ("Jane Doe KC said").
  if (COUNSEL_RANKS.has(name.text) && previous.type === 'person' && /^[ \t]+$/.test(between)) return true;
  return (
    isDegree(name.text) && (previous.type === 'person' || isDegree(previous.text)) && /^[ \t]*,[ \t]*$/.test(between)
  );
}

const COUNSEL_RANKS = new Set(['KC', 'QC', 'SC', 'BL', 'SC.', 'K.C.', 'Q.C.']);
