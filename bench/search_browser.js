#!/usr/bin/env node
// govsite's 站内搜索 against Pagefind on the same built site, in headless Chromium (Debian's
// `chromium`, driven by playwright-core from bench/package.json):
//   node bench/search_browser.js --site SITE/public --pagefind PAGEFIND_BUNDLE
//        [--phrases N] [--runs R] [--govsite-index "SECONDS MIB"] [--pagefind-index "SECONDS MIB"]
// PAGEFIND_BUNDLE is what `pagefind --site SITE/public --output-path PAGEFIND_BUNDLE` wrote;
// it is served at /pagefind/ beside the site, as if it were in it.
//
// For each query (N rare 20-character phrases and the fixed queries of
// bench/search_phrases.js: 政务公开, 营商环境, 法治, a 发文字号 and its prefix, a 索引号, an
// issuer), R times, alternating: a new browser context (empty cache) opens
//   - govsite: SITE's own search page, /search/?q=…, and waits until the first page of
//     results (or "没有找到") is shown;
//   - Pagefind: a page that imports /pagefind/pagefind.js (its JavaScript API, what its
//     default UI calls), searches, and loads the data (URL, title, excerpt) of the first 10
//     results, as a results page shows them.
// Time: from the start of the navigation to the first page of results on screen (median of
// R). Bytes: what the server sent for the search itself until then: govsite's search.js and
// search/*.json files, everything under /pagefind/ (its script, worker, WebAssembly, index
// and fragments); the page around it (HTML, stylesheet) is not counted for either. "gz" is
// the same responses gzip-compressed as a web server would send them (a file that does not
// get smaller, as Pagefind's already compressed index, counted as it is).
// Recall: of the documents whose searchable text holds the query as written (truth from
// govsite's records, as bench/search_phrases.js), the share found on any page of results
// (govsite: its client paged to the end in Node; Pagefind: every result's URL, read in the
// browser after the timing, at most the first 5,000). Precision@10: the share of the first page that is in that set.
// Recall is printed for queries with at most 100 such documents (the known phrases).
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const zlib = require('node:zlib');
const { chromium } = require('playwright-core');
const phrases = require('./search_phrases.js');

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const PAGE_SIZE = 10;
const RECALL_LIMIT = 100;
// Results whose URL Pagefind is asked for when checking recall (each is one fragment fetch).
const PAGEFIND_URLS = 5000;

const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : def; };
const siteDir = path.resolve(opt('--site'));
const pagefindDir = path.resolve(opt('--pagefind'));
const phraseCount = Number(opt('--phrases', 5));
const runs = Number(opt('--runs', 3));

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.wasm': 'application/wasm', '.xml': 'application/xml' };

