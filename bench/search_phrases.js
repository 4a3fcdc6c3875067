#!/usr/bin/env node
// Replays the 站内搜索 client (themes/default/static/js/search.js) against a built site's
// search/ folder: for sampled rare long phrases (and any queries given), the bytes the first
// results page reads, and the recall over all pages (every document whose record holds the
// phrase must be found).
//   node bench/search_phrases.js SITE/public/search [--phrases N] [--length L] [--max-matches M]
//        [--script path/to/search.js] [--query Q]… [--bench-queries]
// --bench-queries adds the benchmark's fixed queries (benchQueries below), the ones
// bench/search_browser.js runs in Chromium.
// Deterministic: phrases are taken from the records at fixed strides. Prints one line per
// query and a summary: "phrases N recall R first-page bytes max X median Y".
// Also a module: bench/search_browser.js takes its queries, ground truth and govsite's recall
// from here, so both benchmarks ask the same questions.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const DEFAULT_SCRIPT = path.join(__dirname, '..', 'themes', 'default', 'static', 'js', 'search.js');

// The index of SITE/search and every record, with the client that reads them.
function load(dir, script) {
  const S = require(path.resolve(script || DEFAULT_SCRIPT));
  const index = JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8'));
  const records = [];
  for (let c = 0; c * index.text_chunk < index.docs; c++) records.push(...JSON.parse(fs.readFileSync(path.join(dir, 'x', c + '.json'), 'utf8')));
  // The searchable text of each record (title, 发文字号, 索引号, issuer, body), or the whole
  // record for an index without metadata lines (version 2).
  const parsed = records.map((r) => (S.parseRecord ? S.parseRecord(r) : null));
  const searchable = records.map((r, n) => (parsed[n] ? parsed[n].all : r));
  const urls = records.map((r, n) => (parsed[n] ? parsed[n].url : ''));
  return { S, dir, index, records, parsed, searchable, urls };
}

// Rare phrases of `length` CJK characters cut from the records at fixed strides, each held by
// at most maxMatches documents.
function samplePhrases(ctx, wanted, length, maxMatches) {
  const { S, records, searchable } = ctx;
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

// The fixed queries of the benchmark: common words, a 发文字号 (盘司发〔2019〕12号 where the
// corpus has it, as the 10,000-document corpus does; else the oldest 盘司发 number of 2019
// or later), its prefix, that document's 索引号, and an issuer.
function benchQueries(ctx) {
  const queries = [['common word', '政务公开'], ['common word', '营商环境'], ['common word', '法治']];
  const meta = ctx.parsed.filter((p) => p && p.docNo);
  const wanted = '盘司发〔2019〕12号';
  const year = (p) => Number((/〔(\d{4})〕/.exec(p.docNo) || [])[1] || 0);
  const doc = meta.find((p) => p.docNo === wanted) ||
    meta.filter((p) => p.docNo.startsWith('盘司发') && year(p) >= 2019).sort((a, b) => year(a) - year(b) ||
      Number((/(\d+)号/.exec(a.docNo) || [])[1]) - Number((/(\d+)号/.exec(b.docNo) || [])[1]))[0];
  if (doc) queries.push(['发文字号', doc.docNo], ['发文字号 prefix', '盘司发']);
  if (doc && doc.indexNo) queries.push(['索引号', doc.indexNo]);
  const issuers = new Map();
  for (const p of ctx.parsed) if (p && p.issuer) issuers.set(p.issuer, (issuers.get(p.issuer) || 0) + 1);
  const issuer = [...issuers].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  if (issuer) queries.push(['issuer', issuer[0]]);
  return queries;
}

// Numbers of the documents whose searchable text holds the query as written (normalized as
// the client does): for `盘司发〔2019〕8号` that is the number itself, not every document with
// 盘司发, 2019 and an 8 somewhere.
function truth(ctx, q) {
  const wanted = ctx.S.normalize(q.trim());
  return ctx.searchable.map((t, n) => (ctx.S.normalize(t).includes(wanted) ? n : -1)).filter((n) => n >= 0);
}

// The client's search for q, as the page runs it: the first page (its bytes, files, time),
// then every further page, for the set of documents found.
async function replay(ctx, q) {
  const { S, dir } = ctx;
  const log = { bytes: 0, files: 0 };
  const fetchJson = (p) => fs.promises.readFile(path.join(dir, p)).then((b) => { log.bytes += b.length; log.files++; return JSON.parse(b); });
  const t0 = process.hrtime.bigint();
  const first = await S.search(q, 0, fetchJson);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const bytes = log.bytes;
  const files = log.files;
  const found = new Set((first.results || []).map((r) => r.doc));
  let r = first;
  for (let page = 1; r.hasMore && page < 2000; page++) {
    r = await S.search(q, page, fetchJson);
    r.results.forEach((x) => found.add(x.doc));
  }
  return { first, bytes, files, ms, found };
}

async function main() {
  const args = process.argv.slice(2);
  const opt = (name, def) => { const i = args.indexOf(name); return i > 0 ? args[i + 1] : def; };
  const ctx = load(args[0], opt('--script'));
  const extra = args.flatMap((a, i) => (a === '--query' ? [args[i + 1]] : []));
  const fixed = args.includes('--bench-queries') ? benchQueries(ctx).map((q) => q[1]) : [];
  const all = samplePhrases(ctx, Number(opt('--phrases', 20)), Number(opt('--length', 20)), Number(opt('--max-matches', 40)))
    .concat(fixed, extra);
  const firstBytes = [];
  let recalled = 0;
  let truthTotal = 0;
  for (const q of all) {
    const { first, bytes, files, ms, found } = await replay(ctx, q);
    const t = truth(ctx, q);
    const hit = t.filter((n) => found.has(n)).length;
    truthTotal += t.length;
    recalled += hit;
    firstBytes.push(bytes);
    const shown = (first.results || []).length;
    console.log(JSON.stringify(q) + ' matches ' + t.length + ' first-page results ' + shown +
      (shown < Math.min(10, t.length) ? ' (MISSING)' : '') + ' candidates ' + first.total + ' bytes ' + bytes +
      ' files ' + files + ' ms ' + ms.toFixed(0) + ' recall ' + (t.length ? hit / t.length : 1));
  }
  const sorted = firstBytes.slice().sort((a, b) => a - b);
  console.log('phrases ' + all.length + ' recall ' + (truthTotal ? recalled / truthTotal : 1) + ' first-page bytes max ' +
    sorted[sorted.length - 1] + ' median ' + sorted[Math.floor(sorted.length / 2)]);
}

module.exports = { load, samplePhrases, benchQueries, truth, replay };

if (require.main === module) main();
