/*
 * govsite default theme: 站内搜索, entirely in the browser, from the static index the generator
 * writes under search/ (see the layout search.mustache and the generator's search writer).
 *
 * Index (all UTF-8, paths relative to the folder of search/index.json):
 *   index.json      {"version":3,"shards":S,"docs":N,"text_chunk":T,"gram":K,"window":W}
 *   s/<k>.json      {token: [first doc number, then differences], …}: "政务" lists the docs whose
 *                   record has the token anywhere, "#政务" those whose head (title, 发文字号,
 *                   索引号) has it; both live in shard fnv1a("政务") % S
 *   x/<c>.json      [record, …] for docs c*T … c*T+T-1 (the last chunk may be shorter): the
 *                   record of doc n is element n % T of chunk floor(n / T), a string
 *                   "title\nurl\ttype\tdate\t发文字号\t索引号\t发文机关\nplain text"
 * Doc numbers are assigned newest first, so ascending order is newest first.
 *
 * Tokens (must match the generator byte for byte): ASCII letters lower-cased; the text splits
 * into CJK runs (U+2E80–U+9FFF except U+3000–U+303F, U+AC00–U+D7AF, U+F900–U+FAFF,
 * U+20000–U+3FFFF) and ASCII word runs ([a-z0-9]+); anything else separates runs. A CJK run
 * gives its overlapping character pairs (one character alone gives itself); a word gives itself.
 * A CJK run of K+W-1 characters or more also gives its phrase grams: of each window of W
 * consecutive K-character grams, the one with the smallest FNV-1a hash (the leftmost on a tie).
 * A query run that long is looked up by its phrase grams only: every document containing it
 * has them (its windows chose the same grams), and they are few, selective, and cost a shard
 * each instead of one per character.
 *
 * A query matches a document when every token's posting list contains it (the candidates, an
 * over-estimate: 政务 + 务公 does not mean 政务公) and the document's searchable text (title,
 * 发文字号, 索引号, 发文机关, body) contains every query run as a contiguous string (the phrase
 * check, which needs the document's record).
 *
 * Order: by relevance (the default), first the documents whose head holds every query run
 * (title matches, and a 发文字号 or 索引号 typed in full), then the others, newest first within
 * each group; by time (按时间排序), all newest first.
 *
 * A whole 发文字号 or 索引号 (an identifier query): when the query is shaped like one (代字〔年份〕
 * 序号号 in any brackets or none; an 8+ character code then numbers, 112111001234567886/2019-
 * 00012), or a head candidate's 发文字号 or 索引号 equals the query, holds it (three runs or
 * more) or is held by it whole, the query is one key: compared in canonical form (runs only,
 * so 〔〕[]［］() and spaces do not matter, a number whole). Then a result must hold the key
 * whole, not merely its parts, and the results come in two sections (by time, each newest
 * first): the documents whose 发文字号 or 索引号 holds it (the document itself), then, from
 * the next page and only on request, the other documents holding it (a 解读 citing it). A
 * section never shares a page, so the first page reads only the head candidates (a few).
 *
 * The logic (GovsiteSearch) has no browser dependencies, so tests/search/search_test.js runs it
 * under Node with a fetcher reading files; the page part runs only when there is a document.
 */
