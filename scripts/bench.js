// `npm run bench`: speed and memory of the indexing path, as ratios against baselines run in this process.
// Prints each figure with its target and exits non-zero when one is missed. Needs `node scripts/build.js`.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { performance } = require('perf_hooks');

const root = path.join(__dirname, '..');
// The editor side loads only the light part of the core (src/core/view.ts); annotating is in workers.
const { ActorIndex, AnnotationCache, contentHash } = require(path.join(root, 'out', 'src', 'core', 'view'));
const { ArticleTexts } = require(path.join(root, 'out', 'src', 'workspace', 'article-texts'));
const { lineStarts } = require(path.join(root, 'out', 'src', 'workspace', 'line-starts'));
const { groupEvents } = require(path.join(root, 'out', 'src', 'features', 'events', 'events-groups'));
const { AnnotatePool } = require(path.join(root, 'out', 'src', 'worker', 'node-pool'));
const { SCAN_CONCURRENCY, forEachConcurrently } = require(
  path.join(root, 'out', 'src', 'workspace', 'scan-concurrency'),
);
const WORKER = path.join(root, 'dist', 'annotate-worker.js');
// ../shared beside the project (a git worktree may sit one folder deeper), or NEWS_LENS_ECBPLUS.
const DATASET =
  [
    process.env.NEWS_LENS_ECBPLUS,
    path.join(root, '..', 'shared', 'eval', 'ecbplus.jsonl'),
    path.join(root, '..', '..', 'shared', 'eval', 'ecbplus.jsonl'),
  ].find(file => file && fs.existsSync(file)) ?? path.join(root, '..', 'shared', 'eval', 'ecbplus.jsonl');

const results = [];
function report(name, value, unit, target, pass) {
  results.push({ name, value, unit, target, pass });
  console.log(
    `${pass ? 'ok  ' : 'MISS'} ${name}: ${typeof value === 'number' ? value.toFixed(value < 10 ? 2 : 0) : value} ${unit}  (target ${target})`,
  );
}

