// Builds test/fixtures/news-dev/news-dev.jsonl from the two independent annotation passes:
// each pass's `TYPE<TAB>surface` lines are found in the article in order (sequential search), the passes'
// agreement is reported (exact-span F1 per type, Cohen's kappa over tokens), and every disagreement is
// settled by the guidelines (guidelines.md): by the written rules below, or by a decision recorded in
// adjudication.tsv. Run: node scripts/data/news-dev-adjudicate.js [--list] (--list prints what is left to decide).
'use strict';
const fs = require('fs');
const path = require('path');

const DIR = path.join(__dirname, '..', '..', 'test', 'fixtures', 'news-dev');
const TYPES = ['PER', 'ORG', 'LOC', 'MISC'];

const readJsonl = file =>
  fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map(line => JSON.parse(line));

const isWordChar = ch => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** The pass's mentions with offsets: each surface searched for after the previous one, at word boundaries first. */
function align(text, lines, problems, where) {
  const mentions = [];
  let cursor = 0;
  for (const line of lines) {
    const tab = line.indexOf('\t');
    const type = line.slice(0, tab).trim();
    const surface = line.slice(tab + 1);
    if (!TYPES.includes(type) || !surface) {
      problems.push(`${where}: bad line "${line}"`);
      continue;
    }
    const at = find(text, surface, cursor) ?? find(text, surface, 0);
    if (at === undefined) {
      problems.push(`${where}: "${surface}" not in the text`);
      continue;
    }
    if (at < cursor) problems.push(`${where}: "${surface}" out of order, found earlier at ${at}`);
    mentions.push({ start: at, end: at + surface.length, text: surface, type });
    cursor = Math.max(cursor, at + surface.length);
  }
  return mentions;
}

function find(text, surface, from) {
  let loose;
  for (let at = text.indexOf(surface, from); at >= 0; at = text.indexOf(surface, at + 1)) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + surface.length])) return at;
    loose ??= at;
  }
  return loose;
}

const key = m => `${m.start}:${m.end}:${m.type}`;
const overlaps = (a, b) => a.start < b.end && b.start < a.end;

/** Exact span and type F1 of one pass against the other (symmetric), overall and per type. */
function agreement(docs) {
  const rows = {};
  for (const t of [...TYPES, 'all']) rows[t] = { a: 0, b: 0, both: 0 };
  for (const d of docs) {
    const inB = new Set(d.b.map(key));
    for (const m of d.a) {
      rows[m.type].a++;
      rows.all.a++;
      if (inB.has(key(m))) {
        rows[m.type].both++;
        rows.all.both++;
      }
    }
    for (const m of d.b) {
      rows[m.type].b++;
      rows.all.b++;
    }
  }
  for (const r of Object.values(rows)) r.f1 = r.a + r.b ? (2 * r.both) / (r.a + r.b) : 1;
  return rows;
}

/** Cohen's kappa over word tokens, each labelled with its mention's type or O. */
function tokenKappa(docs) {
  const labelsOf = (text, mentions) => {
    const labels = [];
    for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
      const m = mentions.find(x => match.index >= x.start && match.index < x.end);
      labels.push(m ? m.type : 'O');
    }
    return labels;
  };
  const counts = new Map();
  let n = 0,
    same = 0;
  const a = new Map(),
    b = new Map();
  for (const d of docs) {
    const la = labelsOf(d.text, d.a),
      lb = labelsOf(d.text, d.b);
    la.forEach((x, i) => {
      n++;
      if (x === lb[i]) same++;
      a.set(x, (a.get(x) ?? 0) + 1);
      b.set(lb[i], (b.get(lb[i]) ?? 0) + 1);
    });
  }
  let expected = 0;
  for (const [label, count] of a) expected += (count / n) * ((b.get(label) ?? 0) / n);
  counts.set('tokens', n);
  return { tokens: n, observed: same / n, kappa: (same / n - expected) / (1 - expected) };
}

// ---- Adjudication -------------------------------------------------------------------------------------

// The guidelines' span rules, which settle a disagreement when one pass broke them.
const TITLES =
  /^(?:(?:President|Prime Minister|Minister|Secretary|Senator|Sen\.|Rep\.|Gov\.|Governor|Mayor|Judge|Justice|Chief|Director|General|Gen\.|Col\.|Capt\.|Lt\.|Sgt\.|Dr\.|Mr\.|Mrs\.|Ms\.|Miss|Sir|Lord|King|Queen|Prince|Princess|Pope|Rev\.|Father|Coach|Officer|Detective|Sheriff|Deputy|Chairman|CEO|Actress|Actor|Singer|Rapper|Star)\s+)+/;