(function () {
  'use strict';

  var PAGE_SIZE = 10;       // results per page
  var BATCH = 5;            // distinct text chunks fetched in parallel
  var SNIPPET_WIDTH = 80;   // characters of context shown per result
  // Read limit per page request, in texts downloaded: a text chunk fetched from the network
  // counts as the number of texts it holds (T, fewer for the last chunk), one already in the
  // cache counts nothing. So the limit stays about the bytes of 100 texts whatever T is, and
  // every candidate in a chunk once fetched is checked for free. With T = 10 that is 10 chunk
  // fetches; the first chunk of a batch may pass the limit by less than one chunk.
  var MAX_READ = 100;
  var HEAD = '#';           // prefix of the head tokens' lists
  var MAX_QUERY = 100;      // characters of the query that are used
  var TEXT_CACHE = 30;      // text chunks kept in memory (the look-ahead result, "上一页")
  var QUERY_CACHE = 20;     // queries whose candidates and page positions are remembered
  // Head candidates read before the first page to see whether the query is a whole 发文字号 or
  // 索引号 (a page's worth: in relevance order the first page reads them anyway).
  var HEAD_CHECK = PAGE_SIZE;

  /* ---------------------------------------------------------------- tokens */

  function isCJK(cp) {
    return (cp >= 0x2E80 && cp <= 0x9FFF && !(cp >= 0x3000 && cp <= 0x303F)) ||
      (cp >= 0xAC00 && cp <= 0xD7AF) ||
      (cp >= 0xF900 && cp <= 0xFAFF) ||
      (cp >= 0x20000 && cp <= 0x3FFFF);
  }

  function isWordChar(cp) {
    return (cp >= 0x61 && cp <= 0x7A) || (cp >= 0x30 && cp <= 0x39);
  }

  // Full-width letters and digits to ASCII (as the generator's tokenizer reads them), ASCII
  // letters to lower case; each is one UTF-16 unit before and after, so indices stay the same.
  function normalize(text) {
    return String(text)
      .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, function (c) {
        return String.fromCharCode(c.charCodeAt(0) - 0xFEE0);
      })
      .replace(/[A-Z]+/g, function (s) { return s.toLowerCase(); });
  }

  // The runs of a text: [{cjk: true|false, text}], in order, text normalized.
  function splitRuns(text) {
    var runs = [];
    var current = '';
    var kind = 0; // 0 separator, 1 CJK, 2 ASCII word
    for (var ch of normalize(text)) {
      var cp = ch.codePointAt(0);
      var k = isCJK(cp) ? 1 : (isWordChar(cp) ? 2 : 0);
      if (k !== kind) {
        if (kind !== 0) runs.push({ cjk: kind === 1, text: current });
        current = '';
        kind = k;
      }
      if (k !== 0) current += ch;
    }
    if (kind !== 0) runs.push({ cjk: kind === 1, text: current });
    return runs;
  }

  function runTokens(run, out) {
    if (!run.cjk) {
      out.push(run.text);
      return out;
    }
    var chars = Array.from(run.text);
    if (chars.length === 1) {
      out.push(chars[0]);
    } else {
      for (var i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
    }
    return out;
  }

  // Every token of a text, in order, repeats included (as the generator sees them).
  function tokenize(text) {
    var out = [];
    splitRuns(text).forEach(function (run) { runTokens(run, out); });
    return out;
  }

  var encoder = typeof TextEncoder !== 'undefined' ? new TextEncoder() : null;

  function utf8(text) {
    if (encoder) return encoder.encode(text);
    var bytes = [];
    for (var ch of text) {
      var cp = ch.codePointAt(0);
      if (cp < 0x80) {
        bytes.push(cp);
      } else if (cp < 0x800) {
        bytes.push(0xC0 | (cp >> 6), 0x80 | (cp & 63));
      } else if (cp < 0x10000) {
        bytes.push(0xE0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
      } else {
        bytes.push(0xF0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63),
          0x80 | (cp & 63));
      }
    }
    return bytes;
  }

  // FNV-1a, 32 bits, over the UTF-8 bytes of text.
  function fnv1a(text) {
    var bytes = utf8(text);
    var h = 2166136261;
    for (var i = 0; i < bytes.length; i++) {
      h ^= bytes[i];
      h = Math.imul(h, 16777619) >>> 0;
    }
    return h >>> 0;
  }

  function shardOf(token, shards) {
    if (token.charAt(0) === HEAD) token = token.slice(1);
    return fnv1a(token) % shards;
  }

  // The phrase grams of a CJK run (an array of characters): k-character grams, of each window
  // of w the one with the smallest hash; none when the run is shorter than k + w - 1.
  function phraseGrams(chars, k, w) {
    return phraseGramsAt(chars, k, w).map(function (g) { return g.gram; });
  }

  // The same as [{gram, at: its first character}], in order.
  function phraseGramsAt(chars, k, w) {
    var out = [];
    var count = chars.length - k + 1;
    if (chars.length < k + w - 1) return out;
    var grams = [];
    var hashes = [];
    for (var g = 0; g < count; g++) {
      grams.push(chars.slice(g, g + k).join(''));
      hashes.push(fnv1a(grams[g]));
    }
    var last = -1;
    for (var s = 0; s + w <= count; s++) {
      var best = s;
      for (var j = s + 1; j < s + w; j++) if (hashes[j] < hashes[best]) best = j;
      if (best !== last) out.push({ gram: grams[best], at: best });
      last = best;
    }
    return out;
  }

  // Of a run's phrase grams, the few a query looks up: the first, then each time the one
  // starting furthest on that still shares half its characters with the last one taken,
  // until the run's end. Every stretch of k/2 + 1 characters of the run is then inside one
  // gram taken, so a document holding those grams but not the run is rare (with a smaller
  // overlap, two phrases sharing a middle part pass too), and a long phrase costs a few
  // shards instead of one per gram.
  function coveringGrams(grams, k, length) {
    var taken = [];
    var i = 0;
    while (i < grams.length) {
      taken.push(grams[i].gram);
      if (grams[i].at + k >= length) break;
      var next = i + 1;
      while (next + 1 < grams.length && grams[next + 1].at <= grams[i].at + Math.ceil(k / 2)) next++;
      i = next;
    }
    return taken;
  }

  // A posting list as written (first number, then differences) → ascending doc numbers.
  function decodeList(list) {
    if (!Array.isArray(list)) return [];
    var out = new Array(list.length);
    var n = 0;
    for (var i = 0; i < list.length; i++) {
      n += list[i];
      out[i] = n;
    }
    return out;
  }

  // A record's parts (format above); a record without the metadata line has empty fields.
  function parseRecord(record) {
    var nl = record.indexOf('\n');
    var title = nl < 0 ? record : record.slice(0, nl);
    var rest = nl < 0 ? '' : record.slice(nl + 1);
    var nl2 = rest.indexOf('\n');
    var fields = (nl2 < 0 ? rest : rest.slice(0, nl2)).split('\t');
    var f = function (i) { return fields[i] || ''; };
    var r = {
      title: title, url: f(0), type: f(1), date: f(2), docNo: f(3), indexNo: f(4), issuer: f(5),
      body: nl2 < 0 ? '' : rest.slice(nl2 + 1)
    };
    r.head = [r.title, r.docNo, r.indexNo].join('\n');
    r.all = [r.head, r.issuer, r.body].join('\n');
    return r;
  }

  // Intersection of ascending lists of numbers (an array of arrays), ascending.
  function intersect(lists) {
    if (!lists.length) return [];
    var sorted = lists.slice().sort(function (a, b) { return a.length - b.length; });
    var result = sorted[0].slice();
    for (var l = 1; l < sorted.length && result.length; l++) {
      var other = sorted[l];
      var kept = [];
      var j = 0;
      for (var i = 0; i < result.length; i++) {
        var v = result[i];
        while (j < other.length && other[j] < v) j++;
        if (j === other.length) break;
        if (other[j] === v) kept.push(v);
      }
      result = kept;
    }
    return result;
  }

  // The query's runs (normalized, each once): the strings a document must contain.
  function queryTerms(query) {
    var seen = Object.create(null);
    var terms = [];
    splitRuns(query).forEach(function (run) {
      if (!seen[run.text]) {
        seen[run.text] = true;
        terms.push(run.text);
      }
    });
    return terms;
  }

  // Does text contain every term (already normalized) as a contiguous string?
  function phraseMatch(text, terms) {
    var lower = normalize(text);
    for (var i = 0; i < terms.length; i++) {
      if (lower.indexOf(terms[i]) < 0) return false;
    }
    return true;
  }

  /* ------------------------------------------------ 发文字号 and 索引号 whole */

  function isWordCode(code) {
    return (code >= 0x61 && code <= 0x7A) || (code >= 0x30 && code <= 0x39);
  }

  // The canonical form of a text: its runs (normalized), a space only between two ASCII words
  // (2019 and 12 stay apart), nothing elsewhere: 盘司发〔2019〕12号, 盘司发[2019]12号 and
  // 盘司发 2019 12号 are all "盘司发2019 12号", as the index sees them (the same tokens).
  function canonical(text) {
    var out = '';
    var word = false;
    splitRuns(text).forEach(function (run) {
      if (!run.cjk && word) out += ' ';
      out += run.text;
      word = !run.cjk;
    });
    return out;
  }

  // Where canonical text holds canonical key, a word or number at either end of the key whole
  // (12 is not in 112); -1 if nowhere.
  function findKey(text, key) {
    if (!key) return -1;
    var first = isWordCode(key.charCodeAt(0));
    var last = isWordCode(key.charCodeAt(key.length - 1));
    for (var at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
      var end = at + key.length;
      if (first && at > 0 && isWordCode(text.charCodeAt(at - 1))) continue;
      if (last && end < text.length && isWordCode(text.charCodeAt(end))) continue;
      return at;
    }
    return -1;
  }

  // Is the query shaped like a 发文字号 (机关代字, 年份, 序号, 号: the 代字 may be left out, the
  // brackets are separators) or an 索引号 (a code of 8 or more characters with a digit, then
  // two or more words, the last a number)? Runs as splitRuns gives them.
  function identifierShape(runs) {
    var t = runs.map(function (r) { return r.text; });
    var i = runs.length && runs[0].cjk ? 1 : 0;
    if (runs.length === i + 3 && !runs[i].cjk && /^(19|20)[0-9]{2}$/.test(t[i]) &&
      !runs[i + 1].cjk && /^[0-9]{1,6}$/.test(t[i + 1]) && t[i + 2] === '号') return true;
    return runs.length >= 3 && runs.every(function (r) { return !r.cjk; }) && t[0].length >= 8 &&
      /[0-9]/.test(t[0]) && /^[0-9]+$/.test(t[t.length - 1]);
  }

  // The keys a record's 发文字号 and 索引号 give the query (canonical q, runs its runs):
  // [{key, rest, label}]. The field holds the query (equal, or three runs or more: a part of a
  // number, not a lone 2019 12), or the query holds the field whole (two runs or more), the
  // rest of the query then being `rest`, pieces the document must also hold.
  function keysOf(rec, q, runs, query) {
    var keys = [];
    [rec.docNo, rec.indexNo].forEach(function (value) {
      if (!value) return;
      var f = canonical(value);
      if (findKey(f, q) >= 0 && (f === q ? runs.length >= 2 : runs.length >= 3)) {
        keys.push({ key: q, rest: [], label: query });
        return;
      }
      var at = findKey(q, f);
      if (at < 0 || splitRuns(value).length < 2) return;
      var rest = [q.slice(0, at).trim(), q.slice(at + f.length).trim()].filter(Boolean);
      keys.push({ key: f, rest: rest, label: value.trim() });
    });
    return keys;
  }

  // The tests of an identifier query's sections, on a parsed record (its canonical forms are
  // kept on it): does its 发文字号 or 索引号 hold a key (and its text the key's rest)? Does
  // its head, or its searchable text, hold a key whole?
  function keyTests(keys, terms) {
    function canon(rec, part) {
      var name = 'canon_' + part;
      if (rec[name] === undefined) rec[name] = canonical(rec[part]);
      return rec[name];
    }
    function restHeld(rec, k) {
      return k.rest.every(function (p) { return findKey(canon(rec, 'all'), p) >= 0; });
    }
    function held(rec, part) {
      return phraseMatch(rec.all, terms) && keys.some(function (k) {
        return findKey(canon(rec, part), k.key) >= 0 && restHeld(rec, k);
      });
    }
    return {
      field: function (rec) {
        return phraseMatch(rec.all, terms) && keys.some(function (k) {
          return (findKey(canon(rec, 'docNo'), k.key) >= 0 || findKey(canon(rec, 'indexNo'), k.key) >= 0) && restHeld(rec, k);
        });
      },
      head: function (rec) { return held(rec, 'head'); },
      all: function (rec) { return held(rec, 'all'); }
    };
  }

  // Which field of rec holds a key: 'docNo', 'indexNo' or ''.
  function fieldHolding(rec, keys) {
    var fields = ['docNo', 'indexNo'];
    for (var i = 0; i < fields.length; i++) {
      var f = canonical(rec[fields[i]]);
      if (keys.some(function (k) { return findKey(f, k.key) >= 0; })) return fields[i];
    }
    return '';
  }

  // A pattern finding a canonical key in normalized text as written there: separators allowed
  // wherever the canonical form dropped them (not inside a word).
  var SEPARATOR = '[^a-z0-9\\u2E80-\\u2FFF\\u3040-\\u9FFF\\uAC00-\\uD7AF\\uF900-\\uFAFF\\u{20000}-\\u{3FFFF}]';
  function keyPattern(key) {
    var chars = Array.from(key);
    var out = '';
    chars.forEach(function (ch, i) {
      if (ch === ' ') {
        out += SEPARATOR + '+';
        return;
      }
      out += ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
      var next = chars[i + 1];
      if (next && next !== ' ' && !(isWordCode(ch.charCodeAt(0)) && isWordCode(next.charCodeAt(0)))) out += SEPARATOR + '*';
    });
    return new RegExp(out, 'gu');
  }

  // The strings to mark in a result of an identifier query: each key as the record writes it
  // (盘司发〔2019〕12号, not its parts one by one), and the runs of the keys' rest.
  function keyMarks(rec, keys) {
    var marks = [];
    var add = function (m) {
      var t = m.replace(/\s+/g, ' ').trim();
      if (t && marks.indexOf(t) < 0) marks.push(t);
    };
    keys.forEach(function (k) {
      var re = keyPattern(k.key);
      [rec.title, rec.docNo, rec.indexNo, rec.issuer, rec.body].forEach(function (text) {
        var lower = normalize(text);
        for (var m = re.exec(lower); m; m = re.exec(lower)) {
          if (!m[0]) { re.lastIndex++; continue; }
          add(m[0]);
        }
      });
      k.rest.forEach(function (p) { queryTerms(p).forEach(add); });
    });
    return marks;
  }

  /* --------------------------------------------------------------- snippets */

  function isLowSurrogate(code) {
    return code >= 0xDC00 && code <= 0xDFFF;
  }

  // Pieces [{text, mark}] of clean[start, end) with every occurrence of a term marked.
  function highlightRange(clean, lower, terms, start, end) {
    var marked = new Uint8Array(end - start);
    terms.forEach(function (term) {
      if (!term) return;
      var from = Math.max(0, start - term.length + 1);
      for (var at = lower.indexOf(term, from); at >= 0 && at < end; at = lower.indexOf(term, at + 1)) {
        var a = Math.max(at, start);
        var b = Math.min(at + term.length, end);
        for (var i = a; i < b; i++) marked[i - start] = 1;
      }
    });
    var pieces = [];
    var i = start;
    while (i < end) {
      var m = marked[i - start];
      var j = i + 1;
      while (j < end && marked[j - start] === m) j++;
      pieces.push({ text: clean.slice(i, j), mark: m === 1 });
      i = j;
    }
    return pieces;
  }

  function mergePieces(pieces) {
    var out = [];
    pieces.forEach(function (p) {
      if (!p.text) return;
      var last = out[out.length - 1];
      if (last && last.mark === p.mark) {
        last.text += p.text;
      } else {
        out.push({ text: p.text, mark: p.mark });
      }
    });
    return out;
  }

  // About `width` characters of text around the first occurrence of any term, as pieces
  // [{text, mark: boolean}] with every occurrence of every term marked and "…" where cut.
  // Runs of white space count as one space. Without an occurrence: the start of the text.
  function makeSnippet(text, terms, width) {
    if (width === undefined) width = SNIPPET_WIDTH;
    var clean = String(text).replace(/\s+/g, ' ').trim();
    if (!clean) return [];
    var lower = normalize(clean);
    var pos = -1;
    var len = 0;
    terms.forEach(function (term) {
      if (!term) return;
      var at = lower.indexOf(term);
      if (at >= 0 && (pos < 0 || at < pos || (at === pos && term.length > len))) {
        pos = at;
        len = term.length;
      }
    });
    var start = 0;
    var end = clean.length;
    if (isFinite(width) && clean.length > width) {
      if (pos >= 0) start = Math.max(0, pos - Math.max(0, Math.floor((width - len) / 3)));
      end = Math.min(clean.length, start + width);
      if (end - start < width) start = Math.max(0, end - width);
      if (pos >= 0 && end < pos + len) end = pos + len;
      if (start > 0 && isLowSurrogate(clean.charCodeAt(start))) start--;
      if (end < clean.length && isLowSurrogate(clean.charCodeAt(end))) end++;
    }
    var pieces = highlightRange(clean, lower, terms, start, end);
    if (start > 0) pieces.unshift({ text: '…', mark: false });
    if (end < clean.length) pieces.push({ text: '…', mark: false });
    return mergePieces(pieces);
  }

  // The whole of a short text (a title) as pieces with the terms marked.
  function highlight(text, terms) {
    return makeSnippet(text, terms, Infinity);
  }

  /* ----------------------------------------------------------------- search */

  // Per fetcher: the index, shards, meta chunks and a few text chunks (as promises, so each
  // file is requested once), and per query the candidates and where each page starts.
  var sessions = typeof WeakMap !== 'undefined' ? new WeakMap() : null;

  function remember(map, key, limit, make) {
    if (map.has(key)) {
      var hit = map.get(key);
      map.delete(key); // re-insert: most recently used last
      map.set(key, hit);
      return hit;
    }
    var value = make();
    map.set(key, value);
    if (Promise.resolve(value) === value) {
      value.catch(function () { if (map.get(key) === value) map.delete(key); });
    }
    while (limit && map.size > limit) map.delete(map.keys().next().value);
    return value;
  }

  function sessionFor(fetchJson) {
    var s = sessions && sessions.get(fetchJson);
    if (s) return s;
    s = {
      fetchJson: fetchJson,
      index: null,
      shards: new Map(),
      texts: new Map(),     // text chunks by chunk number
      queries: new Map()
    };
    if (sessions) sessions.set(fetchJson, s);
    return s;
  }

  function loadIndex(s) {
    if (!s.index) {
      s.index = Promise.resolve().then(function () { return s.fetchJson('index.json'); })
        .then(function (index) {
          // Only version 3 (records with metadata, delta lists, phrase grams).
          var ok = index && index.version === 3 &&
            [index.shards, index.docs, index.text_chunk, index.gram, index.window].every(function (v) {
              return typeof v === 'number' && v >= 0 && Math.floor(v) === v;
            }) && index.shards > 0 && index.text_chunk > 0 && index.gram > 1 && index.window > 0;
          if (!ok) {
            var error = new Error('unsupported search index');
            error.code = 'version';
            throw error;
          }
          return index;
        });
      s.index.catch(function () { s.index = null; });
    }
    return s.index;
  }

  function loadShard(s, k) {
    return remember(s.shards, k, 0, function () {
      return Promise.resolve().then(function () { return s.fetchJson('s/' + k + '.json'); });
    });
  }

  // Texts held by chunk c (T, fewer in the last chunk): what fetching it counts towards MAX_READ.
  function textsInChunk(index, c) {
    return Math.max(0, Math.min(index.text_chunk, index.docs - c * index.text_chunk));
  }

  function loadTextChunk(s, c) {
    return remember(s.texts, c, TEXT_CACHE, function () {
      return Promise.resolve().then(function () { return s.fetchJson('x/' + c + '.json'); });
    });
  }

  // The record of doc n from its (loaded) chunk, parsed.
  function recordOf(index, chunk, n) {
    var record = Array.isArray(chunk) ? chunk[n % index.text_chunk] : undefined;
    if (typeof record !== 'string') throw new Error('no text for doc ' + n);
    return parseRecord(record);
  }

  // The candidates of a query from its tokens' posting lists: {all, head, headAll} (ascending
  // doc numbers): all, the docs having every token; head, those having every token in the head;
  // headAll, those in both.
  function candidatesFor(s, index, tokens) {
    var byShard = new Map();
    tokens.forEach(function (token) {
      var k = shardOf(token, index.shards);
      if (!byShard.has(k)) byShard.set(k, []);
      byShard.get(k).push(token);
    });
    var jobs = [];
    byShard.forEach(function (list, k) {
      jobs.push(loadShard(s, k).then(function (shard) {
        var get = function (key) {
          var has = shard && Object.prototype.hasOwnProperty.call(shard, key);
          return has ? decodeList(shard[key]) : [];
        };
        return list.map(function (token) { return { all: get(token), head: get(HEAD + token) }; });
      }));
    });
    return Promise.all(jobs).then(function (groups) {
      var all = [];
      var head = [];
      groups.forEach(function (g) {
        g.forEach(function (l) {
          all.push(l.all);
          head.push(l.head);
        });
      });
      var both = intersect(all);
      var inAll = new Set(both);
      var inHead = intersect(head);
      return { all: both, head: inHead, headAll: inHead.filter(function (n) { return inAll.has(n); }), prepaid: 0 };
    });
  }

  // A result as shown. With an identifier query (mode) the marks are the keys as written, and
  // `heldIn` says which field holds a key ('docNo', 'indexNo', or '').
  function docResult(n, rec, terms, mode) {
    var marks = mode ? keyMarks(rec, mode.keys) : terms;
    if (!marks.length) marks = terms;
    // The snippet comes from the body when a term occurs there (the title is shown anyway),
    // else from the metadata that matched (发文字号, 索引号, 发文机关).
    var meta = [rec.docNo, rec.indexNo, rec.issuer].filter(Boolean).join(' ');
    var source = rec.body && phraseMatchAny(rec.body, marks) ? rec.body
      : (meta && phraseMatchAny(meta, marks) ? meta : rec.body);
    var result = {
      doc: n,
      title: rec.title.trim(),
      url: rec.url,
      type: rec.type,
      date: rec.date,
      docNo: rec.docNo,
      titlePieces: highlight(rec.title.trim(), marks),
      snippet: makeSnippet(source, marks)
    };
    if (mode) result.heldIn = fieldHolding(rec, mode.keys);
    return result;
  }

  function phraseMatchAny(text, terms) {
    var lower = normalize(text);
    return terms.some(function (t) { return lower.indexOf(t) >= 0; });
  }

  // The tokens a query is looked up by: a CJK run of at least gram + window - 1 characters
  // by its phrase grams, a shorter one by its bigrams, a word by itself. A lone CJK character
  // is only a token where it stands alone in the text (not inside a longer run), so beside
  // other tokens it is left to the phrase check.
  function queryTokens(runs, index) {
    var tokens = [];
    var seen = Object.create(null);
    runs.forEach(function (run) {
      var chars = Array.from(run.text);
      if (run.cjk && chars.length < 2) return;
      var grams = run.cjk ? coveringGrams(phraseGramsAt(chars, index.gram, index.window), index.gram, chars.length) : [];
      (grams.length ? grams : runTokens(run, [])).forEach(function (t) {
        if (!seen[t]) {
          seen[t] = true;
          tokens.push(t);
        }
      });
    });
    return tokens;
  }

  /*
   * search(query, page, fetchJson, options) → Promise of
   *   {status: 'short'}                          no usable keyword (nothing, or one CJK character)
   *   {status: 'none', query, terms, total: 0, …} nothing matches
   *   {status: 'ok', query, terms, page, pageSize, sort, results: [{doc, title, url, type, date,
   *    docNo, titlePieces, snippet}], total (candidates: an upper bound), exact (true when
   *    count is the true number: every candidate checked, or every CJK run two characters
   *    long, where candidates cannot be false positives), count (null unless exact), hasMore}
   * page counts from 0. options.sort: 'relevance' (the default: head matches first) or 'time'.
   * fetchJson(path) takes a path relative to the index folder ("index.json", "s/3.json",
   * "x/1.json") and returns a promise of the parsed JSON. Repeated calls with the same
   * fetchJson share caches, so page p+1 continues where page p stopped instead of reading
   * everything again.
   */
  function search(query, page, fetchJson, options) {
    page = Math.max(0, Math.floor(Number(page) || 0));
    var sort = options && options.sort === 'time' ? 'time' : 'relevance';
    var q = String(query == null ? '' : query).trim().slice(0, MAX_QUERY);
    var runs = splitRuns(q);
    var terms = queryTerms(q);
    var hasLongRun = runs.some(function (r) { return !r.cjk || Array.from(r.text).length >= 2; });
    if (!runs.length || !hasLongRun) return Promise.resolve({ status: 'short', query: q, terms: terms });

    // When every CJK run is exactly two characters, a candidate holds each run as a token, so
    // all candidates match: the count is exact and no look-ahead is needed for "下一页" (not
    // for an identifier query, whose results must hold the whole key).
    var exactTokens = runs.every(function (r) { return !r.cjk || Array.from(r.text).length === 2; });

    var s = sessionFor(fetchJson);
    var key = sort + ' ' + runs.map(function (r) { return r.text; }).join(' ');
    return loadIndex(s).then(function (index) {
      var state = remember(s.queries, key, QUERY_CACHE, function () {
        return {
          candidates: candidatesFor(s, index, queryTokens(runs, index)).then(function (c) {
            return identify(s, index, c, q, runs, terms).then(function (mode) {
              return order(c, sort, exactTokens && !mode, mode, terms);
            });
          }),
          starts: [0],      // starts[p]: position in the order where page p begins
          keptBefore: [0]   // results shown on pages before p
        };
      });
      return state.candidates.then(function (ordered) {
        return walkTo(s, index, state, ordered, page, terms);
      }).catch(function (error) {
        if (s.queries.get(key) === state) s.queries.delete(key);
        throw error;
      });
    }).then(function (r) {
      r.query = q;
      r.terms = terms;
      r.sort = sort;
      return r;
    });
  }

  // The records of docs (ascending doc numbers), parsed, their chunks fetched in parallel.
  function readRecords(s, index, docs) {
    var T = index.text_chunk;
    return Promise.all(docs.map(function (n) {
      return loadTextChunk(s, Math.floor(n / T)).then(function (chunk) { return recordOf(index, chunk, n); });
    }));
  }

  // Is the query a whole 发文字号 or 索引号 (see the header)? null for an ordinary query, else
  // {keys: [{key, rest, label}], label, whole}: whole lists the documents whose 发文字号 or
  // 索引号 holds a key when the head candidates were few enough to read now (else null: they
  // are checked as they are read). A query of the shape is an identifier even when no
  // document has it, so its parts alone never pass for it.
  function identify(s, index, c, query, runs, terms) {
    var shape = identifierShape(runs);
    var digits = runs.length >= 2 && runs.some(function (r) { return !r.cjk && /[0-9]/.test(r.text); });
    if (!shape && !digits) return Promise.resolve(null);
    var q = canonical(query);
    var keys = shape ? [{ key: q, rest: [], label: query }] : [];
    var make = function (whole) {
      return keys.length ? { keys: keys, label: keys[0].label, whole: whole } : null;
    };
    if (!c.headAll.length) return Promise.resolve(make([]));
    if (c.headAll.length > HEAD_CHECK) return Promise.resolve(make(null));
    // What this reads counts towards the first page's read limit (see walkTo).
    var chunks = new Set(c.headAll.map(function (n) { return Math.floor(n / index.text_chunk); }));
    chunks.forEach(function (k) { if (!s.texts.has(k)) c.prepaid += textsInChunk(index, k); });
    return readRecords(s, index, c.headAll).then(function (recs) {
      if (!shape) {
        recs.forEach(function (rec) {
          keysOf(rec, q, runs, query).forEach(function (k) {
            if (!keys.some(function (x) { return x.key === k.key; })) keys.push(k);
          });
        });
      }
      if (!keys.length) return null;
      var field = keyTests(keys, terms).field;
      var whole = c.headAll.filter(function (n, i) { return field(recs[i]); });
      // A key from a field but no document passing as its holder: an ordinary query after all.
      return whole.length || shape ? make(whole) : null;
    });
  }

  // Ascending list minus the numbers in `out` (a Set).
  function without(list, out) {
    return list.filter(function (n) { return !out.has(n); });
  }

  // The order candidates are read in: {docs, parts, total, mode}. The order is a list of
  // parts, each ascending (newest first) with a test a document must pass there and a section;
  // a document also listed in an earlier part is shown there if it passes that part's test,
  // and skipped in the later one. Ordinary, by relevance: the head candidates (test: the head
  // holds every term), then every candidate (the searchable text holds them; with exact tokens
  // the head candidates, all shown first, are left out). An identifier query: by relevance the
  // section 'whole' (the 发文字号 or 索引号 holds a key), then the section 'other' (the head
  // holds a key, then the searchable text does); by time the same sections, the other one
  // newest first. The sections stay by time as well: they are what a number finds, the
  // order only arranges them (and all newest first would read every part-match first).
  function order(c, sort, exactTokens, mode, terms) {
    var all = c.all;
    var head = c.headAll;
    var parts;
    if (!mode) {
      var phraseHead = function (rec) { return phraseMatch(rec.head, terms); };
      var phraseAll = function (rec) { return phraseMatch(rec.all, terms); };
      if (sort === 'time' || !head.length) {
        parts = [{ docs: all, test: phraseAll }];
      } else {
        parts = [{ docs: head, test: phraseHead },
          { docs: exactTokens ? without(all, new Set(head)) : all, test: phraseAll }];
      }
    } else {
      var t = keyTests(mode.keys, terms);
      var shown = new Set(mode.whole || []);
      parts = [{ docs: mode.whole || head, test: t.field, section: 'whole' },
        { docs: without(head, shown), test: t.head, section: 'other' },
        { docs: without(all, shown), test: t.all, section: 'other' }];
      // By time, the other section is one list, newest first (no title matches first).
      if (sort === 'time') parts.splice(1, 1);
    }
    var docs = [];
    parts.forEach(function (p) {
      p.start = docs.length;
      docs = docs.concat(p.docs);
      p.end = docs.length;
      p.section = p.section || null;
    });
    return { docs: docs, parts: parts, total: all.length, mode: mode, exactTokens: exactTokens, prepaid: c.prepaid };
  }

  // The part of the order at position pos (the last one past the end).
  function partAt(ordered, pos) {
    var parts = ordered.parts;
    for (var k = 0; k < parts.length; k++) if (pos < parts[k].end) return k;
    return parts.length - 1;
  }

  function sectionAt(ordered, pos) {
    return pos < ordered.docs.length ? ordered.parts[partAt(ordered, pos)].section : null;
  }

  // The section of page p: the first page of an identifier query by relevance is the section
  // 'whole' even when that is empty (no document has the number: the page says so).
  function pageSection(ordered, state, p) {
    if (p === 0 && ordered.parts[0].section === 'whole') return 'whole';
    return sectionAt(ordered, state.starts[p]);
  }

  // Where a section ends (sections are consecutive parts): a page never reads past it.
  function sectionEnd(ordered, section) {
    var end = ordered.docs.length;
    ordered.parts.forEach(function (p) { if (p.section === section) end = p.end; });
    return end;
  }

  // Fill in the start of every page up to `page`, then read that page.
  function walkTo(s, index, state, ordered, page, terms) {
    var total = ordered.total;
    var mode = ordered.mode;
    var exactTokens = ordered.exactTokens;
    var p = Math.min(page, state.starts.length - 1);
    function step() {
      var stop = sectionEnd(ordered, pageSection(ordered, state, p));
      // The texts identify() downloaded count towards the first read of the first page.
      var prepaid = p === 0 && !state.prepaidUsed ? ordered.prepaid : 0;
      state.prepaidUsed = true;
      return readPage(s, index, ordered, state.starts[p], stop, terms, !exactTokens, prepaid).then(function (r) {
        if (state.starts.length === p + 1 && r.hasMore) {
          state.starts.push(r.next);
          state.keptBefore.push(state.keptBefore[p] + r.results.length);
        }
        if (p === page || !r.hasMore) return finish(r, p);
        p++;
        return step();
      });
    }
    function finish(r, shownPage) {
      var exact = exactTokens || (!r.hasMore && state.keptBefore.length === shownPage + 1);
      var count = exactTokens ? total : state.keptBefore[shownPage] + r.results.length;
      var status = total === 0 || (shownPage === 0 && !r.results.length && !r.hasMore) ? 'none' : 'ok';
      var out = {
        status: status,
        page: shownPage,
        pageSize: PAGE_SIZE,
        results: r.results,
        total: total,
        exact: exact,
        count: exact ? count : null,
        hasMore: r.hasMore,
        identifier: null
      };
      if (mode) {
        // The section of this page, the results of that section so far (exact once the section
        // has been read to its end), and the section the next page starts.
        var section = pageSection(ordered, state, shownPage);
        var first = shownPage;
        while (first > 0 && pageSection(ordered, state, first - 1) === section) first--;
        out.identifier = {
          label: mode.label,
          section: section,
          count: r.sectionDone ? state.keptBefore[shownPage] - state.keptBefore[first] + r.results.length : null,
          nextSection: r.hasMore ? sectionAt(ordered, r.next) : null
        };
      }
      return out;
    }
    if (!total) return Promise.resolve(finish({ results: [], hasMore: false, sectionDone: true }, 0));
    return step();
  }

  // Does doc n, at position pos of the order, pass there? It must pass the test of its part and
  // not have passed that of an earlier part listing it (shown there already).
  function passes(ordered, pos, n, rec) {
    var parts = ordered.parts;
    var k = partAt(ordered, pos);
    if (!parts[k].test(rec)) return false;
    for (var j = 0; j < k; j++) {
      var part = parts[j];
      if (!part.set) part.set = new Set(part.docs);
      if (part.set.has(n) && part.test(rec)) return false;
    }
    return true;
  }

  // From position `from` of the order, find up to PAGE_SIZE documents that pass the phrase
  // check, plus (lookAhead) one more to know whether there is a next page; `next` is where the
  // next page begins. Candidates are read in batches of at most BATCH distinct text chunks, a
  // chunk being added only while the candidates already taken are fewer than the results still
  // wanted; each part of the order is ascending, so candidates of a chunk are consecutive and
  // one chunk serves all of them. A page reads no further than `stop`, the end of its section
  // (sectionDone: it got there).
  function readPage(s, index, ordered, from, stop, terms, lookAhead, prepaid) {
    var candidates = ordered.docs;
    var limit = PAGE_SIZE + (lookAhead ? 1 : 0);
    var T = index.text_chunk;
    var kept = [];
    var i = from;
    var read = prepaid || 0; // texts downloaded for this request (see MAX_READ)
    function batch() {
      if (i >= stop || kept.length >= limit || read >= MAX_READ) return done();
      var need = limit - kept.length;
      var chunks = [];
      var cost = 0;
      var end = i;
      for (; end < stop; end++) {
        var c = Math.floor(candidates[end] / T);
        if (chunks.indexOf(c) >= 0) continue;
        var texts = s.texts.has(c) ? 0 : textsInChunk(index, c);
        // A new chunk only while the candidates taken are fewer than the results wanted.
        if (chunks.length && (chunks.length === BATCH || end - i >= need || read + cost + texts > MAX_READ)) break;
        chunks.push(c);
        cost += texts;
      }
      read += cost;
      return Promise.all(chunks.map(function (c) { return loadTextChunk(s, c); })).then(function (loaded) {
        var pos = i;
        // In order, and no further than the result that completes the page (the rest of the
        // chunk is left for the next page, from the cache).
        while (pos < end && kept.length < limit) {
          var n = candidates[pos];
          var rec = recordOf(index, loaded[chunks.indexOf(Math.floor(n / T))], n);
          if (passes(ordered, pos, n, rec)) kept.push({ pos: pos, result: docResult(n, rec, terms, ordered.mode) });
          pos++;
        }
        i = pos;
        return batch();
      });
    }
    function done() {
      var hasMore = kept.length > PAGE_SIZE || i < candidates.length;
      var next = kept.length > PAGE_SIZE ? kept[PAGE_SIZE].pos : i;
      return {
        results: kept.slice(0, PAGE_SIZE).map(function (k) { return k.result; }),
        hasMore: hasMore,
        next: next,
        sectionDone: kept.length <= PAGE_SIZE && i >= stop
      };
    }
    return Promise.resolve(batch());
  }

  var GovsiteSearch = {
    PAGE_SIZE: PAGE_SIZE,
    MAX_READ: MAX_READ,
    SNIPPET_WIDTH: SNIPPET_WIDTH,
    isCJK: isCJK,
    normalize: normalize,
    splitRuns: splitRuns,
    tokenize: tokenize,
    queryTerms: queryTerms,
    fnv1a: fnv1a,
    shardOf: shardOf,
    phraseGrams: phraseGrams,
    coveringGrams: coveringGrams,
    decodeList: decodeList,
    parseRecord: parseRecord,
    intersect: intersect,
    phraseMatch: phraseMatch,
    canonical: canonical,
    findKey: findKey,
    identifierShape: identifierShape,
    makeSnippet: makeSnippet,
    highlight: highlight,
    search: search
  };

  if (typeof module !== 'undefined' && module.exports) module.exports = GovsiteSearch;

  /* ------------------------------------------------------------------- page */

  if (typeof document === 'undefined') return;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function appendPieces(parent, pieces) {
    pieces.forEach(function (p) {
      if (p.mark) {
        parent.appendChild(el('mark', null, p.text));
      } else {
        parent.appendChild(document.createTextNode(p.text));
      }
    });
  }

  // Only relative links from the site root are taken from the index.
  function safeUrl(url) {
    return url && !/^[a-z][a-z0-9+.-]*:/i.test(url) && url.charAt(0) !== '/' && url.charAt(0) !== '\\';
  }

  function init() {
    var container = document.getElementById('search-results');
    var input = document.getElementById('search-page-input');
    if (!container || !input) return;
    var form = input.form;
    var root = container.getAttribute('data-root') || '';
    var indexAttr = container.getAttribute('data-search-index');

    Array.prototype.forEach.call(document.querySelectorAll('[data-no-js-only]'), function (node) {
      node.setAttribute('hidden', '');
    });

    // Only the one-line status is announced, not the whole result list.
    container.removeAttribute('aria-live');
    var status = el('p', 'search-results__status');
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    status.setAttribute('tabindex', '-1');
    var body = el('div', 'search-results__body');
    container.textContent = '';

    // 排序: by relevance (head matches first) or 按时间排序 (newest first), kept in the URL.
    var params = new URLSearchParams(location.search);
    var sort = params.get('sort') === 'time' ? 'time' : 'relevance';
    var lastQuery = null;
    var sortBar = el('p', 'search-results__sort');
    sortBar.setAttribute('role', 'group');
    sortBar.setAttribute('aria-label', '结果排序');
    var sortButtons = [['relevance', '按相关度排序'], ['time', '按时间排序']].map(function (choice) {
      var b = el('button', 'search-results__sort-option', choice[1]);
      b.type = 'button';
      b.setAttribute('data-sort', choice[0]);
      b.addEventListener('click', function () {
        if (sort === choice[0]) return;
        sort = choice[0];
        showSort();
        updateUrl(lastQuery === null ? input.value.trim() : lastQuery);
        if (lastQuery) run(lastQuery, 0, false);
      });
      sortBar.appendChild(b);
      return b;
    });
    function showSort() {
      sortButtons.forEach(function (b) {
        b.setAttribute('aria-pressed', b.getAttribute('data-sort') === sort ? 'true' : 'false');
      });
    }
    function updateUrl(query) {
      if (!window.history || !history.replaceState) return;
      var search = [];
      if (query) search.push('q=' + encodeURIComponent(query));
      if (sort === 'time') search.push('sort=time');
      history.replaceState(null, '', location.pathname + (search.length ? '?' + search.join('&') : '') + location.hash);
    }
    showSort();
    container.appendChild(sortBar);
    container.appendChild(status);
    container.appendChild(body);

    if (!indexAttr || typeof fetch === 'undefined' || typeof Promise === 'undefined') {
      status.textContent = '当前浏览器不支持站内搜索，请使用网站地图查找信息。';
      return;
    }

    var base = new URL(indexAttr, document.baseURI);
    function get(path) {
      return fetch(new URL(path, base).href, { credentials: 'same-origin' }).then(function (res) {
        if (!res.ok) throw new Error('HTTP ' + res.status + ' for ' + path);
        return res;
      });
    }
    function fetchJson(path) { return get(path).then(function (res) { return res.json(); }); }

    var current = 0; // number of the latest search; older ones drop their results

    function errorMessage(error) {
      if (error && error.code === 'version') return '搜索索引版本不受支持，请刷新页面后重试。';
      if (location.protocol === 'file:') {
        return '直接从本地文件打开的网页无法使用站内搜索，请通过网站服务器访问本页。';
      }
      return '搜索失败：搜索索引未能加载，请检查网络连接后重试。';
    }

    function pager(r, query) {
      var nav = el('nav', 'pagination search-results__pager');
      nav.setAttribute('aria-label', '搜索结果分页');
      var list = el('ul', 'pagination__list');
      function button(label, page) {
        var item = el('li', 'pagination__item');
        var b = el('button', 'pagination__link', label);
        b.type = 'button';
        b.addEventListener('click', function () { run(query, page, true); });
        item.appendChild(b);
        list.appendChild(item);
      }
      var id = r.identifier;
      if (r.page > 0) button('上一页', r.page - 1);
      if (id && id.section === 'whole' && id.nextSection === 'other') {
        button('查找其他提到“' + id.label + '”的信息', r.page + 1);
      } else if (r.hasMore) {
        button(r.results.length ? '下一页' : '继续查找', r.page + 1);
      }
      nav.appendChild(list);
      return list.children.length ? nav : null;
    }

    // The status of a page of an identifier query's section: the documents whose 发文字号 or
    // 索引号 is the number, or the others that mention it.
    function identifierSummary(r) {
      var id = r.identifier;
      var quoted = '“' + id.label + '”';
      if (id.section === 'whole') {
        if (!r.results.length && r.page === 0) return '没有发文字号或索引号与' + quoted + '相符的信息';
        var held = r.results.map(function (x) { return x.heldIn; });
        var field = held.every(function (f) { return f === 'docNo'; }) ? '发文字号'
          : (held.every(function (f) { return f === 'indexNo'; }) ? '索引号' : '发文字号或索引号');
        return (id.count !== null ? '找到 ' + id.count + ' 条' : '') + field + '与' + quoted + '相符的结果';
      }
      if (id.count === 0) return '没有找到其他提到' + quoted + '的信息';
      return '其他提到' + quoted + '的信息' + (id.count !== null ? '：找到 ' + id.count + ' 条' : '');
    }

    function render(r, query, moveFocus) {
      body.textContent = '';
      if (r.status === 'short') {
        status.textContent = '请输入至少两个字的关键词';
        return;
      }
      if (r.status === 'none') {
        status.textContent = '没有找到相关信息';
        return;
      }
      var sectioned = r.identifier && r.identifier.section;
      var summary = sectioned ? identifierSummary(r)
        : (r.exact ? '找到 ' + r.count + ' 条结果' : '找到约 ' + r.total + ' 条结果');
      if (r.page > 0) summary += '，第 ' + (r.page + 1) + ' 页';
      if (!r.results.length && (!sectioned || r.identifier.count === null)) summary += '。本页暂未找到完全匹配的结果';
      status.textContent = summary;

      if (r.results.length) {
        var list = el('ol', 'search-results__list');
        list.start = r.page * r.pageSize + 1;
        r.results.forEach(function (item) {
          var li = el('li', 'search-result');
          var heading = el('h2', 'search-result__title');
          var link = el('a', 'search-result__link');
          if (safeUrl(item.url)) link.href = root + item.url;
          appendPieces(link, item.titlePieces);
          heading.appendChild(link);
          li.appendChild(heading);

          if (item.type || item.date || item.docNo) {
            var meta = el('p', 'search-result__meta');
            if (item.type) meta.appendChild(el('span', 'search-result__type', item.type));
            if (item.docNo) {
              if (item.type) meta.appendChild(document.createTextNode(' '));
              meta.appendChild(el('span', 'search-result__doc-no', item.docNo));
            }
            if ((item.type || item.docNo) && item.date) meta.appendChild(document.createTextNode(' '));
            if (item.date) {
              var time = el('time', 'search-result__date', item.date);
              time.setAttribute('datetime', item.date);
              meta.appendChild(time);
            }
            li.appendChild(meta);
          }
          if (item.snippet.length) {
            var snippet = el('p', 'search-result__snippet');
            appendPieces(snippet, item.snippet);
            li.appendChild(snippet);
          }
          list.appendChild(li);
        });
        body.appendChild(list);
      }
      var nav = pager(r, query);
      if (nav) body.appendChild(nav);
      if (moveFocus) {
        status.focus();
        if (status.scrollIntoView) status.scrollIntoView();
      }
    }

    function run(query, page, moveFocus) {
      var mine = ++current;
      lastQuery = query;
      status.textContent = '正在搜索…';
      container.setAttribute('aria-busy', 'true');
      return search(query, page, fetchJson, { sort: sort }).then(function (r) {
        if (mine !== current) return;
        container.removeAttribute('aria-busy');
        render(r, query, moveFocus);
      }, function (error) {
        if (mine !== current) return;
        container.removeAttribute('aria-busy');
        body.textContent = '';
        status.textContent = errorMessage(error);
        if (typeof console !== 'undefined' && console.error) console.error('站内搜索:', error);
      });
    }

    if (form) {
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        var query = input.value.trim();
        updateUrl(query);
        run(query, 0, false);
      });
    }

    var initial = params.get('q');
    if (initial !== null) {
      input.value = initial;
      if (initial.trim()) run(initial.trim(), 0, false);
      else status.textContent = '请输入至少两个字的关键词';
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