const percentile = (values, p) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
async function timed(fn) {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

/**
 * The real indexing path: cache look-up, else a worker annotates; every result goes into the index. A doc
 * has its `text`, or `read()` gives it when the scan reaches the doc (see `loadDocs`).
 */
async function indexAll(docs, pool, cache, keepArticle = () => {}) {
  const index = new ActorIndex();
  // At the editor's pace: a few articles at a time, as its scan reads files.
  await forEachConcurrently(docs, SCAN_CONCURRENCY, async doc => {
    const text = doc.text ?? doc.read();
    const key = AnnotationCache.key(text);
    // As the editor's annotator does: a cached annotation in the compact form the cache keeps, a new one in
    // the compact form the worker makes.
    let annotation = cache.stored(key);
    if (!annotation) {
      annotation = await pool.annotateCompactly(text);
      cache.set(key, annotation);
    }
    keepArticle(doc.id, text);
    index.set(doc.id, annotation);
  });
  index.actors(); // the actor table is built once, as the first hover would
  return index;
}

// Hover, definition and references at 2,000 places of the index's articles.
function probeQueries(index) {
  const ids = index.documentIds();
  const probes = { hover: [], definition: [], references: [] };
  for (let i = 0; i < 2000; i++) {
    const id = ids[(i * 7919) % ids.length];
    const annotation = index.annotation(id);
    const entity = annotation.entities[i % Math.max(1, annotation.entities.length)];
    const offset = entity ? entity.start : 0;
    probes.hover.push(
      timedSync(() => {
        const e = index.entityAt(id, offset);
        return e && index.actor(e.actorKey);
      }).ms,
    );
    probes.definition.push(
      timedSync(() => {
        const e = index.entityAt(id, offset);
        return e && index.firstMentions(e.actorKey);
      }).ms,
    );
    probes.references.push(
      timedSync(() => {
        const e = index.entityAt(id, offset);
        return e && index.mentionsOf(e.actorKey);
      }).ms,
    );
  }
  for (const [name, times] of Object.entries(probes)) {
    report(`${name} on ${ids.length} articles: p99`, percentile(times, 99), 'ms', '< 5', percentile(times, 99) < 5);
  }
  return ids;
}

// Memory is measured in a process that does nothing but index, so the baseline's garbage does not count.
// Gives the process RSS in MB right after the scan and, at archive scale, once settled (see below).
function measureMemoryInFreshProcess() {
  const child = spawnSync(process.execPath, ['--expose-gc', __filename, '--memory-only', ...articlesArgument()], {
    encoding: 'utf8',
  });
  const figures = JSON.parse(child.stdout.trim().split('\n').pop() || 'null');
  if (!Number.isFinite(figures?.afterScan)) throw new Error(`memory probe failed: ${child.stderr}`);
  console.log(child.stderr.trim());
  return figures;
}

// Steady state after the scan: the index held, the pool shrunk back to one worker once idle, and what the
// editor keeps of each article besides (workspace-index.ts): its text, packed, its line starts and its hash.
async function memoryOnly(loadArticles) {
  const pool = new AnnotatePool(WORKER, { idleMs: 1000 });
  const texts = new ArticleTexts();
  const articles = new Map();
  const index = await indexAll(loadArticles(), pool, new AnnotationCache('bench'), (id, text) => {
    texts.set(id, text);
    articles.set(id, { lines: lineStarts(text), contentHash: contentHash(text) });
  });
  await new Promise(resolve => setTimeout(resolve, 2000));
  global.gc?.();
  const afterScan = process.memoryUsage();
  const megabytes = bytes => (bytes / 1e6).toFixed(0);
  const heap = ({ heapUsed, heapTotal }) => `heap used ${megabytes(heapUsed)} MB, committed ${megabytes(heapTotal)} MB`;
  console.error(`right after the scan: RSS ${megabytes(afterScan.rss)} MB, ${heap(afterScan)}`);
  // What holes a scan leaves in the heap's pages V8 gives back only once it sees allocation stop for a while
  // (its memory reducer): an idle editor holds the settled figure, and both are held to the target.
  let settled = null;
  if (articlesArgument().length) {
    const idleMs = 60000;
    await new Promise(resolve => setTimeout(resolve, idleMs));
    settled = process.memoryUsage();
    console.error(`idle ${idleMs / 1000} s later: RSS ${megabytes(settled.rss)} MB, ${heap(settled)}`);
  }
  console.log(
    JSON.stringify({
      afterScan: afterScan.rss / 1e6,
      settled: settled && settled.rss / 1e6,
    }),
  );
  await pool.dispose();
  // Held until here, as the editor holds them.
  if (index.documentIds().length !== articles.size || !texts.has(index.documentIds()[0])) throw new Error('lost');
}

// `--articles N`: an archive of N articles made of the ECB+ texts, each copy after the first varied (a
// dateline naming the copy) so that the content cache cannot collapse them into one entry.
function articlesArgument() {
  const at = process.argv.indexOf('--articles');
  return at >= 0 ? ['--articles', process.argv[at + 1]] : [];
}

// `readWhenScanned`: each copy's text is made when the scan reaches it and let go once indexed, as the editor
// reads a file, keeps its bytes (ArticleTexts) and drops the string. Made up front, the scan held all 20,000
// strings to its end, and their holes in the heap (about 40 MB committed right after the scan) were the
// bench's, not the editor's.
function loadDocs({ readWhenScanned = false } = {}) {
  if (!fs.existsSync(DATASET)) throw new Error(`${DATASET} not found (../shared beside the project)`);
  const ecb = fs
    .readFileSync(DATASET, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map(line => {
      const { id, text } = JSON.parse(line);
      return { id, text };
    });
  const wanted = Number(articlesArgument()[1] ?? ecb.length);
  if (!Number.isInteger(wanted) || wanted < 1) throw new Error('--articles needs a positive whole number');
  return Array.from({ length: wanted }, (_, i) => {
    const { id, text } = ecb[i % ecb.length];
    const copy = Math.floor(i / ecb.length);
    if (copy === 0) return { id, text };
    const read = () => `ARCHIVE COPY ${copy}:\n${text}`;
    return readWhenScanned ? { id: `${id}~${copy}`, read } : { id: `${id}~${copy}`, text: read() };
  });
}

// Opening a view: the work its root asks of the index (the Actors view's actors, the Events view's
// groups by article), as the tree providers do it on first show.
// Five times, each after an article came in anew, and the median: one run can meet a major collection of the
// bench's own heap (it holds two indexes and the stored cache), 200 ms at 20,000 articles.
function measureViews(index) {
  const last = index.documentIds().pop();
  const runs = Array.from({ length: 5 }, () => {
    // The actor table is built by the first view that asks after an article came in.
    index.set(last, index.annotation(last));
    const actors = timedSync(() => index.actors().map(actor => ({ kind: 'actor', actorId: actor.id })));
    const events = timedSync(() =>
      groupEvents(index, 'document', {}, { articleDate: () => null, nameOf: key => index.actor(key)?.name ?? key }).map(
        g => g.group,
      ),
    );
    return { actors: actors.ms, events: events.ms };
  });
  const median = times => times.sort((a, b) => a - b)[2];
  const actors = runs.map(r => r.actors);
  const events = runs.map(r => r.events);
  console.log(
    `views, five openings: Actors ${actors.map(Math.round).join(', ')} ms; Events ${events.map(Math.round).join(', ')} ms`,
  );
  return { actors: median(actors), events: median(events) };
}

function timedSync(fn) {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

// Activation is measured where it happens: the extension loaded by a real VS Code (code-server), once.
async function measureActivation() {
  const host = require('./lib/vscode-host');
  require('./ensure-deps').ensureTestEnv();
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-bench-')), 'activation.json');
  const server = await host.startCodeServer({ env: { NEWS_LENS_BENCH_OUT: out } });
  const browser = await host.launchBrowser();
  try {
    const page = await browser.newPage();
    let done;
    const exited = new Promise(resolve => (done = resolve));
    await page.exposeFunction('codeAutomationExit', code => done(code));
    await page.goto(
      host.workbenchUrl(server.port, path.join(root, 'seeds'), {
        extensionDevelopmentPath: root,
        extensionTestsPath: path.join(root, 'out', 'test', 'bench'),
      }),
      { timeout: 60000 },
    );
    // The figures file is written before run() returns; the exit call may come late or not at all.
    const written = (async () => {
      while (!fs.existsSync(out)) await new Promise(resolve => setTimeout(resolve, 200));
    })();
    await Promise.race([exited, written, new Promise(resolve => setTimeout(resolve, 120000))]);
    return JSON.parse(fs.readFileSync(out, 'utf8'));
  } finally {
    await browser.close().catch(() => {});
    await server.stop();
    fs.rmSync(path.dirname(out), { recursive: true, force: true });
  }
}

async function main() {
  if (process.argv.includes('--memory-only')) return memoryOnly(() => loadDocs({ readWhenScanned: true }));
  if (process.argv.includes('--activation-only')) return console.log(await measureActivation());
  const docs = loadDocs();
  const megabytes = docs.reduce((sum, d) => sum + d.text.length, 0) / 1e6;
  console.log(
    `${docs.length} ECB+ articles, ${megabytes.toFixed(2)} MB, ${os.cpus().length} cores, Node ${process.version}\n`,
  );
  if (articlesArgument().length) return archive(docs);

  // Baseline: plain sequential compromise, as a naive extension would tag on its host thread.
  const nlp = require('compromise');
  const baseline = await timed(() => docs.forEach(d => nlp(d.text).json({ offset: true })));
  console.log(`baseline: sequential compromise ${baseline.ms.toFixed(0)} ms`);

  const pool = new AnnotatePool(WORKER);
  await pool.annotate('Warm-up: Seoul and Tokyo.'); // workers start once, at activation
  const cache = new AnnotationCache('bench');
  const cold = await timed(() => indexAll(docs, pool, cache));
  report(
    'cold index of the ECB+ articles / baseline',
    cold.ms / baseline.ms,
    '×',
    '≤ 0.5',
    cold.ms / baseline.ms <= 0.5,
  );

  // Warm start: the stored cache is read back (as from the extension's storage) and every article hits it.
  const stored = JSON.stringify(cache);
  const warm = await timed(() => indexAll(docs, pool, AnnotationCache.fromJSON(JSON.parse(stored), 'bench')));
  report('warm start speed-up over cold', cold.ms / warm.ms, '×', '≥ 20', cold.ms / warm.ms >= 20);

  // Typing in a 5 KB article: each keystroke's re-annotation in a worker, in the compact form the editor asks
  // for (workspace-index.ts), and the article's entry in the index replaced by it.
  const article = docs
    .map(d => d.text)
    .join('\n')
    .slice(0, 5000);
  const typing = [];
  for (let i = 0; i < 60; i++) {
    const edited = article.slice(0, 2500) + 'x'.repeat(i) + article.slice(2500);
    typing.push((await timed(async () => cold.value.set('typed', await pool.annotateCompactly(edited)))).ms);
  }
  cold.value.delete('typed');
  report(
    'typing in a 5 KB article: re-annotation p95',
    percentile(typing, 95),
    'ms',
    '< 30',
    percentile(typing, 95) < 30,
  );

  // Hover, definition and references on an index of about 1,000 articles.
  const ids = probeQueries(cold.value);

  const rss = measureMemoryInFreshProcess().afterScan;
  report(
    `memory with ${ids.length} articles indexed, after the scan (process RSS, worker included)`,
    rss,
    'MB',
    '< 250',
    rss < 250,
  );

  // One huge article: time per megabyte at 5 MB against 1 MB (linear means a ratio near 1).
  const all = docs.map(d => d.text).join('\n\n');
  const big = all.repeat(Math.ceil(5e6 / all.length));
  const oneMb = await timed(() => pool.annotate(big.slice(0, 1e6)));
  const fiveMb = await timed(() => pool.annotate(big.slice(0, 5e6)));
  const growth = fiveMb.ms / 5 / oneMb.ms;
  console.log(
    `one 5 MB article: ${(fiveMb.ms / 1000).toFixed(1)} s in a worker (1 MB: ${(oneMb.ms / 1000).toFixed(1)} s)`,
  );
  report('one 5 MB article: time per MB against 1 MB', growth, '×', '≤ 1.5 (linear)', growth <= 1.5);
  await pool.dispose();

  // The CLI over the JSONL set, as the quality checks run it.
  const input = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-bench-')), 'ecb.jsonl');
  fs.writeFileSync(input, docs.map(d => JSON.stringify(d)).join('\n'));
  const cli = await timed(() =>
    spawnSync(
      process.execPath,
      [path.join(root, 'bin', 'news-lens.js'), 'annotate', '--format', 'json', '--jsonl', input],
      { maxBuffer: 1 << 30 },
    ),
  );
  fs.rmSync(path.dirname(input), { recursive: true, force: true });
  console.log(
    `CLI on the JSONL set: ${(docs.length / (cli.ms / 1000)).toFixed(0)} docs/s, ${(megabytes / (cli.ms / 1000)).toFixed(2)} MB/s (whole process)`,
  );

  // The extension host is busy with the workbench's own start-up, so one start varies a lot: the median of five.
  const starts = [];
  for (let i = 0; i < 5; i++) starts.push(await measureActivation());
  starts.sort((a, b) => a.activationMs - b.activationMs);
  const { activationMs, bundleLoadMs, activateMs } = starts[2];
  console.log(`activation in VS Code, five starts: ${starts.map(s => s.activationMs).join(', ')} ms`);
  report(
    `activation in VS Code, median: loading the bundle (${bundleLoadMs} ms) + activate() (${activateMs} ms)`,
    activationMs,
    'ms',
    '< 50',
    activationMs < 50,
  );

  const missed = results.filter(r => !r.pass);
  console.log(`\n${results.length - missed.length} of ${results.length} targets met`);
  process.exitCode = missed.length ? 1 : 0;
}

// `--articles N`: the editor's figures at archive scale — the index, not the annotators, is what grows.
async function archive(docs) {
  const pool = new AnnotatePool(WORKER);
  await pool.annotate('Warm-up: Seoul and Tokyo.');
  const cache = new AnnotationCache('bench');
  const cold = await timed(() => indexAll(docs, pool, cache));
  console.log(`cold index of ${docs.length} articles: ${(cold.ms / 1000).toFixed(1)} s`);
  const stored = JSON.stringify(cache);
  const warm = await timed(() => indexAll(docs, pool, AnnotationCache.fromJSON(JSON.parse(stored), 'bench')));
  console.log(`warm start: ${(warm.ms / 1000).toFixed(2)} s`);
  report('warm start speed-up over cold', cold.ms / warm.ms, '×', '≥ 20', cold.ms / warm.ms >= 20);
  await pool.dispose();
  probeQueries(cold.value);
  const views = measureViews(cold.value);
  report('opening the Actors view (median of five)', views.actors, 'ms', '< 200', views.actors < 200);
  report('opening the Events view (median of five)', views.events, 'ms', '< 200', views.events < 200);
  const memory = measureMemoryInFreshProcess();
  report(
    `memory with ${docs.length} articles indexed, right after the scan (process RSS, worker included)`,
    memory.afterScan,
    'MB',
    '≤ 600',
    memory.afterScan <= 600,
  );
  report(
    `memory with ${docs.length} articles indexed, after the scan once settled (process RSS, worker included)`,
    memory.settled,
    'MB',
    '≤ 600',
    memory.settled <= 600,
  );
  const missed = results.filter(r => !r.pass);
  console.log(`\n${results.length - missed.length} of ${results.length} targets met`);
  process.exitCode = missed.length ? 1 : 0;
}

main().catch(error => {
  console.error(`bench: ${error.stack || error}`);
  process.exitCode = 1;
});