/** What the guidelines say is wrong with a mention's span, if anything. */
function spanFault(m) {
  if (/^the\s/i.test(m.text)) return 'a leading "the"';
  if (/['’]s?$/.test(m.text) && m.text.length > 2 && !/s['’]$/.test(m.text)) return 'a possessive';
  if (m.type === 'PER' && TITLES.test(m.text)) return 'a title';
  if (/^[\s,.;:]|[\s,;:]$/.test(m.text)) return 'edge punctuation';
  return null;
}

/**
 * Settles a document's disagreements. Returns the adjudicated mentions and, for each disagreement, how
 * it was settled: `agree` needs nothing; `rule:` one side broke a span rule of the guidelines; `decided:`
 * a decision from adjudication.tsv; `open` when neither applies (then both passes' readings are listed).
 */
function adjudicate(doc, decisions) {
  const inA = new Set(doc.a.map(key)),
    inB = new Set(doc.b.map(key));
  const agreed = doc.a.filter(m => inB.has(key(m)));
  const only = [
    ...doc.a.filter(m => !inB.has(key(m))).map(m => ({ ...m, pass: 'a' })),
    ...doc.b.filter(m => !inA.has(key(m))).map(m => ({ ...m, pass: 'b' })),
  ].sort((x, y) => x.start - y.start || x.end - y.end);
  // Group disagreements that overlap each other into one case.
  const cases = [];
  for (const m of only) {
    const last = cases[cases.length - 1];
    if (last && last.mentions.some(x => overlaps(x, m))) last.mentions.push(m);
    else cases.push({ mentions: [m] });
  }
  const kept = [...agreed];
  const settled = [];
  for (const c of cases) {
    const start = Math.min(...c.mentions.map(m => m.start)),
      end = Math.max(...c.mentions.map(m => m.end));
    const id = `${doc.id}:${start}-${end}`;
    const context = doc.text.slice(Math.max(0, start - 60), Math.min(doc.text.length, end + 60)).replace(/\s+/g, ' ');
    const description = c.mentions.map(m => `${m.pass}:${m.type}:${m.text}`).join(' | ');
    const decision = decisions.get(id);
    if (decision !== undefined) {
      const chosen =
        decision.raw === 'a' || decision.raw === 'b' ? c.mentions.filter(m => m.pass === decision.raw) : decision.spans;
      kept.push(...chosen);
      settled.push({
        id,
        split: doc.split,
        how: 'decided',
        description,
        decision: decision.raw,
        reason: decision.reason,
        context,
      });
      continue;
    }
    // A side that broke a span rule loses to a side that did not, when both cover the same name.
    const faults = c.mentions.map(spanFault);
    const a = c.mentions.filter(m => m.pass === 'a'),
      b = c.mentions.filter(m => m.pass === 'b');
    const aFault = a.some((_, i) => faults[c.mentions.indexOf(a[i])]),
      bFault = b.some((_, i) => faults[c.mentions.indexOf(b[i])]);
    if (a.length && b.length && aFault !== bFault) {
      const winner = aFault ? b : a;
      kept.push(...winner.map(strip));
      const loser = aFault ? a : b;
      settled.push({
        id,
        split: doc.split,
        how: 'rule',
        description,
        reason: `${loser[0].pass} includes ${spanFault(loser.find(spanFault))}`,
        context,
      });
      continue;
    }
    settled.push({ id, split: doc.split, how: 'open', description, context });
  }
  kept.sort((x, y) => x.start - y.start || x.end - y.end);
  return { entities: kept.map(strip), settled };
}

const strip = ({ start, end, text, type }) => ({ start, end, text, type });

/**
 * adjudication.tsv: one decided case a line, `id<TAB>decision<TAB>reason`; the decision is `a` or `b` (that
 * pass's reading), `-` (no name) or `TYPE:start-end` items joined by `;` in article offsets (`ORG:120-135`).
 */
function readDecisions(file, docs) {
  const decisions = new Map();
  if (!fs.existsSync(file)) return decisions;
  const byId = new Map(docs.map(d => [d.id, d]));
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [id, raw, reason = ''] = line.split('\t');
    const doc = byId.get(id.slice(0, id.lastIndexOf(':')));
    const spans = ['-', 'a', 'b'].includes(raw)
      ? []
      : raw.split(';').map(item => {
          const [, type, s, e] = /^(PER|ORG|LOC|MISC):(\d+)-(\d+)$/.exec(item.trim());
          return { start: Number(s), end: Number(e), text: doc.text.slice(Number(s), Number(e)), type };
        });
    decisions.set(id, { spans, raw, reason });
  }
  return decisions;
}

