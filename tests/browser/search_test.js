#!/usr/bin/env node
// The 站内搜索 page of the sample site in headless Chromium (Debian's chromium, driven by
// playwright-core; served with the theme's Content-Security-Policy): what a citizen sees for a
// full 发文字号 (〔〕, [] or 半角 brackets), a full 索引号, a 发文字号 no document has, and an
// ordinary phrase, against what the client computes under Node for the same index.
//   node tests/browser/search_test.js PUBLIC_DIR
// PUBLIC_DIR: the sample site built as build-scripts/test-browser.sh builds it.
// Ends with "search: N passed, M failed".
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { chromium } = require('playwright-core');

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const CSP = "default-src 'self'";
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.xml': 'application/xml' };

const publicDir = path.resolve(process.argv[2] || '');
if (!process.argv[2] || !fs.existsSync(path.join(publicDir, 'search', 'index.json'))) {
  console.error('usage: node search_test.js PUBLIC_DIR');
  process.exit(2);
}
const S = require(path.join(__dirname, '..', '..', 'themes', 'default', 'static', 'js', 'search.js'));
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let passed = 0;
let failed = 0;
async function check(name, fn) {
  let problems;
  try {
    problems = (await fn()) || [];
  } catch (e) {
    problems = ['error: ' + (e && e.stack ? e.stack.split('\n').slice(0, 3).join(' | ') : e)];
  }
  if (problems.length) {
    failed++;
    console.log('FAIL   ' + name);
    for (const p of problems) console.log('         ' + p);
  } else {
    passed++;
    console.log('ok     ' + name);
  }
}
const expect = (problems, what, actual, wanted) => {
  if (JSON.stringify(actual) !== JSON.stringify(wanted)) problems.push(`${what}: ${JSON.stringify(actual)}, wanted ${JSON.stringify(wanted)}`);
};

