#!/usr/bin/env node
// Replays the 站内搜索 client (themes/default/static/js/search.js) against a built site's
// search/ folder: for sampled rare long phrases (and any queries given), the bytes the first
// results page reads, and the recall over all pages (every document whose record holds the
// phrase must be found).
//   node bench/search_phrases.js SITE/public/search [--phrases N] [--length L] [--max-matches M]
//        [--script path/to/search.js] [--query Q]…
// Deterministic: phrases are taken from the records at fixed strides. Prints one line per
// query and a summary: "phrases N recall R first-page bytes max X median Y".
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const args = process.argv.slice(2);
const dir = args[0];
const opt = (name, def) => { const i = args.indexOf(name); return i > 0 ? args[i + 1] : def; };
const S = require(path.resolve(opt('--script', path.join(__dirname, '..', 'themes', 'default', 'static', 'js', 'search.js'))));
const wanted = Number(opt('--phrases', 20));
const length = Number(opt('--length', 20));
const maxMatches = Number(opt('--max-matches', 40));
const extra = args.flatMap((a, i) => (a === '--query' ? [args[i + 1]] : []));

const index = JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8'));
const records = [];
for (let c = 0; c * index.text_chunk < index.docs; c++) records.push(...JSON.parse(fs.readFileSync(path.join(dir, 'x', c + '.json'), 'utf8')));
// The searchable text of each record (title, 发文字号, 索引号, issuer, body), or the whole
// record for an index without metadata lines (version 2).
const searchable = records.map((r) => (S.parseRecord ? S.parseRecord(r).all : r));

function phrases() {
  const out = [];
  const seen = new Set();
  for (let n = 7; out.length < wanted && n < records.length * 50; n += 97) {
    const text = searchable[n % records.length];
    const runs = S.splitRuns(text).filter((r) => r.cjk && Array.from(r.text).length >= length);
    if (!runs.length) continue;
    const chars = Array.from(runs[n % runs.length].text);
    const at = (n * 31) % (chars.length - length + 1);
    const p = chars.slice(at, at + length).join('');
    if (seen.has(p)) continue;
    seen.add(p);
    const matches = searchable.filter((t) => t.includes(p)).length;
    if (matches <= maxMatches) out.push(p);
  }
  return out;
}

(async () => {
  const all = phrases().concat(extra);
  const firstBytes = [];
  let recalled = 0;
  let truthTotal = 0;
  for (const q of all) {
    const log = { bytes: 0, files: 0 };
    const fetchJson = (p) => fs.promises.readFile(path.join(dir, p)).then((b) => { log.bytes += b.length; log.files++; return JSON.parse(b); });
    const t0 = process.hrtime.bigint();
    const first = await S.search(q, 0, fetchJson);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const bytes = log.bytes;
    const found = new Set((first.results || []).map((r) => r.doc));
    let r = first;
    for (let page = 1; r.hasMore && page < 2000; page++) {
      r = await S.search(q, page, fetchJson);
      r.results.forEach((x) => found.add(x.doc));
    }
    const terms = S.queryTerms(q);
    const truth = searchable.map((t, n) => (S.phraseMatch(t, terms) ? n : -1)).filter((n) => n >= 0);
    const hit = truth.filter((n) => found.has(n)).length;
    truthTotal += truth.length;
    recalled += hit;
    firstBytes.push(bytes);
    const shown = (first.results || []).length;
    console.log(JSON.stringify(q) + ' matches ' + truth.length + ' first-page results ' + shown +
      (shown < Math.min(10, truth.length) ? ' (MISSING)' : '') + ' candidates ' + first.total + ' bytes ' + bytes +
      ' files ' + log.files + ' ms ' + ms.toFixed(0) + ' recall ' + (truth.length ? hit / truth.length : 1));
  }
  const sorted = firstBytes.slice().sort((a, b) => a - b);
  console.log('phrases ' + all.length + ' recall ' + (truthTotal ? recalled / truthTotal : 1) + ' first-page bytes max ' +
    sorted[sorted.length - 1] + ' median ' + sorted[Math.floor(sorted.length / 2)]);
})();