function main() {
  const articles = readJsonl(path.join(DIR, 'articles.jsonl'));
  const problems = [];
  const docs = articles.map(article => {
    const pass = p => {
      const file = path.join(DIR, `pass-${p}`, `${article.id}.tsv`);
      if (!fs.existsSync(file)) {
        problems.push(`${article.id}: no pass ${p}`);
        return [];
      }
      return align(
        article.text,
        fs
          .readFileSync(file, 'utf8')
          .split('\n')
          .filter(l => l.trim()),
        problems,
        `${p}/${article.id}`,
      );
    };
    return {
      id: article.id,
      topic: article.topic,
      split: article.split,
      text: article.text,
      a: pass('a'),
      b: pass('b'),
    };
  });
  const decisions = readDecisions(path.join(DIR, 'adjudication.tsv'), docs);
  const out = [];
  const settled = [];
  for (const doc of docs) {
    const result = adjudicate(doc, decisions);
    settled.push(...result.settled);
    out.push({ id: doc.id, topic: doc.topic, split: doc.split, text: doc.text, entities: result.entities });
  }
  const open = settled.filter(s => s.how === 'open');
  if (process.argv.includes('--list')) {
    const split = (process.argv.find(a => a.startsWith('--split=')) || '').split('=')[1];
    for (const s of open.filter(s => !split || s.split === split))
      console.log(`${s.id}\t${s.description}\t${s.context}`);
    return;
  }
  for (const d of out) {
    for (const e of d.entities)
      if (d.text.slice(e.start, e.end) !== e.text)
        throw new Error(`${d.id}: span ${e.start}-${e.end} is not "${e.text}"`);
    for (let i = 1; i < d.entities.length; i++)
      if (d.entities[i].start < d.entities[i - 1].end)
        problems.push(`${d.id}: overlapping "${d.entities[i - 1].text}" and "${d.entities[i].text}"`);
  }
  fs.writeFileSync(path.join(DIR, 'news-dev.jsonl'), out.map(d => JSON.stringify(d)).join('\n') + '\n');

  const rows = agreement(docs);
  const kappa = tokenKappa(docs);
  const bySplit = split => settled.filter(s => s.split === split);
  const count = (list, how) => list.filter(s => s.how === how).length;
  const report = [
    `# Agreement and adjudication (written by scripts/data/news-dev-adjudicate.js)`,
    '',
    `${docs.length} articles; pass a ${rows.all.a} mentions, pass b ${rows.all.b}; both exactly (span and type): ${rows.all.both}.`,
    '',
    '| type | pass a | pass b | both | exact-span F1 between passes |',
    '|---|---:|---:|---:|---:|',
    ...[...TYPES, 'all'].map(
      t => `| ${t} | ${rows[t].a} | ${rows[t].b} | ${rows[t].both} | ${(100 * rows[t].f1).toFixed(1)} |`,
    ),
    '',
    `Token level (${kappa.tokens} word tokens, labels PER/ORG/LOC/MISC/O): observed agreement ${(100 * kappa.observed).toFixed(1)} %, Cohen's kappa ${kappa.kappa.toFixed(3)}.`,
    '',
    `Disagreements (overlapping differences grouped into one case): ${settled.length}; train split ${bySplit('train').length}, test split ${bySplit('test').length}.`,
    `- settled by a span rule of the guidelines (one side kept a title, a leading "the", a possessive): ${count(settled, 'rule')}`,
    `- decided by reading the case against the guidelines (adjudication.tsv, each with its reason): ${count(settled, 'decided')} (train ${count(bySplit('train'), 'decided')}, test ${count(bySplit('test'), 'decided')})`,
    `- left open (neither pass's reading kept): ${open.length}`,
    '',
    `Alignment problems: ${problems.length}${problems.length ? '\n' + problems.map(p => `- ${p}`).join('\n') : ''}`,
    '',
    `Adjudicated: ${out.reduce((s, d) => s + d.entities.length, 0)} mentions (${TYPES.map(t => `${t} ${out.reduce((s, d) => s + d.entities.filter(e => e.type === t).length, 0)}`).join(', ')}).`,
  ].join('\n');
  fs.writeFileSync(path.join(DIR, 'agreement.md'), report + '\n');
  console.log(report);
}

main();