// The Pagefind results page: the API as its default UI uses it, first page of 10.
const PAGEFIND_PAGE = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>Pagefind</title></head>
<body><p id="status"></p><ol id="results"></ol>
<script type="module">
const q = new URLSearchParams(location.search).get('q');
const pagefind = await import('/pagefind/pagefind.js');
const search = await pagefind.search(q);
const first = await Promise.all(search.results.slice(0, ${PAGE_SIZE}).map((r) => r.data()));
document.getElementById('status').textContent = '找到 ' + search.results.length + ' 条结果';
const list = document.getElementById('results');
for (const d of first) {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = d.url;
  a.textContent = d.meta.title || d.url;
  const p = document.createElement('p');
  p.innerHTML = d.excerpt;
  li.append(a, p);
  list.append(li);
}
window.__bench = { ms: performance.now(), count: search.results.length, urls: first.map((d) => d.url) };
window.__allUrls = (limit) => Promise.all(search.results.slice(0, limit).map((r) => r.data().then((d) => d.url)));
</script></body></html>
`;

// govsite's page: done when the status line shows the outcome of the search.
const GOVSITE_WATCH = `(() => {
  const check = () => {
    if (window.__bench) return;
    const container = document.getElementById('search-results');
    const status = document.querySelector('.search-results__status');
    if (!container || !status || container.hasAttribute('aria-busy')) return;
    const text = status.textContent;
    if (!text || text === '正在搜索…') return;
    window.__bench = { ms: performance.now(), status: text,
      urls: Array.from(document.querySelectorAll('.search-result__link')).map((a) => a.getAttribute('href')) };
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
})();`;

const gzipSizes = new Map();
function sizes(file, body) {
  if (!gzipSizes.has(file)) gzipSizes.set(file, Math.min(body.length, zlib.gzipSync(body).length));
  return { raw: body.length, gz: gzipSizes.get(file) };
}

// A static server for the site and the Pagefind bundle, logging what it sends.
let sent = [];
function serve() {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const p = decodeURIComponent(url.pathname);
    if (p === '/__bench/pagefind.html') {
      res.writeHead(200, { 'Content-Type': TYPES['.html'], 'Cache-Control': 'no-store' });
      res.end(PAGEFIND_PAGE);
      return;
    }
    const root = p.startsWith('/pagefind/') ? pagefindDir : siteDir;
    const rel = p.startsWith('/pagefind/') ? p.slice('/pagefind/'.length) : p.slice(1);
    let file = path.join(root, rel);
    if (!file.startsWith(root)) { res.writeHead(403); res.end(); return; }
    if (p.endsWith('/')) file = path.join(file, 'index.html');
    fs.readFile(file, (err, body) => {
      if (err) { res.writeHead(404); res.end(); return; }
      const type = TYPES[path.extname(file)] || 'application/octet-stream';
      res.writeHead(200, { 'Content-Type': type, 'Content-Length': body.length });
      res.end(body);
      sent.push(Object.assign({ path: p }, sizes(file, body)));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function isSearchRequest(tool, p) {
  if (tool === 'pagefind') return p.startsWith('/pagefind/');
  return (/^\/search\/.+\.json$/.test(p)) || /^\/js\/search\.[0-9a-f]+\.js$/.test(p);
}

const normalizeUrl = (u) => decodeURIComponent(String(u).replace(/^(\.\.\/)+/, '').replace(/^\//, '').replace(/[?#].*$/, ''));

// One page load of tool's results for q; with allUrls, also (after the timing) the address of
// every result Pagefind has, up to PAGEFIND_URLS.
async function once(browser, base, tool, q, allUrls) {
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    if (tool === 'govsite') await page.addInitScript(GOVSITE_WATCH);
    sent = [];
    const url = tool === 'govsite' ? base + '/search/?q=' + encodeURIComponent(q) : base + '/__bench/pagefind.html?q=' + encodeURIComponent(q);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__bench, null, { timeout: 120000, polling: 10 });
    const result = await page.evaluate(() => window.__bench);
    const search = sent.filter((s) => isSearchRequest(tool, s.path));
    result.bytes = search.reduce((a, s) => a + s.raw, 0);
    result.gz = search.reduce((a, s) => a + s.gz, 0);
    result.files = search.length;
    if (allUrls) result.all = await page.evaluate((n) => window.__allUrls(n), PAGEFIND_URLS);
    return result;
  } finally {
    await context.close();
  }
}

function median(xs) {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

// Bytes and gzip-compressed bytes of every file under dir (the compressed size as in
// sizes(): never more than the file itself).
function folderSize(dir, skip) {
  let raw = 0;
  let gz = 0;
  let files = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const file = path.join(e.parentPath || e.path, e.name);
    if (skip && skip(file)) continue;
    const body = fs.readFileSync(file);
    raw += body.length;
    gz += Math.min(body.length, zlib.gzipSync(body).length);
    files++;
  }
  return { raw, gz, files };
}

const kb = (b) => (b / 1024).toFixed(0) + ' KB';
const mb = (b) => (b / 1048576).toFixed(1) + ' MB';
const ratio = (a, b) => (b > 0 ? (a / b).toFixed(2) : '–');
// govsite's status line: "找到 4 条结果" → "4", "找到约 922 条结果" → "约 922", none → "0".
const count = (status) => { const m = /找到(约?) ?(\d+)/.exec(status || ''); return m ? (m[1] ? '约 ' : '') + m[2] : '0'; };
const row = (cells) => console.log('| ' + cells.join(' | ') + ' |');

async function main() {
  const ctx = phrases.load(path.join(siteDir, 'search'));
  const queries = phrases.samplePhrases(ctx, phraseCount, 20, 40).map((q) => ['rare 20-character phrase', q])
    .concat(phrases.benchQueries(ctx));

  // The index: time and peak memory come from run.sh (GNU time), sizes from here.
  const gIndex = folderSize(path.join(siteDir, 'search'), (f) => f.endsWith('.html'));
  const pIndex = folderSize(pagefindDir);
  const [gSec, gMib] = (opt('--govsite-index', '') || '').split(' ');
  const [pSec, pMib] = (opt('--pagefind-index', '') || '').split(' ');
  console.log('');
  row(['index', 'govsite', 'Pagefind 1.6', 'govsite / Pagefind']);
  row(['---', '---', '---', '---']);
  if (gSec && pSec) {
    row(['time', gSec + ' s (build stage "search index, feeds")', pSec + ' s', ratio(Number(gSec), Number(pSec))]);
    row(['peak memory', gMib + ' MiB (whole build)', pMib + ' MiB', ratio(Number(gMib), Number(pMib))]);
  }
  row(['size', mb(gIndex.raw) + ', ' + gIndex.files + ' files', mb(pIndex.raw) + ', ' + pIndex.files + ' files', ratio(gIndex.raw, pIndex.raw)]);
  row(['size gzipped', mb(gIndex.gz), mb(pIndex.gz), ratio(gIndex.gz, pIndex.gz)]);
  // Counted in the size above but not in the per-query bytes below, which are the API's.
  const ui = folderSize(pagefindDir, (f) => !/^pagefind-ui\.(js|css)$/.test(path.basename(f)));
  row(['Pagefind\'s default UI (pagefind-ui.js, .css)', '', kb(ui.raw) + ' (' + kb(ui.gz) + ' gzipped)', '']);

  const server = await serve();
  const base = 'http://127.0.0.1:' + server.address().port;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const lines = [];
  // One untimed page load of each first: the browser's own start-up is no tool's cost.
  await once(browser, base, 'govsite', queries[0][1]);
  await once(browser, base, 'pagefind', queries[0][1]);
  let gRecalled = 0, pRecalled = 0, truthTotal = 0;
  try {
    for (const [kind, q] of queries) {
      const t = phrases.truth(ctx, q);
      const truthUrls = new Set(t.map((n) => ctx.urls[n]));
      const g = [];
      const p = [];
      for (let i = 0; i < runs; i++) {
        g.push(await once(browser, base, 'govsite', q));
        p.push(await once(browser, base, 'pagefind', q));
      }
      const precision = (r) => (r.urls.length ? r.urls.filter((u) => truthUrls.has(normalizeUrl(u))).length / r.urls.length : (t.length ? 0 : 1));
      let gRecall = '–', pRecall = '–';
      if (t.length <= RECALL_LIMIT) {
        const found = (await phrases.replay(ctx, q)).found;
        const gHit = t.filter((n) => found.has(n)).length;
        const all = (await once(browser, base, 'pagefind', q, true)).all;
        const pAll = new Set(all.map(normalizeUrl));
        const pHit = [...truthUrls].filter((u) => pAll.has(u)).length;
        truthTotal += t.length;
        gRecalled += gHit;
        pRecalled += pHit;
        gRecall = t.length ? (gHit / t.length).toFixed(2) : '1.00';
        pRecall = t.length ? (pHit / t.length).toFixed(2) : '1.00';
        // Pagefind had more results than were read: a miss may be further down.
        if (p[0].count > all.length && pHit < t.length) pRecall = '≥ ' + pRecall;
      }
      lines.push({ kind, q, matches: t.length, g: { ms: median(g.map((r) => r.ms)), bytes: g[0].bytes, gz: g[0].gz, files: g[0].files,
        shown: g[0].urls.length, precision: precision(g[0]), recall: gRecall, status: g[0].status },
      p: { ms: median(p.map((r) => r.ms)), bytes: p[0].bytes, gz: p[0].gz, files: p[0].files, shown: p[0].urls.length,
        count: p[0].count, precision: precision(p[0]), recall: pRecall } });
      process.stderr.write('.');
    }
  } finally {
    await browser.close();
    server.close();
  }
  process.stderr.write('\n');

  console.log('');
  console.log(`First page of results in headless Chromium, empty cache, median of ${runs} (alternating); ` +
    'bytes of the search itself (gzipped as served); documents: those holding the query as written; results: the count each shows:');
  console.log('');
  row(['query', 'kind', 'documents', 'govsite ms', 'Pagefind ms', 'ratio', 'govsite bytes (gz)', 'Pagefind bytes (gz)', 'ratio (gz)',
    'results govsite / Pagefind', 'precision@10 govsite / Pagefind', 'recall govsite / Pagefind']);
  row(Array(12).fill('---'));
  for (const l of lines) {
    row([l.q, l.kind, String(l.matches), l.g.ms.toFixed(0), l.p.ms.toFixed(0), ratio(l.g.ms, l.p.ms),
      kb(l.g.bytes) + ' (' + kb(l.g.gz) + ')', kb(l.p.bytes) + ' (' + kb(l.p.gz) + ')', ratio(l.g.bytes, l.p.bytes) + ' (' + ratio(l.g.gz, l.p.gz) + ')',
      `${count(l.g.status)} / ${l.p.count}`, l.g.precision.toFixed(2) + ' / ' + l.p.precision.toFixed(2), l.g.recall + ' / ' + l.p.recall]);
  }
  const worst = (f) => Math.max(...lines.map(f));
  console.log('');
  console.log(`queries ${lines.length}; recall on the known phrases (≤ ${RECALL_LIMIT} documents each): govsite ` +
    (truthTotal ? (gRecalled / truthTotal).toFixed(2) : '–') + ', Pagefind ' + (truthTotal ? (pRecalled / truthTotal).toFixed(2) : '–') +
    `; govsite / Pagefind on the worst query: time ${worst((l) => l.g.ms / l.p.ms).toFixed(2)}, bytes ` +
    `${worst((l) => l.g.bytes / l.p.bytes).toFixed(2)}, gzipped ${worst((l) => l.g.gz / l.p.gz).toFixed(2)}`);
}

main().catch((e) => { console.error(e); process.exit(1); });
