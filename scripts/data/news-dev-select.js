// Picks the news dev set's articles from ECB+ topics 1–35 (held-out topics: two ECB and two ECB+ texts each, in a
// fixed hash order) and splits them by topic: every fifth topic is held out. Writes articles.jsonl.
'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const SOURCE = path.join(__dirname, '..', '..', '..', 'shared', 'eval', 'ecbplus.jsonl');
const OUT = path.join(__dirname, '..', '..', 'test', 'fixtures', 'news-dev', 'articles.jsonl');
const PER_KIND = 2;
const PER_KIND_TRAIN = Infinity; // every train-topic article

const hash = id => crypto.createHash('sha1').update(id).digest('hex');
const docs = fs
  .readFileSync(SOURCE, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map(line => JSON.parse(line))
  .filter(doc => doc.topic <= 35);
const topics = [...new Set(docs.map(doc => doc.topic))].sort((a, b) => a - b);
const heldOut = new Set(topics.filter((_, i) => i % 5 === 2));
const picked = topics.flatMap(topic =>
  ['ecb', 'ecbplus'].flatMap(kind =>
    docs
      .filter(doc => doc.topic === topic && doc.id.endsWith(kind) && !doc.id.endsWith(kind === 'ecb' ? 'plus' : '~'))
      .sort((a, b) => hash(a.id).localeCompare(hash(b.id)))
      .slice(0, heldOut.has(topic) ? PER_KIND : PER_KIND_TRAIN),
  ),
);
const lines = picked.map(doc =>
  JSON.stringify({
    id: doc.id,
    topic: doc.topic,
    split: heldOut.has(doc.topic) ? 'test' : 'train',
    text: doc.text,
  }),
);
fs.writeFileSync(OUT, lines.join('\n') + '\n');
console.log(
  `${picked.length} articles, ${picked.filter(d => heldOut.has(d.topic)).length} held out (topics ${[...heldOut].join(', ')})`,
);
