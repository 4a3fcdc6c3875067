#!/usr/bin/env node
// Tests of the 站内搜索 client (themes/default/static/js/search.js), node 18+, no packages.
//
//   node tests/search/search_test.js                 unit tests, an end-to-end search over a tiny
//                                                    index built here (in memory and on disk), and
//                                                    the page script against a minimal fake DOM
//   node tests/search/search_test.js public/         also: check the generated index in public/search
//                                                    against the client's rules, and run the queries
//                                                    of SEARCH_QUERIES='[["政务公开","policies/"],…]'
//                                                    printing "bytes <query> <n>" per query (the
//                                                    bytes read for the first results page)
// SEARCH_SKIP_FULL_CHECK=1 skips re-tokenizing every text of the chunks x/<c>.json against the
// shards.
// The last line is "N passed, M failed"; the exit status is 1 when anything failed.
'use strict';

const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const vm = require('node:vm');

const SCRIPT = path.join(__dirname, '..', '..', 'themes', 'default', 'static', 'js', 'search.js');
const S = require(SCRIPT);

const tests = [];
function test(name, fn) { tests.push({ name, fn }); }

/* ------------------------------------------------------------ reference code */

// FNV-1a 32 written straight from the spec, over Node's own UTF-8 encoder.
function refFnv1a(text) {
  let h = 2166136261;
  for (const b of Buffer.from(text, 'utf8')) {
    h ^= b;
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h >>> 0;
}

const GRAM = 8;
// The phrase grams (K = 8, W = 3) of 一二三四五六七八九十甲乙, as the generator computes them
// (tests/unit/search_index_test.cpp).
const GENERATOR_GRAMS = ['二三四五六七八九', '三四五六七八九十'];
const WINDOW = 3;

// Every token a record is indexed under, each once, by the generator's rules written out
// here: the tokens and phrase grams of title, 发文字号, 索引号, 发文机关 and text, and "#" + those
// of the head (title, 发文字号, 索引号).
function recordTokens(record, gram = GRAM, window = WINDOW) {
  const r = S.parseRecord(record);
  const out = new Set();
  const add = (text, prefix) => {
    for (const t of S.tokenize(text)) out.add(prefix + t);
    for (const run of S.splitRuns(text)) {
      if (run.cjk) for (const g of S.phraseGrams(Array.from(run.text), gram, window)) out.add(prefix + g);
    }
  };
  [r.title, r.docNo, r.indexNo, r.issuer, r.body].forEach((part) => add(part, ''));
  [r.title, r.docNo, r.indexNo].forEach((part) => add(part, '#'));
  return out;
}

function makeRecord(d) {
  return d.t + '\n' + [d.u, d.y, d.d, d.no || '', d.ix || '', d.is || ''].join('\t') + '\n' + d.body;
}

// First number, then differences (the generator's shard lists).
function deltas(list) { return list.map((n, i) => (i ? n - list[i - 1] : n)); }

// A tiny index writer in the generator's format (version 3): docs newest first,
// [{t, u, y, d, no (发文字号), ix (索引号), is (发文机关), body}]; text chunks of `textChunk`
// records. (`chunk` is unused: version 2's meta chunks are gone.)
function buildIndex(docs, shards, chunk, textChunk = 3) {
  return buildIndexWindow(docs, shards, textChunk, WINDOW);
}
function buildIndexWindow(docs, shards, textChunk, window) {
  const files = {};
  const postings = new Map();
  const texts = [];
  docs.forEach((doc, n) => {
    const record = makeRecord(doc);
    texts.push(record);
    for (const token of recordTokens(record, GRAM, window)) {
      if (!postings.has(token)) postings.set(token, []);
      postings.get(token).push(n);
    }
  });
  const shardObjs = Array.from({ length: shards }, () => ({}));
  for (const [token, list] of postings) shardObjs[refFnv1a(token.replace(/^#/, '')) % shards][token] = deltas(list);
  shardObjs.forEach((obj, k) => { files['s/' + k + '.json'] = JSON.stringify(obj); });
  for (let c = 0; c * textChunk < docs.length; c++) {
    files['x/' + c + '.json'] = JSON.stringify(texts.slice(c * textChunk, c * textChunk + textChunk));
  }
  files['index.json'] = JSON.stringify({ version: 3, shards, docs: docs.length, text_chunk: textChunk, gram: GRAM, window });
  return files;
}

// A fetcher over an object of files; it counts requests and bytes.
function memoryFetchers(files, log) {
  log = log || { requests: [], bytes: 0 };
  function read(p) {
    log.requests.push(p);
    if (!Object.prototype.hasOwnProperty.call(files, p)) return Promise.reject(new Error('404 ' + p));
    log.bytes += Buffer.byteLength(files[p], 'utf8');
    return Promise.resolve(files[p]);
  }
  return {
    log,
    fetchJson: (p) => read(p).then(JSON.parse),
  };
}

// A fetcher over <dir>/search/ on disk; it counts bytes read.
function diskFetchers(searchDir) {
  const log = { requests: [], bytes: 0 };
  function read(p) {
    return fs.promises.readFile(path.join(searchDir, p)).then((buf) => {
      log.requests.push(p);
      log.bytes += buf.length;
      return buf.toString('utf8');
    });
  }
  return {
    log,
    fetchJson: (p) => read(p).then(JSON.parse),
  };
}

/* -------------------------------------------------------------- tiny site */

function tinySite() {
  const docs = [];
  const add = (t, u, y, d, body) => docs.push({ t, u, y, d, body });
  // doc 0: newest. The false positive for 政务公: has 政务 and 务公 but never 政务公.
  add('关于加强政务服务的通知', 'notices/a/', '通知公告', '2020-03-01',
    '各单位：为加强政务服务工作，现将事务公开有关事项通知如下。');
  add('推进政务公开工作的意见', 'policies/b/', '政策文件', '2020-02-01',
    '全面推进政务公开，加强IPv6改造。政务公开是基础工作。');
  add('IPv6 规模部署行动计划', 'policies/c/', '政策文件', '2020-01-01',
    '推进 ipv6 规模部署，网站完成IPv6改造。');
  add('年度报告', 'pages/d/', '', '', '本年 年 度 工作年报。');
  // 25 docs with 信息公开, for paging; every sixth has 信息, 息公 and 公开 but not 信息公开 (false positive).
  for (let i = 0; i < 30; i++) {
    const fp = i % 6 === 5;
    add('第' + (i + 1) + '号文件', 'policies/p' + i + '/', '政策文件', '2019-12-' + String(30 - i).padStart(2, '0'),
      fp ? '信息化建设，消息公布后公开。' : '做好信息公开工作，信息公开目录第' + i + '项。');
  }
  return docs;
}

/* ------------------------------------------------------------------ units */

test('tokenize: CJK bigrams', () => {
  assert.deepEqual(S.tokenize('政务公开'), ['政务', '务公', '公开']);
});
test('tokenize: a lone CJK character is one token', () => {
  assert.deepEqual(S.tokenize('年'), ['年']);
  assert.deepEqual(S.tokenize('2019年'), ['2019', '年']);
});
test('tokenize: ASCII words lower-cased, other characters separate', () => {
  assert.deepEqual(S.tokenize('IPv6 HTML5-Page_x'), ['ipv6', 'html5', 'page', 'x']);
  assert.deepEqual(S.tokenize('ÉCOLE Straße'), ['cole', 'stra', 'e']);
});
test('tokenize: full-width punctuation separates', () => {
  assert.deepEqual(S.tokenize('政务公开，IPv6改造'), ['政务', '务公', '公开', 'ipv6', '改造']);
  assert.deepEqual(S.tokenize('〔2019〕3号　《通知》'), ['2019', '3', '号', '通知']);
});
test('tokenize: full-width letters and digits are their ASCII words (a full-width input mode, WPS)', () => {
  assert.deepEqual(S.tokenize('ＩＰｖ６'), ['ipv6']);
  assert.deepEqual(S.tokenize('盘司发〔２０１９〕１２号'), S.tokenize('盘司发〔2019〕12号'));
  assert.equal(S.normalize('ａ２Ｂ'), 'a2b');
});
test('tokenize: CJK ranges (Hangul, compatibility, extension B)', () => {
  assert.deepEqual(S.tokenize('한국어'), ['한국', '국어']);
  assert.deepEqual(S.tokenize('𠀀𠀁'), ['𠀀𠀁']);
  assert.deepEqual(S.tokenize('豈更'), ['豈更']);
  assert.ok(S.isCJK(0x2E80) && S.isCJK(0x9FFF) && !S.isCJK(0x3000) && !S.isCJK(0x303F));
  assert.ok(S.isCJK(0x3040) && !S.isCJK(0xFF0C) && S.isCJK(0x3FFFF) && !S.isCJK(0x40000));
});
test('tokenize: repeats kept, empty text gives nothing', () => {
  assert.deepEqual(S.tokenize('公开公开'), ['公开', '开公', '公开']);
  assert.deepEqual(S.tokenize(''), []);
  assert.deepEqual(S.tokenize(' ，。！'), []);
});

test('fnv1a: hardcoded values', () => {
  assert.equal(S.fnv1a('a'), 3826002220);
  assert.equal(S.fnv1a('a'), 0xe40c292c);
  assert.equal(S.fnv1a(''), 2166136261);
  assert.equal(S.fnv1a('foobar'), 0xbf9cf968);
});
test('fnv1a: same as the spec computed here over UTF-8', () => {
  for (const t of ['a', '', '政务', '公开', 'ipv6', '2019', '𠀀𠀁', '한국', '年']) {
    assert.equal(S.fnv1a(t), refFnv1a(t), t);
  }
});
test('shardOf: fnv1a modulo shards', () => {
  for (const t of ['政务', 'ipv6', '年']) {
    for (const n of [1, 7, 64, 256]) assert.equal(S.shardOf(t, n), refFnv1a(t) % n);
  }
});

test('intersect', () => {
  assert.deepEqual(S.intersect([[0, 2, 5, 9], [1, 2, 3, 5, 9, 11], [2, 5, 7, 9]]), [2, 5, 9]);
  assert.deepEqual(S.intersect([[0, 1, 2]]), [0, 1, 2]);
  assert.deepEqual(S.intersect([[0, 1], []]), []);
  assert.deepEqual(S.intersect([[3, 4], [0, 1]]), []);
  assert.deepEqual(S.intersect([]), []);
  const a = [0, 1, 2];
  S.intersect([a, [1]]);
  assert.deepEqual(a, [0, 1, 2], 'inputs are not changed');
});

test('phraseMatch', () => {
  assert.ok(S.phraseMatch('全面推进政务公开工作', ['政务公开']));
  assert.ok(!S.phraseMatch('政务服务，事务公开', ['政务公']));
  assert.ok(S.phraseMatch('完成IPv6改造', ['ipv6', '改造']));
  assert.ok(!S.phraseMatch('完成IPv6改造', ['ipv6', '升级']));
  assert.ok(S.phraseMatch('anything', []));
});

test('queryTerms: runs, normalized, once each', () => {
  assert.deepEqual(S.queryTerms(' 政务公开，IPv6 政务公开 '), ['政务公开', 'ipv6']);
});

const plain = (pieces) => pieces.map((p) => p.text).join('');
const marks = (pieces) => pieces.filter((p) => p.mark).map((p) => p.text);

test('makeSnippet: short text, every occurrence marked', () => {
  const p = S.makeSnippet('推进政务公开，政务公开是IPv6基础。', ['政务公开', 'ipv6']);
  assert.equal(plain(p), '推进政务公开，政务公开是IPv6基础。');
  assert.deepEqual(marks(p), ['政务公开', '政务公开', 'IPv6']);
  assert.deepEqual(p[0], { text: '推进', mark: false });
  p.forEach((piece) => assert.equal(typeof piece.mark, 'boolean'));
});
test('makeSnippet: cut around the first match with … at both ends', () => {
  const text = '前文'.repeat(100) + '政务公开' + '后文'.repeat(100) + '政务公开';
  const p = S.makeSnippet(text, ['政务公开']);
  const s = plain(p);
  assert.ok(s.startsWith('…') && s.endsWith('…'), s);
  assert.ok(s.length >= 80 && s.length <= 84, String(s.length));
  assert.deepEqual(marks(p), ['政务公开']);
  assert.ok(s.indexOf('政务公开') > 10, 'some context before the match');
});
test('makeSnippet: start of text when no match, white space collapsed', () => {
  const p = S.makeSnippet('第一行\n\n  第二行' + '字'.repeat(200), ['不在']);
  assert.ok(plain(p).startsWith('第一行 第二行'));
  assert.ok(plain(p).endsWith('…'));
  assert.deepEqual(marks(p), []);
  assert.deepEqual(S.makeSnippet('', ['a']), []);
});
test('makeSnippet: overlapping and cut-off occurrences, case kept', () => {
  assert.deepEqual(marks(S.makeSnippet('ab IPV6 x', ['ipv6'])), ['IPV6']);
  assert.deepEqual(marks(S.makeSnippet('政务公开', ['政务', '务公'])), ['政务公']);
  const p = S.makeSnippet('甲'.repeat(10) + '政务' + '乙'.repeat(10), ['政务'], 8);
  assert.deepEqual(marks(p), ['政务']);
});
test('makeSnippet: never splits a surrogate pair', () => {
  const text = '𠀀'.repeat(100) + '政务' + '𠀀'.repeat(100);
  const s = plain(S.makeSnippet(text, ['政务']));
  assert.ok(!/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s), 'lone surrogate');
});

/* -------------------------------------------------------------- end to end */

const DOCS = tinySite();
const T = 3; // text chunk size of the tiny index: pages cross chunk boundaries
const FILES = buildIndex(DOCS, 7, 8, T);

function urls(r) { return r.results.map((x) => x.url); }
const textReads = (f) => f.log.requests.filter((p) => p.startsWith('x/'));
const chunkOf = (n, t = T) => 'x/' + Math.floor(n / t) + '.json';

test('search: short queries', async () => {
  for (const q of ['', '   ', '政', '，。', ' 政 府 ']) {
    const f = memoryFetchers(FILES);
    const r = await S.search(q, 0, f.fetchJson);
    assert.equal(r.status, 'short', JSON.stringify(q));
    assert.equal(f.log.requests.length, 0, 'nothing fetched');
  }
});
test('search: phrase, newest first, metadata and marks', async () => {
  const f = memoryFetchers(FILES);
  const r = await S.search('政务公开', 0, f.fetchJson);
  assert.equal(r.status, 'ok');
  assert.deepEqual(urls(r), ['policies/b/']);
  const hit = r.results[0];
  assert.equal(hit.title, '推进政务公开工作的意见');
  assert.equal(hit.type, '政策文件');
  assert.equal(hit.date, '2020-02-01');
  assert.deepEqual(marks(hit.snippet), ['政务公开', '政务公开']);
  assert.deepEqual(marks(hit.titlePieces), ['政务公开']);
  assert.ok(!plain(hit.snippet).includes('推进政务公开工作的意见'), 'snippet from the body');
  assert.equal(r.exact, true);
  assert.equal(r.count, 1);
  assert.equal(r.hasMore, false);
});
test('search: bigram false positive dropped by the phrase check', async () => {
  const f = memoryFetchers(FILES);
  const r = await S.search('政务公', 0, f.fetchJson);
  assert.equal(r.total, 2, 'doc 0 (政务…务公) and doc 1 are candidates');
  assert.deepEqual(urls(r), ['policies/b/'], 'doc 0 dropped');
  assert.equal(r.count, 1);
});
test('search: all candidates false positives → none', async () => {
  const f = memoryFetchers(FILES);
  const r = await S.search('服务公开', 0, f.fetchJson);
  assert.equal(r.total, 1, 'doc 0 has 服务, 务公 and 公开');
  assert.equal(r.results.length, 0);
  assert.equal(r.status, 'none');
});
test('search: ASCII words, case-insensitive, with CJK', async () => {
  const f = memoryFetchers(FILES);
  const r = await S.search('IPV6', 0, f.fetchJson, { sort: 'time' });
  assert.deepEqual(urls(r), ['policies/b/', 'policies/c/']);
  // By relevance, c (IPv6 in its title) comes before the newer b (IPv6 in its body).
  assert.deepEqual(urls(await S.search('IPV6', 0, f.fetchJson)), ['policies/c/', 'policies/b/']);
  const r2 = await S.search('ipv6改造', 0, f.fetchJson);
  assert.deepEqual(urls(r2), ['policies/b/', 'policies/c/']);
  const r3 = await S.search('ipv6 规模部署', 0, f.fetchJson);
  assert.deepEqual(urls(r3), ['policies/c/']);
  assert.deepEqual(marks(r3.results[0].snippet), ['ipv6', '规模部署', 'IPv6']);
});
test('search: a lone character beside a longer run is left to the phrase check', async () => {
  const f = memoryFetchers(FILES);
  // 年 is a token only where it stands alone (doc 3), yet doc 3 has 年 inside 年度 and 年报 as
  // well; "工作 政" must find docs 0 and 1, whose 政 is only ever inside longer runs.
  const r = await S.search('工作 年', 0, f.fetchJson);
  assert.deepEqual(urls(r), ['pages/d/']);
  const r2 = await S.search('工作 政', 0, f.fetchJson, { sort: 'time' });
  assert.deepEqual(urls(r2), ['notices/a/', 'policies/b/']);
});
test('search: missing token, odd tokens → none', async () => {
  for (const q of ['不存在的词', '政务 不存在', 'constructor', '__proto__', 'hasownproperty']) {
    const f = memoryFetchers(FILES);
    const r = await S.search(q, 0, f.fetchJson);
    assert.equal(r.status, 'none', q);
    assert.equal(r.results.length, 0, q);
  }
});
test('search: paging 10 at a time, in doc order, exact count at the end', async () => {
  const f = memoryFetchers(FILES);
  const expected = DOCS.map((d, n) => ({ d, n }))
    .filter(({ d }) => (d.t + '\n' + d.body).includes('信息公开')).map(({ d }) => d.u);
  assert.equal(expected.length, 25);
  const p0 = await S.search('信息公开', 0, f.fetchJson);
  assert.equal(p0.total, 30, 'bigram candidates include the 5 false positives');
  assert.equal(p0.exact, false);
  assert.deepEqual(urls(p0), expected.slice(0, 10));
  assert.equal(p0.hasMore, true);
  const p1 = await S.search('信息公开', 1, f.fetchJson);
  assert.deepEqual(urls(p1), expected.slice(10, 20));
  assert.equal(p1.page, 1);
  const p2 = await S.search('信息公开', 2, f.fetchJson);
  assert.deepEqual(urls(p2), expected.slice(20));
  assert.equal(p2.hasMore, false);
  assert.equal(p2.exact, true);
  assert.equal(p2.count, 25);
  const texts = textReads(f);
  const candidateChunks = new Set(DOCS.map((d, n) => n).filter((n) => n >= 4).map((n) => chunkOf(n)));
  assert.deepEqual(new Set(texts), candidateChunks, 'every chunk holding a candidate read');
  assert.equal(texts.length, candidateChunks.size, 'and read once, across pages');
  // Each shard and text chunk fetched once, index.json once.
  const dup = f.log.requests.filter((p, i, all) => all.indexOf(p) !== i);
  assert.deepEqual(dup, []);
});
test('search: two-character runs have no false positives: exact count, no look-ahead', async () => {
  const f = memoryFetchers(FILES);
  const r = await S.search('公开', 0, f.fetchJson, { sort: 'time' });
  const all = DOCS.filter((d) => (d.t + '\n' + d.body).includes('公开')).map((d) => d.u);
  assert.equal(r.total, all.length);
  assert.equal(r.exact, true);
  assert.equal(r.count, all.length);
  assert.deepEqual(urls(r), all.slice(0, 10));
  const firstTen = r.results.map((x) => x.doc);
  assert.deepEqual(textReads(f), [...new Set(firstTen.map((n) => chunkOf(n)))],
    'only the chunks of the ten results, each once');
  const last = await S.search('公开', Math.ceil(all.length / 10) - 1, f.fetchJson, { sort: 'time' });
  assert.equal(last.hasMore, false);
  assert.deepEqual(urls(last), all.slice(-(all.length % 10 || 10)));
});
test('search: a later page straight away, and past the end', async () => {
  const f = memoryFetchers(FILES);
  const p2 = await S.search('信息公开', 2, f.fetchJson);
  assert.equal(p2.page, 2);
  assert.equal(p2.results.length, 5);
  const p9 = await S.search('信息公开', 9, f.fetchJson);
  assert.equal(p9.page, 2, 'clamped to the last page');
});
test('search: first page reads the chunks up to the look-ahead result, no more', async () => {
  const f = memoryFetchers(FILES);
  const r = await S.search('信息公开', 0, f.fetchJson);
  // Candidates 4…33; the 11th match (the look-ahead) is doc 16 (9 and 15 are false positives).
  assert.equal(r.results[9].doc, 14);
  const want = [];
  for (let c = Math.floor(4 / T); c <= Math.floor(16 / T); c++) want.push('x/' + c + '.json');
  assert.deepEqual(textReads(f), want);
});
test('search: same results for any text chunk size', async () => {
  const queries = ['信息公开', '公开', '政务公', '工作 年', 'ipv6', '信息', '文件'];
  const runAll = async (t) => {
    const f = memoryFetchers(buildIndex(DOCS, 7, 8, t));
    const out = [];
    for (const q of queries) {
      for (let page = 0; page < 5; page++) {
        const r = await S.search(q, page, f.fetchJson);
        out.push([q, page, r.status, r.page, urls(r || { results: [] }), r.total, r.exact, r.count, r.hasMore]);
        if (!r.hasMore) break;
      }
    }
    return out;
  };
  const reference = await runAll(1);
  for (const t of [2, 3, 4, 10, 34, 100]) assert.deepEqual(await runAll(t), reference, 'T=' + t);
});
test('search: one chunk serves several results', async () => {
  const f = memoryFetchers(buildIndex(DOCS, 7, 8, 10));
  const r = await S.search('信息公开', 0, f.fetchJson);
  assert.equal(r.results.length, 10);
  assert.deepEqual(textReads(f), ['x/0.json', 'x/1.json'], 'docs 4…16 (11 with the look-ahead) in two chunks');
});
test('search: the read limit counts the texts of the chunks fetched', async () => {
  // 400 false positives (信息, 息公, 公开 without 信息公开), then two matches.
  const docs = [];
  for (let i = 0; i < 400; i++) docs.push({ t: '文件' + i, u: 'fp/' + i + '/', y: '', d: '', body: '信息化建设，消息公布后公开。' });
  docs.push({ t: '甲', u: 'hit/a/', y: '', d: '', body: '做好信息公开工作。' });
  docs.push({ t: '乙', u: 'hit/b/', y: '', d: '', body: '信息公开目录。' });
  for (const t of [10, 3, 7]) {
    const f = memoryFetchers(buildIndex(docs, 5, 50, t));
    const r0 = await S.search('信息公开', 0, f.fetchJson);
    const texts = (reads) => reads.reduce((sum, p) => sum + Math.min(t, docs.length - t * Number(p.slice(2, -5))), 0);
    const first = textReads(f);
    assert.ok(texts(first) >= S.MAX_READ && texts(first) < S.MAX_READ + t, 'T=' + t + ': ' + texts(first) + ' texts');
    assert.equal(r0.status, 'ok');
    assert.equal(r0.results.length, 0);
    assert.equal(r0.hasMore, true, '继续查找');
    assert.equal(r0.exact, false);
    let r = r0;
    for (let page = 1; page < 20 && r.hasMore && !r.results.length; page++) r = await S.search('信息公开', page, f.fetchJson);
    assert.deepEqual(urls(r), ['hit/a/', 'hit/b/'], 'T=' + t);
    assert.equal(r.exact, true);
    assert.equal(r.count, 2);
    const all = textReads(f);
    assert.equal(new Set(all).size, all.length, 'T=' + t + ': no chunk read twice');
    assert.equal(all.length, Math.ceil(docs.length / t));
  }
});
test('search: what the 发文字号 check reads counts towards the read limit', async () => {
  // A query with a number: its head candidates (5, the phrase only in parts) are read first to
  // see whether it is a whole number; then 400 false positives in the body.
  const docs = [];
  for (let i = 0; i < 5; i++) docs.push({ t: '信息化消息公开 12', u: 'head/' + i + '/', y: '', d: '', body: '无。' });
  for (let i = 0; i < 400; i++) docs.push({ t: '文件' + i, u: 'fp/' + i + '/', y: '', d: '', body: '信息化建设，消息公布后公开，12项。' });
  const f = memoryFetchers(buildIndex(docs, 5, 50, 2));
  const r = await S.search('信息公开 12', 0, f.fetchJson);
  assert.equal(r.identifier, null);
  assert.equal(r.results.length, 0);
  const texts = textReads(f).length * 2;
  assert.ok(texts >= S.MAX_READ && texts < S.MAX_READ + 2, texts + ' texts');
});
test('search: a failed fetch rejects, and a retry works', async () => {
  const broken = Object.assign({}, FILES);
  delete broken['x/0.json'];
  const f = memoryFetchers(broken);
  await assert.rejects(S.search('政务公开', 0, f.fetchJson));
  broken['x/0.json'] = FILES['x/0.json'];
  const r = await S.search('政务公开', 0, f.fetchJson);
  assert.deepEqual(urls(r), ['policies/b/']);
});
test('search: only version 3 indexes are accepted', async () => {
  for (const index of [
    '{"version":1,"shards":7,"docs":34,"chunk":8}',
    '{"version":1,"shards":7,"docs":34,"chunk":8,"text_chunk":3}',
    '{"version":2,"shards":7,"docs":34,"chunk":8}',
    '{"version":2,"shards":7,"docs":34,"chunk":8,"text_chunk":0}',
    '{"version":2,"shards":7,"docs":34,"chunk":8,"text_chunk":"3"}',
    '{"version":2,"shards":7,"docs":34,"chunk":8,"text_chunk":3}',
    '{"version":3,"shards":7,"docs":34,"chunk":8,"text_chunk":3}',
    '{"version":3,"shards":7,"docs":34,"text_chunk":3,"gram":1,"window":3}',
    '{"version":3,"shards":7,"docs":34,"text_chunk":3,"gram":8,"window":0}',
    '{"version":4,"shards":7,"docs":34,"text_chunk":3,"gram":8,"window":3}',
  ]) {
    const g = memoryFetchers(Object.assign({}, FILES, { 'index.json': index }));
    await assert.rejects(S.search('政务公开', 0, g.fetchJson), (e) => e.code === 'version', index);
    assert.deepEqual(g.log.requests, ['index.json'], index);
  }
});
test('search: a chunk without the text of a candidate rejects', async () => {
  const short = Object.assign({}, FILES, { 'x/0.json': JSON.stringify(JSON.parse(FILES['x/0.json']).slice(0, 1)) });
  const f = memoryFetchers(short);
  await assert.rejects(S.search('政务公开', 0, f.fetchJson), /no text for doc [01]/);
  const notText = Object.assign({}, FILES, { 'x/0.json': '[null, 5, "x"]' });
  const g = memoryFetchers(notText);
  await assert.rejects(S.search('政务公开', 0, g.fetchJson), /no text for doc [01]/);
});
test('search: the same index from disk with fs fetchers', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govsite-search-'));
  try {
    for (const [p, text] of Object.entries(FILES)) {
      fs.mkdirSync(path.join(dir, 'search', path.dirname(p)), { recursive: true });
      fs.writeFileSync(path.join(dir, 'search', p), text);
    }
    const result = await checkSite(dir, [['信息公开', 'policies/p2'], ['IPv6改造', 'policies/c/']], true);
    assert.deepEqual(result.failures, []);
    assert.equal(result.bytes.length, 2);
    result.bytes.forEach(([, n]) => assert.ok(n > 0));
    // The bytes counted include the text chunks read for the first page.
    const f = memoryFetchers(FILES);
    await S.search('IPv6改造', 0, f.fetchJson);
    assert.ok(textReads(f).length > 0);
    assert.equal(result.bytes[1][1], f.log.bytes);
    // A leftover per-document text (version 1) or a missing chunk is reported.
    fs.writeFileSync(path.join(dir, 'search', 'x', '0.txt'), FILES['x/0.json']);
    fs.rmSync(path.join(dir, 'search', 'x', '11.json'));
    const bad = await checkSite(dir, [], true);
    assert.ok(bad.failures.some((m) => m.includes('unexpected files in x/') && m.includes('0.txt')), bad.failures.join('; '));
    assert.ok(bad.failures.some((m) => m.startsWith('x/11.json')), bad.failures.join('; '));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/* ------------------------------------------------------- the page, fake DOM */

// Just enough of a DOM for search.js; innerHTML throws so the script cannot use it.
class FakeNode {
  constructor(doc, tag, text) {
    this.ownerDocument = doc;
    this.tagName = tag ? tag.toUpperCase() : '#text';
    this.nodeValue = text === undefined ? null : text;
    this.children = [];
    this.childNodes = [];
    this.attributes = {};
    this.listeners = {};
    this.parentNode = null;
  }
  appendChild(node) {
    this.childNodes.push(node);
    if (node.tagName !== '#text') this.children.push(node);
    node.parentNode = this;
    return node;
  }
  get textContent() {
    return this.tagName === '#text' ? this.nodeValue : this.childNodes.map((c) => c.textContent).join('');
  }
  set textContent(v) {
    this.childNodes = [];
    this.children = [];
    if (v !== '') this.appendChild(new FakeNode(this.ownerDocument, null, String(v)));
  }
  set innerHTML(v) { throw new Error('innerHTML used'); }
  get innerHTML() { throw new Error('innerHTML used'); }
  set className(v) { this.attributes.class = v; }
  get className() { return this.attributes.class || ''; }
  set href(v) { this.attributes.href = v; }
  get href() { return this.attributes.href; }
  set id(v) { this.attributes.id = v; }
  get id() { return this.attributes.id; }
  setAttribute(k, v) { this.attributes[k] = String(v); }
  getAttribute(k) { return Object.prototype.hasOwnProperty.call(this.attributes, k) ? this.attributes[k] : null; }
  hasAttribute(k) { return Object.prototype.hasOwnProperty.call(this.attributes, k); }
  removeAttribute(k) { delete this.attributes[k]; }
  addEventListener(type, fn) { (this.listeners[type] = this.listeners[type] || []).push(fn); }
  dispatch(type) {
    const event = { type, defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    (this.listeners[type] || []).forEach((fn) => fn(event));
    return event;
  }
  focus() { this.ownerDocument.activeElement = this; }
  scrollIntoView() {}
  descendants() {
    const out = [];
    const walk = (n) => n.children.forEach((c) => { out.push(c); walk(c); });
    walk(this);
    return out;
  }
  all(tag) { return this.descendants().filter((n) => n.tagName === tag.toUpperCase()); }
  byClass(name) { return this.descendants().filter((n) => n.className.split(' ').includes(name)); }
}

function fakePage(files, search) {
  const doc = {
    readyState: 'complete',
    baseURI: 'https://www.example.gov.cn/search/',
    activeElement: null,
    createElement(tag) { return new FakeNode(doc, tag); },
    createTextNode(text) { return new FakeNode(doc, null, String(text)); },
    getElementById(id) { return doc.body.descendants().find((n) => n.id === id) || null; },
    querySelectorAll(sel) {
      const m = /^\[([a-z-]+)\]$/.exec(sel);
      if (!m) throw new Error('unsupported selector ' + sel);
      return doc.body.descendants().filter((n) => n.hasAttribute(m[1]));
    },
    addEventListener() {},
  };
  doc.body = new FakeNode(doc, 'body');
  const form = doc.body.appendChild(new FakeNode(doc, 'form'));
  const input = form.appendChild(new FakeNode(doc, 'input'));
  input.id = 'search-page-input';
  input.value = '';
  input.form = form;
  const results = doc.body.appendChild(new FakeNode(doc, 'div'));
  results.id = 'search-results';
  results.setAttribute('aria-live', 'polite');
  results.setAttribute('data-search-index', '../search/index.json');
  results.setAttribute('data-root', '../');
  const note = doc.body.appendChild(new FakeNode(doc, 'p'));
  note.setAttribute('data-no-js-only', '');

  const fetched = [];
  const location = {
    protocol: 'https:', pathname: '/search/', hash: '', search: search,
    href: 'https://www.example.gov.cn/search/' + search,
  };
  const history = {
    replaced: [],
    replaceState(state, title, url) { this.replaced.push(url); },
  };
  function fetch(url) {
    fetched.push(url);
    const prefix = 'https://www.example.gov.cn/search/';
    const p = url.startsWith(prefix) ? url.slice(prefix.length) : url;
    const ok = Object.prototype.hasOwnProperty.call(files, p);
    return Promise.resolve({
      ok, status: ok ? 200 : 404,
      json: () => Promise.resolve(JSON.parse(files[p])),
      text: () => Promise.resolve(files[p]),
    });
  }
  const window = { history };
  const context = vm.createContext({
    document: doc, window, location, history, fetch, URL, URLSearchParams, TextEncoder,
    Promise, Map, WeakMap, Uint8Array, console: { error() {} },
  });
  vm.runInContext(fs.readFileSync(SCRIPT, 'utf8'), context, { filename: SCRIPT });
  return { doc, form, input, results, note, history, fetched };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

test('page: runs ?q= on load and renders results with DOM nodes', async () => {
  const page = fakePage(FILES, '?q=%E4%BF%A1%E6%81%AF%E5%85%AC%E5%BC%80'); // 信息公开
  await settle();
  assert.equal(page.input.value, '信息公开');
  assert.ok(page.note.hasAttribute('hidden'), 'data-no-js-only hidden');
  assert.ok(page.fetched.every((u) => u.startsWith('https://www.example.gov.cn/search/')), page.fetched.join(' '));
  const status = page.results.byClass('search-results__status')[0];
  assert.equal(status.textContent, '找到约 30 条结果');
  assert.equal(status.getAttribute('role'), 'status');
  assert.equal(page.results.getAttribute('aria-live'), null, 'only the status is live');
  const items = page.results.byClass('search-result');
  assert.equal(items.length, 10);
  const link = items[0].all('a')[0];
  assert.equal(link.href, '../policies/p0/');
  assert.equal(link.textContent, '第1号文件');
  assert.ok(items[0].all('mark').length >= 1);
  assert.equal(items[0].all('mark')[0].textContent, '信息公开');
  assert.equal(items[0].all('time')[0].getAttribute('datetime'), '2019-12-30');
  assert.equal(items[0].byClass('search-result__type')[0].textContent, '政策文件');
  const buttons = page.results.byClass('pagination__link');
  assert.deepEqual(buttons.map((b) => b.textContent), ['下一页']);
  buttons[0].dispatch('click');
  await settle();
  assert.equal(status.textContent, '找到约 30 条结果，第 2 页');
  assert.equal(page.results.all('ol')[0].start, 11);
  assert.equal(page.doc.activeElement, status, 'focus moves to the status');
  assert.deepEqual(page.results.byClass('pagination__link').map((b) => b.textContent), ['上一页', '下一页']);
  page.results.byClass('pagination__link')[1].dispatch('click');
  await settle();
  assert.equal(status.textContent, '找到 25 条结果，第 3 页');
  assert.equal(page.results.byClass('search-result').length, 5);
});
test('page: the form searches without leaving, and updates the URL', async () => {
  const page = fakePage(FILES, '');
  await settle();
  page.input.value = ' IPv6改造 ';
  const event = page.form.dispatch('submit');
  assert.ok(event.defaultPrevented);
  await settle();
  assert.deepEqual(page.history.replaced, ['/search/?q=' + encodeURIComponent('IPv6改造')]);
  const status = page.results.byClass('search-results__status')[0];
  assert.equal(status.textContent, '找到 2 条结果');
  page.input.value = '政';
  page.form.dispatch('submit');
  await settle();
  assert.equal(status.textContent, '请输入至少两个字的关键词');
  assert.equal(page.results.byClass('search-result').length, 0);
  page.input.value = '不存在的词';
  page.form.dispatch('submit');
  await settle();
  assert.equal(status.textContent, '没有找到相关信息');
});
test('page: a missing index gives a message in Chinese', async () => {
  const page = fakePage({}, '?q=政务');
  await settle();
  const status = page.results.byClass('search-results__status')[0];
  assert.match(status.textContent, /搜索失败/);
});
test('page: a version 1 index gives the unsupported version message', async () => {
  const old = Object.assign({}, FILES, { 'index.json': '{"version":1,"shards":7,"docs":34,"chunk":8}' });
  const page = fakePage(old, '?q=政务');
  await settle();
  const status = page.results.byClass('search-results__status')[0];
  assert.equal(status.textContent, '搜索索引版本不受支持，请刷新页面后重试。');
});
test('page: markup in titles and text stays text', async () => {
  const docs = [{ t: '<img src=x onerror=alert(1)>政务公开', u: 'javascript:alert(1)', y: '<b>', d: '', body: '<script>政务公开</script>' }];
  const page = fakePage(buildIndex(docs, 3, 4), '?q=政务公开');
  await settle();
  const item = page.results.byClass('search-result')[0];
  assert.equal(item.all('a')[0].textContent, '<img src=x onerror=alert(1)>政务公开');
  assert.equal(item.all('a')[0].href, undefined, 'no javascript: link');
  assert.equal(item.all('img').length + item.all('script').length + item.all('b').length, 0);
});


/* ------------------------------------------- metadata, ranking, long phrases */

// Policies with 发文字号, 索引号 and issuer (newest first), and bodies citing them.
function metaSite() {
  const docs = [];
  const add = (t, body, extra) => docs.push(Object.assign({ t, u: 'p/' + docs.length + '/', y: '政策文件',
    d: '2020-01-' + String(30 - docs.length).padStart(2, '0'), body }, extra || {}));
  add('关于转发文件的通知', '请认真贯彻盘司发〔2019〕12号文件精神。', { is: '盘锦市人民政府办公室' });     // 0
  add('法律援助工作的通知', '各单位：做好法律援助工作。', { no: '盘司发〔2019〕3号', ix: '112111001234567886/2019-00012', is: '盘锦市司法局' }); // 1
  add('公共法律服务体系建设实施方案', '各单位：现将方案印发。', { no: '盘司发〔2019〕12号', ix: '112111001234567886/2019-00007', is: '盘锦市司法局' }); // 2
  for (let i = 0; i < 12; i++) add('第' + i + '号工作通知', '推进法律援助工作，第' + i + '项。', { no: '盘司办〔2018〕' + (i + 1) + '号', is: '盘锦市司法局' });
  add('法律援助条例实施办法', '本办法自发布之日起施行。', { no: '盘司发〔2017〕5号', is: '盘锦市司法局' });   // 15: oldest, title match
  return docs;
}
const META = buildIndex(metaSite(), 5, 0, 2);

test('metadata: a full 发文字号 finds exactly its document; the documents citing it on request', async () => {
  const f = memoryFetchers(META);
  const r = await S.search('盘司发〔2019〕12号', 0, f.fetchJson);
  assert.deepEqual(urls(r), ['p/2/']);
  assert.equal(r.results[0].docNo, '盘司发〔2019〕12号');
  assert.equal(r.results[0].heldIn, 'docNo');
  assert.deepEqual(plain(r.results[0].snippet).includes('盘司发〔2019〕12号'), true, 'the snippet shows the metadata that matched');
  assert.deepEqual(r.results[0].snippet.filter((p) => p.mark).map((p) => p.text), ['盘司发〔2019〕12号'], 'the number marked whole');
  assert.deepEqual(r.identifier, { label: '盘司发〔2019〕12号', section: 'whole', count: 1, nextSection: 'other' });
  // The document citing it, on the next page, in its own section.
  const other = await S.search('盘司发〔2019〕12号', 1, f.fetchJson);
  assert.deepEqual(urls(other), ['p/0/']);
  assert.deepEqual(other.identifier, { label: '盘司发〔2019〕12号', section: 'other', count: 1, nextSection: null });
  assert.deepEqual(other.results[0].snippet.filter((p) => p.mark).map((p) => p.text), ['盘司发〔2019〕12号']);
  assert.equal(other.hasMore, false);
});

// META plus documents holding the parts of 盘司发〔2019〕12号 but not the number: what a
// full 发文字号 matched before, 54 such documents at 10,000.
function idSite() {
  const docs = metaSite();
  const add = (t, body, extra) => docs.push(Object.assign({ t, u: 'q/' + docs.length + '/', y: '政策文件', d: '2019-06-01', body }, extra || {}));
  add('盘司发文件汇编', '收录2019年文件，第12号目录。', {});                                               // 16: parts only
  add('关于12项工作的通知', '按盘司发〔2018〕3号执行，2019年底完成。', { no: '盘司发〔2019〕7号', is: '盘锦市司法局' }); // 17: parts in its head
  add('转发通知', '请按盘司发〔2019〕99号文件执行。', { is: '盘锦市司法局' });                              // 18: cites a number no document has
  add('年度总结', '盘司发2019年共印发99份文件，编号号段另行公布。', {});                                   // 19: parts of that number
  return docs;
}
const ID = buildIndex(idSite(), 5, 0, 2);

test('identifier: 发文字号 with 〔〕, [], ［］, () or spaces finds the document, not the documents with its parts', async () => {
  for (const q of ['盘司发〔2019〕12号', '盘司发[2019]12号', '盘司发［2019］12号', '盘司发(2019)12号', '盘司发 2019 12号', ' 盘司发【2019】12 号 ']) {
    const f = memoryFetchers(ID);
    const r = await S.search(q, 0, f.fetchJson);
    assert.deepEqual(urls(r), ['p/2/'], q);
    assert.equal(r.identifier.section, 'whole', q);
    // Every page: the citing document, never 16 (盘司发, 2019, 12 and 号 apart) or 17 (in its title and 发文字号).
    const all = [];
    for (let page = 0, more = true; more; page++) {
      const x = await S.search(q, page, f.fetchJson);
      all.push(...urls(x));
      more = x.hasMore;
    }
    assert.deepEqual(all, ['p/2/', 'p/0/'], q);
  }
  // Before: the parts were enough.
  const parts = S.queryTerms('盘司发〔2019〕12号');
  assert.ok(S.phraseMatch(S.parseRecord(makeRecord(idSite()[16])).all, parts), 'doc 16 has every part');
});
test('identifier: the first page reads only the head candidates\' chunks', async () => {
  const f = memoryFetchers(ID);
  await S.search('盘司发〔2019〕12号', 0, f.fetchJson);
  // Docs 2 and 17 have every token in their head; 0 and 16 are left unread.
  assert.deepEqual(textReads(f), ['x/1.json', 'x/8.json']);
});
test('identifier: a full 索引号 finds exactly its document, with nothing more to look for', async () => {
  const r = await S.search('112111001234567886/2019-00007', 0, memoryFetchers(ID).fetchJson);
  assert.deepEqual(urls(r), ['p/2/']);
  assert.equal(r.results[0].heldIn, 'indexNo');
  assert.deepEqual(r.identifier, { label: '112111001234567886/2019-00007', section: 'whole', count: 1, nextSection: null });
  assert.equal(r.hasMore, false);
  assert.deepEqual(urls(await S.search('112111001234567886-2019-00012', 0, memoryFetchers(ID).fetchJson)), ['p/1/'], 'other separators');
});
test('identifier: a 发文字号 no document has shows none, and only documents citing it whole on request', async () => {
  const f = memoryFetchers(ID);
  const r = await S.search('盘司发〔2019〕99号', 0, f.fetchJson);
  assert.equal(r.status, 'ok');
  assert.deepEqual(urls(r), [], 'no part-matches pretending to be it');
  assert.deepEqual(r.identifier, { label: '盘司发〔2019〕99号', section: 'whole', count: 0, nextSection: 'other' });
  assert.deepEqual(textReads(f), [], 'nothing read: no document has it in its head');
  const other = await S.search('盘司发〔2019〕99号', 1, f.fetchJson);
  assert.deepEqual(urls(other), ['q/18/'], 'cited whole; 19 has only the parts');
  // Nothing holds it at all: nothing, not the parts.
  const none = await S.search('盘司发〔2019〕11号', 0, memoryFetchers(ID).fetchJson);
  assert.deepEqual(urls(none), []);
});
test('identifier: part of a number, a number with words, 按时间排序', async () => {
  const f = memoryFetchers(ID);
  assert.deepEqual(urls(await S.search('〔2019〕12号', 0, f.fetchJson)), ['p/2/'], 'without the 代字');
  assert.deepEqual(urls(await S.search('司发〔2019〕12', 0, f.fetchJson)), ['p/2/'], 'held by the 发文字号, three runs');
  const withWords = await S.search('盘司发〔2019〕12号 实施方案', 0, f.fetchJson);
  assert.deepEqual(urls(withWords), ['p/2/']);
  assert.equal(withWords.identifier.label, '盘司发〔2019〕12号');
  assert.deepEqual(urls(await S.search('盘司发〔2019〕12号 法律援助', 0, f.fetchJson)), [], 'the words must match too');
  // By time the same sections (the other one newest first), still no parts.
  const byTime = await S.search('盘司发〔2019〕12号', 0, f.fetchJson, { sort: 'time' });
  assert.deepEqual(urls(byTime), ['p/2/']);
  assert.equal(byTime.identifier.section, 'whole');
  assert.deepEqual(urls(await S.search('盘司发〔2019〕12号', 1, f.fetchJson, { sort: 'time' })), ['p/0/']);
  // The other section: by relevance titles first, by time newest first.
  const other = (sort) => S.search('〔2019〕1号', 1, memoryFetchers(buildIndex([
    { t: '正文提到', u: 'b/', y: '', d: '', body: '按〔2019〕1号执行。' },
    { t: '关于废止〔2019〕1号的决定', u: 't/', y: '', d: '', body: '正文。' }], 5, 0, 2)).fetchJson, { sort }).then(urls);
  assert.deepEqual(await other('relevance'), ['t/', 'b/']);
  assert.deepEqual(await other('time'), ['b/', 't/']);
});
test('identifier: more documents with the number than are read up front: checked page by page', async () => {
  // 13 offices' 〔2019〕1号 (more than a page: the whole section is read as it is shown), one
  // title citing it, and a part-match.
  const docs = [];
  for (let i = 0; i < 13; i++) docs.push({ t: '通知' + i, u: 'n/' + i + '/', y: '', d: '', body: '正文。', no: '盘' + '甲乙丙丁戊己庚辛壬癸子丑寅'[i] + '发〔2019〕1号' });
  docs.push({ t: '关于废止〔2019〕1号的决定', u: 't/', y: '', d: '', body: '正文。' });
  docs.push({ t: '2019年1号楼', u: 'x/', y: '', d: '', body: '正文。' });
  const f = memoryFetchers(buildIndex(docs, 5, 0, 2));
  const seen = [];
  const ids = [];
  for (let page = 0, more = true; more; page++) {
    const r = await S.search('〔2019〕1号', page, f.fetchJson);
    seen.push(urls(r));
    ids.push(r.identifier);
    more = r.hasMore;
  }
  assert.deepEqual(seen, [docs.slice(0, 10).map((d) => d.u), docs.slice(10, 13).map((d) => d.u), ['t/']]);
  assert.deepEqual(ids.map((id) => [id.section, id.count, id.nextSection]), [['whole', null, 'whole'], ['whole', 13, 'other'], ['other', 1, null]]);
});
test('identifier: ordinary queries are unchanged', async () => {
  const f = memoryFetchers(ID);
  for (const q of ['法律援助', '盘司发', '2019 12', '盘锦市司法局', '政务公开']) {
    const r = await S.search(q, 0, f.fetchJson);
    assert.equal(r.identifier, null, q);
  }
  // The same results as before this rule (the client of 9289f63 on this index): 2019 and 12
  // apart are what was asked for; 盘司发 is in many numbers, not a whole one.
  assert.deepEqual(urls(await S.search('2019 12', 0, f.fetchJson)), ['p/2/', 'q/17/', 'p/0/', 'q/16/']);
  assert.deepEqual(urls(await S.search('盘司发', 0, f.fetchJson)), ['p/1/', 'p/2/', 'p/15/', 'q/16/', 'q/17/', 'p/0/', 'q/18/', 'q/19/']);
});
test('identifier: canonical form and shapes', () => {
  assert.equal(S.canonical('盘司发〔2019〕12号'), '盘司发2019 12号');
  assert.equal(S.canonical('盘司发 [2019] 12 号'), '盘司发2019 12号');
  assert.equal(S.canonical('112111001234567886/2019-00012'), '112111001234567886 2019 00012');
  assert.equal(S.findKey('盘司发2019 112号', '2019 12号'), -1, 'a number whole');
  assert.equal(S.findKey('x盘司发2019 12号', '司发2019 12'), 2);
  const shape = (q) => S.identifierShape(S.splitRuns(q));
  assert.ok(shape('国办发〔2019〕19号') && shape('〔2019〕19号') && shape('2111000046/2019-00012') && shape('11210000MB0000000X/2019-00012'));
  assert.ok(!shape('2019-12-31') && !shape('盘司发') && !shape('2019年12号文件') && !shape('政务公开 2019'));
});

test('metadata: part of a 发文字号, a 索引号 and an issuer find the documents carrying them', async () => {
  const f = memoryFetchers(META);
  assert.deepEqual(urls(await S.search('盘司发', 0, f.fetchJson)), ['p/1/', 'p/2/', 'p/15/', 'p/0/']);
  assert.deepEqual(urls(await S.search('112111001234567886/2019-00012', 0, f.fetchJson)), ['p/1/']);
  const byIssuer = await S.search('盘锦市司法局', 0, f.fetchJson, { sort: 'time' });
  assert.equal(byIssuer.results.length, 10);
  assert.ok(byIssuer.results.every((x) => x.url !== 'p/0/'), 'issued by another office');
  assert.equal(byIssuer.hasMore, true);
});
test('ranking: title matches first, newest first in each group; 按时间排序 is newest first', async () => {
  const f = memoryFetchers(META);
  const relevance = await S.search('法律援助', 0, f.fetchJson);
  // Titles: 1 and 15 (oldest); then the bodies, newest first.
  assert.deepEqual(urls(relevance).slice(0, 3), ['p/1/', 'p/15/', 'p/3/']);
  assert.equal(relevance.sort, 'relevance');
  assert.equal(relevance.total, 14);
  const all = [];
  for (let page = 0; page < 2; page++) all.push(...urls(await S.search('法律援助', page, f.fetchJson)));
  assert.equal(new Set(all).size, 14, 'each document once over the pages');
  const byTime = await S.search('法律援助', 0, f.fetchJson, { sort: 'time' });
  assert.equal(byTime.sort, 'time');
  assert.deepEqual(urls(byTime).slice(0, 3), ['p/1/', 'p/3/', 'p/4/']);
  // A title that matches all bigrams but not the phrase is checked in its body, once.
  const docs = metaSite();
  docs.push({ t: '援助法律宣传', u: 'p/x/', y: '', d: '', body: '开展法律援助。' });
  const g = memoryFetchers(buildIndex(docs, 5, 0, 2));
  const pages = [];
  for (let page = 0; page < 2; page++) pages.push(...urls(await S.search('律援助', page, g.fetchJson)));
  assert.equal(pages.filter((u) => u === 'p/x/').length, 1);
  assert.equal(pages[pages.length - 1], 'p/x/', 'a body match, after the title matches');
});

// 200 documents with every bigram of PHRASE but never PHRASE (the slots of a template
// sentence shuffled), and PHRASE itself in 12 of them.
const PHRASE = '各人民调解组织要着力提升基层法治示范创建';
function phraseSite() {
  const subjects = ['各人民调解组织', '各司法所', '各律师事务所'];
  const verbs = ['要着力提升', '要全面落实', '要认真贯彻'];
  const objects = ['基层法治示范创建', '公共法律服务体系建设', '乡村振兴法治保障'];
  const docs = [];
  for (let n = 0; n < 200; n++) {
    const parts = [];
    for (let k = 0; k < 3; k++) parts.push(subjects[(n + k) % 3] + verbs[(n + 2 * k) % 3] + objects[(n + k + 1) % 3] + '。');
    // 各人民调解组织要着力提升 and 基层法治示范创建 both occur, never joined.
    parts.push('各人民调解组织要着力提升工作水平。推进基层法治示范创建。');
    if (n % 17 === 3) parts.push(PHRASE + '。');
    docs.push({ t: '文件' + n, u: 'd/' + n + '/', y: '政策文件', d: '', body: parts.join('') });
  }
  return docs;
}

test('long phrase: phrase grams narrow the candidates, recall 1.0, fewer bytes', async () => {
  const docs = phraseSite();
  const truth = docs.filter((d) => d.body.includes(PHRASE)).map((d) => d.u);
  assert.equal(truth.length, 12);
  const found = async (files) => {
    const f = memoryFetchers(files);
    const first = await S.search(PHRASE, 0, f.fetchJson);
    // Bytes of the text chunks the first page read (the shards of this tiny index are few).
    const bytes = textReads(f).reduce((sum, p) => sum + Buffer.byteLength(files[p], 'utf8'), 0);
    const all = [...urls(first)];
    for (let page = 1; page < 30 && all.length < truth.length; page++) all.push(...urls(await S.search(PHRASE, page, f.fetchJson)));
    return { first, bytes, all };
  };
  const grams = await found(buildIndex(docs, 7, 0, 4));
  const chars = Array.from(PHRASE);
  assert.ok(S.phraseGrams(chars, GRAM, WINDOW).length >= 2);
  // The same index without phrase grams (a window longer than any run): bigrams only.
  const bigrams = buildIndexWindow(docs, 7, 4, 1000);
  const before = await found(bigrams);
  assert.deepEqual(grams.all, truth, 'every match, in order');
  assert.deepEqual(before.all, truth);
  assert.equal(grams.first.results.length, 10, 'a full first page');
  assert.ok(grams.first.total <= 15, 'few candidates: ' + grams.first.total);
  assert.ok(before.first.total >= 70, 'bigrams leave many: ' + before.first.total);
  assert.ok(grams.bytes * 2 < before.bytes, grams.bytes + ' text bytes with grams, ' + before.bytes + ' without');
});
test('phraseGrams: the window minimum, leftmost on ties; none for short runs', () => {
  const chars = Array.from('一二三四五六七八九十');
  assert.deepEqual(S.phraseGrams(chars.slice(0, 7), 5, 4), []);
  const grams = S.phraseGrams(chars, 5, 4);
  const all = [];
  for (let g = 0; g + 5 <= chars.length; g++) all.push(chars.slice(g, g + 5).join(''));
  const want = [];
  for (let w = 0; w + 4 <= all.length; w++) {
    const win = all.slice(w, w + 4);
    const best = win.reduce((b, x) => (refFnv1a(x) < refFnv1a(b) ? x : b));
    if (want[want.length - 1] !== best) want.push(best);
  }
  assert.deepEqual(grams, want);
  assert.deepEqual(S.phraseGrams(Array.from('一二三四五六七八九十甲乙'), GRAM, WINDOW), GENERATOR_GRAMS);
});
test('page: a full 发文字号 shows its document, then the others that mention it on request', async () => {
  const page = fakePage(ID, '?q=' + encodeURIComponent('盘司发[2019]12号'));
  await settle();
  const status = page.results.byClass('search-results__status')[0];
  assert.equal(status.textContent, '找到 1 条发文字号与“盘司发[2019]12号”相符的结果');
  const titles = () => page.results.byClass('search-result__link').map((a) => a.textContent);
  assert.deepEqual(titles(), ['公共法律服务体系建设实施方案']);
  const buttons = page.results.byClass('pagination__link');
  assert.deepEqual(buttons.map((b) => b.textContent), ['查找其他提到“盘司发[2019]12号”的信息']);
  buttons[0].dispatch('click');
  await settle();
  assert.equal(status.textContent, '其他提到“盘司发[2019]12号”的信息：找到 1 条，第 2 页');
  assert.deepEqual(titles(), ['关于转发文件的通知']);
  assert.deepEqual(page.results.byClass('pagination__link').map((b) => b.textContent), ['上一页']);
  const none = fakePage(ID, '?q=' + encodeURIComponent('盘司发〔2019〕99号'));
  await settle();
  assert.equal(none.results.byClass('search-results__status')[0].textContent, '没有发文字号或索引号与“盘司发〔2019〕99号”相符的信息');
  const more = none.results.byClass('pagination__link');
  assert.deepEqual(more.map((b) => b.textContent), ['查找其他提到“盘司发〔2019〕99号”的信息']);
  more[0].dispatch('click');
  await settle();
  assert.equal(none.results.byClass('search-results__status')[0].textContent, '其他提到“盘司发〔2019〕99号”的信息：找到 1 条，第 2 页');
  const index = fakePage(ID, '?q=' + encodeURIComponent('112111001234567886/2019-00007'));
  await settle();
  assert.equal(index.results.byClass('search-results__status')[0].textContent, '找到 1 条索引号与“112111001234567886/2019-00007”相符的结果');
  assert.deepEqual(index.results.byClass('pagination__link'), []);
});
test('page: 按时间排序 reorders the results and is kept in the URL', async () => {
  const page = fakePage(META, '?q=' + encodeURIComponent('法律援助'));
  await settle();
  const titles = () => page.results.byClass('search-result__link').map((a) => a.textContent);
  assert.deepEqual(titles().slice(0, 2), ['法律援助工作的通知', '法律援助条例实施办法']);
  const sortButtons = page.results.byClass('search-results__sort-option');
  assert.deepEqual(sortButtons.map((b) => [b.textContent, b.getAttribute('aria-pressed')]),
    [['按相关度排序', 'true'], ['按时间排序', 'false']]);
  sortButtons[1].dispatch('click');
  await settle();
  assert.equal(sortButtons[1].getAttribute('aria-pressed'), 'true');
  assert.deepEqual(titles().slice(0, 2), ['法律援助工作的通知', '第0号工作通知']);
  assert.deepEqual(page.history.replaced, ['/search/?q=' + encodeURIComponent('法律援助') + '&sort=time']);
  const again = fakePage(META, '?q=' + encodeURIComponent('法律援助') + '&sort=time');
  await settle();
  assert.equal(again.results.byClass('search-results__sort-option')[1].getAttribute('aria-pressed'), 'true');
  assert.equal(again.results.byClass('search-result__link')[1].textContent, '第0号工作通知');
  assert.equal(again.results.byClass('search-result__doc-no')[0].textContent, '盘司发〔2019〕3号');
});

/* --------------------------------------------------- a generated site on disk */

// Check <dir>/search against the client's rules and run the queries; returns
// {failures: [message], bytes: [[query, n]]}.
async function checkSite(dir, queries, quiet) {
  const failures = [];
  const bytes = [];
  const fail = (msg) => { failures.push(msg); };
  const searchDir = path.join(dir, 'search');
  const readJson = (p) => JSON.parse(fs.readFileSync(path.join(searchDir, p), 'utf8').replace(/^\uFEFF/, ''));
  let index;
  try {
    index = readJson('index.json');
  } catch (e) {
    return { failures: ['cannot read ' + path.join(searchDir, 'index.json') + ': ' + e.message], bytes };
  }
  const { shards, docs, text_chunk: textChunk, gram, window } = index;
  const whole = (v) => Number.isInteger(v) && v >= 0;
  if (index.version !== 3 || !whole(shards) || !(shards > 0) || !whole(docs) || !whole(textChunk) ||
      !(textChunk > 0) || !whole(gram) || !(gram > 1) || !whole(window) || !(window > 0)) {
    return { failures: ['index.json not {"version":3,"shards">0,"docs">=0,"text_chunk">0,"gram">1,"window">0}: ' + JSON.stringify(index)], bytes };
  }
  // Shards: each token in its own shard, well formed, postings ascending within 0..docs-1.
  const indexed = new Map();
  for (let k = 0; k < shards; k++) {
    let shard;
    try { shard = readJson('s/' + k + '.json'); } catch (e) { fail('s/' + k + '.json: ' + e.message); continue; }
    for (const [token, written] of Object.entries(shard)) {
      const list = Array.isArray(written) && written.every((n, i) => Number.isInteger(n) && (i === 0 ? n >= 0 : n > 0))
        ? S.decodeList(written) : null;
      if (S.shardOf(token, shards) !== k) fail('token ' + JSON.stringify(token) + ' in s/' + k + '.json, expected s/' + S.shardOf(token, shards) + '.json');
      const bare = token.replace(/^#/, '');
      const runs = S.splitRuns(bare);
      const isGram = runs.length === 1 && runs[0].cjk && Array.from(bare).length === gram;
      const again = S.tokenize(bare);
      if (!isGram && (again.length !== 1 || again[0] !== bare)) fail('token ' + JSON.stringify(token) + ' is not a token by the client rules');
      if (!list || !list.every((n) => n < docs)) {
        fail('postings of ' + JSON.stringify(token) + ' not a first doc number and positive differences, < ' + docs);
      }
      indexed.set(token, list);
    }
  }
  // Text chunks x/<c>.json (nothing else in x/), and (unless skipped) the shards hold exactly
  // the tokens of the texts.
  const full = process.env.SEARCH_SKIP_FULL_CHECK !== '1';
  const fromText = new Map();
  let mismatches = [];
  const textChunks = Math.ceil(docs / textChunk);
  const expectedX = new Set(Array.from({ length: textChunks }, (_, c) => c + '.json'));
  let present = [];
  try { present = fs.readdirSync(path.join(searchDir, 'x')); } catch (e) { if (docs) fail('x/: ' + e.message); }
  const stray = present.filter((name) => !expectedX.has(name));
  if (stray.length) fail(stray.length + ' unexpected files in x/ (expected 0.json … ' + (textChunks - 1) + '.json), e.g. ' + stray.slice(0, 5).join(', '));
  for (let c = 0; c < textChunks; c++) {
    let x;
    try { x = readJson('x/' + c + '.json'); } catch (e) { fail('x/' + c + '.json: ' + e.message); continue; }
    const want = Math.min(textChunk, docs - c * textChunk);
    if (!Array.isArray(x) || x.length !== want || !x.every((t) => typeof t === 'string')) {
      fail('x/' + c + '.json: expected an array of ' + want + ' strings');
      continue;
    }
    x.forEach((record, i) => {
      const r = S.parseRecord(record);
      const ok = r.title && (record.match(/\n/g) || []).length >= 2 && record.split('\n')[1].split('\t').length === 6 &&
        /^(\d{4}-\d{2}-\d{2})?$/.test(r.date) && !/^([a-z][a-z0-9+.-]*:|\/)/i.test(r.url);
      if (!ok) fail('x/' + c + '.json record ' + i + ' (doc ' + (c * textChunk + i) + '): ' + JSON.stringify(record.slice(0, 200)));
    });
    if (!full) continue;
    x.forEach((text, i) => {
      const n = c * textChunk + i;
      for (const token of recordTokens(text, gram, window)) {
        if (!fromText.has(token)) fromText.set(token, []);
        fromText.get(token).push(n);
      }
    });
  }
  if (full) {
    for (const [token, list] of fromText) {
      const got = indexed.get(token) || [];
      if (!got.join) continue;  // reported above
      if (got.join() !== list.join()) mismatches.push(JSON.stringify(token) + ' texts ' + JSON.stringify(list.slice(0, 8)) + ' index ' + JSON.stringify(got.slice(0, 8)));
    }
    for (const token of indexed.keys()) {
      if (!fromText.has(token)) mismatches.push(JSON.stringify(token) + ' indexed but in no text');
    }
    if (mismatches.length) {
      fail(mismatches.length + ' tokens differ between the shards and the tokens of the texts in x/*.json, e.g. ' + mismatches.slice(0, 5).join('; '));
    }
  }
  // Queries.
  for (const [query, expected] of queries) {
    const f = diskFetchers(searchDir);
    let found = false;
    let firstBytes = null;
    let firstFiles = null;
    let r;
    try {
      for (let page = 0; page < 100; page++) {
        r = await S.search(query, page, f.fetchJson);
        if (page === 0) {
          firstBytes = f.log.bytes;
          firstFiles = f.log.requests.length;
        }
        if (r.status !== 'ok') break;
        if (r.results.some((x) => x.url.includes(expected))) { found = true; break; }
        if (!r.hasMore) break;
      }
    } catch (e) {
      fail('query ' + JSON.stringify(query) + ': ' + e.message);
      continue;
    }
    bytes.push([query, firstBytes]);
    if (!quiet) {
      console.log('bytes ' + query + ' ' + firstBytes);
      console.log('#   ' + JSON.stringify(query) + ': ' + (r.exact ? r.count : 'about ' + r.total) +
        ' results; the first page read ' + firstFiles + ' files');
    }
    if (!found) fail('query ' + JSON.stringify(query) + ': no result url contains ' + JSON.stringify(expected) +
      ' (status ' + r.status + ', urls ' + JSON.stringify((r.results || []).map((x) => x.url)) + ')');
  }
  return { failures, bytes };
}

const siteDir = process.argv[2];
if (siteDir) {
  test('site ' + siteDir + ': index well formed, tokens consistent, queries found', async () => {
    let queries = [];
    if (process.env.SEARCH_QUERIES) {
      queries = JSON.parse(process.env.SEARCH_QUERIES);
      assert.ok(Array.isArray(queries) && queries.every((q) => Array.isArray(q) && q.length === 2),
        'SEARCH_QUERIES is a JSON array of [query, expectedUrlSubstring]');
    } else {
      console.log('# no SEARCH_QUERIES: checking the index only');
    }
    const result = await checkSite(siteDir, queries, false);
    assert.deepEqual(result.failures, []);
  });
}

/* -------------------------------------------------------------------- run */

(async () => {
  let passed = 0;
  let failed = 0;
  for (const t of tests) {
    try {
      await t.fn();
      passed++;
      console.log('ok - ' + t.name);
    } catch (e) {
      failed++;
      console.log('not ok - ' + t.name);
      console.log(String(e && e.stack || e).split('\n').map((l) => '#   ' + l).join('\n'));
    }
  }
  console.log(passed + ' passed, ' + failed + ' failed');
  process.exitCode = failed ? 1 : 0;
})();