function startServer(root) {
  const server = http.createServer((req, res) => {
    let rel = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.join(root, path.normalize(rel));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
      'Content-Security-Policy': CSP, 'Cache-Control': 'no-store' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// The client under Node on the same index: the URLs of page `page` of q.
const fetchJson = (p) => fs.promises.readFile(path.join(publicDir, 'search', p), 'utf8').then(JSON.parse);
async function nodeUrls(q, page) {
  return (await S.search(q, page || 0, fetchJson)).results.map((r) => r.url);
}

async function main() {
  const server = await startServer(publicDir);
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ locale: 'zh-CN', serviceWorkers: 'block' });
  const page = await context.newPage();
  let trouble = [];
  page.on('console', (m) => { if (m.type() === 'error') trouble.push('console: ' + m.text()); });
  page.on('pageerror', (e) => trouble.push('script error: ' + e.message));
  page.on('request', (r) => { if (!r.url().startsWith(base)) trouble.push('outside request: ' + r.url()); });

  // Opens search/?q=…, waits for the outcome; returns what the page shows.
  async function open(q) {
    await page.goto(base + 'search/?q=' + encodeURIComponent(q), { waitUntil: 'load' });
    return shown();
  }
  async function shown() {
    // Polled with evaluate: waitForFunction evaluates a string, which the CSP forbids.
    for (let waited = 0; ; waited += 20) {
      const done = await page.evaluate(() => {
        const c = document.getElementById('search-results');
        const s = document.querySelector('.search-results__status');
        return Boolean(c && s && !c.hasAttribute('aria-busy') && s.textContent && s.textContent !== '正在搜索…');
      });
      if (done) break;
      if (waited > 15000) throw new Error('no search outcome shown');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return page.evaluate(() => ({
      status: document.querySelector('.search-results__status').textContent,
      urls: [...document.querySelectorAll('.search-result__link')].map((a) => a.getAttribute('href').replace(/^(\.\.\/)+/, '')),
      marks: [...document.querySelectorAll('.search-result__snippet mark')].map((m) => m.textContent),
      buttons: [...document.querySelectorAll('.search-results__pager button')].map((b) => b.textContent),
    }));
  }
  async function axe() {
    if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(axeSource);
    const r = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.help}`);
  }
  const policy = 'policies/sfj-2019-plan.html';
  const interpretation = 'interpretations/sfj-2019-plan-jd.html';

  try {
    for (const q of ['盘司发〔2019〕12号', '盘司发[2019]12号', '盘司发(2019)12号', '盘司发 2019 12号']) {
      await check(`full 发文字号 ${q}: exactly its document, the 解读 citing it on request`, async () => {
        const p = [];
        const first = await open(q);
        expect(p, 'status', first.status, `找到 1 条发文字号与“${q}”相符的结果`);
        expect(p, 'results', first.urls, [policy]);
        expect(p, 'results under Node', await nodeUrls(q), [policy]);
        expect(p, 'buttons', first.buttons, [`查找其他提到“${q}”的信息`]);
        p.push(...await axe());
        await page.click('.search-results__pager button');
        const other = await shown();
        expect(p, 'other results', other.urls, [interpretation]);
        expect(p, 'other results under Node', await nodeUrls(q, 1), [interpretation]);
        expect(p, 'other status', other.status, `其他提到“${q}”的信息：找到 1 条，第 2 页`);
        expect(p, 'marked in the 解读', other.marks, ['盘司发〔2019〕12号']);
        expect(p, 'focus on the status', await page.evaluate(() => document.activeElement.className), 'search-results__status');
        p.push(...await axe());
        return p.concat(trouble.splice(0));
      });
    }
    await check('full 索引号: exactly its document, nothing more to look for', async () => {
      const p = [];
      const r = await open('2111000046/2019-00012');
      expect(p, 'status', r.status, '找到 1 条索引号与“2111000046/2019-00012”相符的结果');
      expect(p, 'results', r.urls, [policy]);
      expect(p, 'buttons', r.buttons, []);
      return p.concat(trouble.splice(0));
    });
    await check('a 发文字号 no document has: says so, shows no part-matches', async () => {
      const p = [];
      // The parts are on the site: 盘司发〔2019〕15号 and its 解读 (what was shown before), and
      // 盘司发〔2018〕9号 for 2018.
      const r = await open('盘司发〔2018〕15号');
      expect(p, 'status', r.status, '没有发文字号或索引号与“盘司发〔2018〕15号”相符的信息');
      expect(p, 'results', r.urls, []);
      expect(p, 'buttons', r.buttons, ['查找其他提到“盘司发〔2018〕15号”的信息']);
      await page.click('.search-results__pager button');
      const other = await shown();
      expect(p, 'other results', other.urls, []);
      expect(p, 'other status', other.status, '没有找到其他提到“盘司发〔2018〕15号”的信息，第 2 页');
      expect(p, 'buttons', other.buttons, ['上一页']);
      p.push(...await axe());
      return p.concat(trouble.splice(0));
    });
    await check('the page\'s search box and its button on one line, joined, at a desktop width and on a phone', async () => {
      const p = [];
      for (const [width, height] of [[1280, 800], [375, 700]]) {
        await page.setViewportSize({ width, height });
        await open('政务公开');
        const box = await page.evaluate(() => {
          const r = (sel) => document.querySelector('.search-form--page ' + sel).getBoundingClientRect();
          const input = r('.search-form__input');
          const button = r('.search-form__button');
          return { inputTop: Math.round(input.top), buttonTop: Math.round(button.top),
            inputRight: Math.round(input.right), buttonLeft: Math.round(button.left) };
        });
        // A box as wide as the line pushed the button under it, its right edge (left to
        // the button) missing.
        expect(p, `${width}px: button on the box's line`, box.buttonTop, box.inputTop);
        expect(p, `${width}px: button right after the box`, box.buttonLeft, box.inputRight);
      }
      await page.setViewportSize({ width: 1280, height: 720 });
      return p.concat(trouble.splice(0));
    });
    await check('an ordinary phrase: the page shows what the client computes, ranked as before', async () => {
      const p = [];
      const r = await open('政务公开');
      const node = await S.search('政务公开', 0, fetchJson);
      expect(p, 'results', r.urls, node.results.map((x) => x.url));
      expect(p, 'no identifier', node.identifier, null);
      if (!/^找到约? ?\d+ 条结果$/.test(r.status)) p.push('status: ' + r.status);
      expect(p, 'buttons', r.buttons, node.hasMore ? ['下一页'] : []);
      return p.concat(trouble.splice(0));
    });
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`search: ${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

main().catch((e) => {
  console.error(e);
  console.log(`search: ${passed} passed, ${failed + 1} failed`);
  process.exit(1);
});
