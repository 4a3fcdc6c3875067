'use strict';
/*
 * Accessibility checks of a built site (the sample site, built with --now 2020-01-31) in
 * headless Chromium from Debian, driven by playwright-core, with axe-core.
 *
 *   node a11y_test.js PUBLIC_DIR [SCREENSHOT_DIR]
 *
 * PUBLIC_DIR is served over HTTP on 127.0.0.1 (the pages use folder URLs) with the
 * Content-Security-Policy the theme is written for (default-src 'self'). Checks:
 *  - axe-core: no serious or critical violation on every page, and on the main page types
 *    also with 大字版 and 高对比度 on, and with scripts disabled;
 *  - structure: lang="zh-CN", one h1, headings in order, landmarks, skip link first, tables
 *    with header cells, labelled form fields, images with alt;
 *  - no request leaves the test server (no outside fonts or scripts), no CSP violation, no
 *    script error;
 *  - no sideways scrolling at 360px;
 *  - keyboard: the skip link shows and moves focus to <main>; every focused element shows
 *    a focus ring;
 *  - 大字版 / 高对比度 remembered across pages; without scripts the script-only controls stay
 *    hidden and the page reads normally;
 *  - print: navigation gone, metadata table kept, link addresses printed.
 * Screenshots (and a print PDF) go to SCREENSHOT_DIR for a person to look at.
 * Prints one line per check and ends with "a11y: N passed, M failed"; exits 1 on failure.
 */

const fs = require('fs');
const os = require('os');
const path = require('path');
const http = require('http');
const { chromium } = require('playwright-core');

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const CSP = "default-src 'self'";
const SEARCH_QUERY = '政务公开';

// The page types the issue names, with the sample site's page of each type.
const MAIN_PAGES = [
  { name: 'home', url: '' },
  { name: 'policy', url: 'policies/sfj-2019-plan.html' },
  { name: 'interpretation', url: 'interpretations/sfj-2019-plan-jd.html' },
  { name: 'consultation', url: 'consultations/zqyj-2019-gfxwj.html' },
  { name: 'service', url: 'services/gzsx-banli.html' },
  { name: 'progress', url: 'progress/zdgz-2019.html' },
  { name: 'listing', url: 'policies/' },
  { name: 'catalog', url: 'xxgk/ml/' },
  { name: 'disclosure', url: 'xxgk/' },
  { name: 'interaction', url: 'hdjl/' },
  { name: 'page', url: 'pages/jgzn.html' },
  { name: 'web-report', url: 'web-reports/wzndbb-2019.html' },
  { name: 'search', url: 'search/', search: SEARCH_QUERY },
  { name: 'sitemap', url: 'sitemap/' },
];
const SCREENSHOT_PAGES = ['home', 'policy', 'interpretation', 'disclosure', 'page'];
const MODES = { large: 'a11y-large', contrast: 'a11y-contrast' };
const MODE_LABELS = { large: '大字版', contrast: '高对比度' };

const publicDir = path.resolve(process.argv[2] || '');
const shotDir = process.argv[3] ? path.resolve(process.argv[3]) : null;
if (!process.argv[2] || !fs.existsSync(path.join(publicDir, 'index.html'))) {
  console.error('usage: node a11y_test.js PUBLIC_DIR [SCREENSHOT_DIR]');
  process.exit(2);
}
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

// ---- results ----------------------------------------------------------------------------------

let passed = 0;
let failed = 0;
const notes = [];

function record(name, problems) {
  if (problems.length === 0) {
    passed++;
    console.log('ok     ' + name);
  } else {
    failed++;
    console.log('FAIL   ' + name);
    for (const p of problems) console.log('         ' + p);
  }
}

// Runs one check. With a browser, what went wrong on its pages meanwhile (outside requests,
// CSP violations, script errors, failed loads) counts against this check too.
async function check(name, fn, browser) {
  let problems;
  try {
    problems = (await fn()) || [];
  } catch (e) {
    problems = ['error: ' + (e && e.stack ? e.stack.split('\n').slice(0, 3).join(' | ') : e)];
  }
  if (browser) problems = problems.concat(browser.takeTrouble());
  record(name, problems);
}

// ---- a tiny static server ------------------------------------------------------------------------

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg',
  '.gif': 'image/gif', '.webp': 'image/webp', '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.pdf': 'application/pdf',
  '.mp3': 'audio/mpeg', '.mp4': 'video/mp4', '.ico': 'image/x-icon',
};

function startServer(root) {
  const server = http.createServer((req, res) => {
    const send = (status, file, headers) => {
      res.writeHead(status, Object.assign({
        'Content-Type': TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream',
        'Content-Security-Policy': CSP,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      }, headers || {}));
      if (req.method === 'HEAD') res.end();
      else fs.createReadStream(file).pipe(res);
    };
    const notFound = () => send(404, path.join(root, '404.html'));
    let rel;
    try {
      rel = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    } catch (e) {
      res.writeHead(400);
      res.end();
      return;
    }
    let file = path.join(root, path.normalize(rel));
    if (file !== root && !file.startsWith(root + path.sep)) return notFound();
    fs.stat(file, (err, st) => {
      if (!err && st.isDirectory()) {
        if (!rel.endsWith('/')) {
          res.writeHead(301, { Location: req.url.replace(/^([^?#]*)/, '$1/') });
          res.end();
          return;
        }
        file = path.join(file, 'index.html');
        fs.stat(file, (err2, st2) => (!err2 && st2.isFile() ? send(200, file) : notFound()));
      } else if (!err && st.isFile()) {
        send(200, file);
      } else {
        notFound();
      }
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// ---- helpers in the page ---------------------------------------------------------------------

async function runAxe(page) {
  const present = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!present) await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const problems = [];
  for (const v of result.violations) {
    const where = v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ');
    const line = `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}× ${where})`;
    if (v.impact === 'serious' || v.impact === 'critical') problems.push(line);
    else notes.push(line);
  }
  return problems;
}

// Structure the issue asks for, beyond what axe reports as serious.
function structureProblems() {
  const p = [];
  const visible = (el) => !el.closest('[hidden]');
  const lang = document.documentElement.getAttribute('lang');
  if (lang !== 'zh-CN') p.push(`<html lang> is ${JSON.stringify(lang)}, not "zh-CN"`);
  if (!document.title.trim()) p.push('empty <title>');

  const h1 = [...document.querySelectorAll('h1')].filter(visible);
  if (h1.length !== 1) p.push(`${h1.length} h1 elements`);
  let previous = 0;
  for (const h of [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter(visible)) {
    const level = Number(h.tagName[1]);
    if (previous === 0 && level !== 1) p.push(`first heading is ${h.tagName}: ${h.textContent.trim().slice(0, 30)}`);
    if (previous !== 0 && level > previous + 1) {
      p.push(`heading jumps from h${previous} to ${h.tagName}: ${h.textContent.trim().slice(0, 30)}`);
    }
    previous = level;
  }

  const count = (sel) => document.querySelectorAll(sel).length;
  if (count('main') !== 1) p.push(`${count('main')} <main> elements`);
  if (count('body > header, [role="banner"]') < 1) p.push('no banner landmark (body > header)');
  if (count('body > footer, [role="contentinfo"]') < 1) p.push('no contentinfo landmark (body > footer)');
  if (count('nav[aria-label="主导航"]') !== 1) p.push('no main navigation');

  const focusable = document.querySelector('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])');
  const target = document.getElementById('main');
  if (!focusable || !focusable.matches('a.skip-link[href="#main"]')) p.push('the first focusable element is not the skip link to #main');
  if (!target || target.tagName !== 'MAIN') p.push('#main is not the <main> element');

  for (const table of document.querySelectorAll('table')) {
    if (!table.querySelector('th')) p.push(`table without header cells: ${table.className || table.textContent.slice(0, 30)}`);
    for (const th of table.querySelectorAll('tbody th')) {
      if (!th.getAttribute('scope')) p.push(`<th> in tbody without scope: ${th.textContent.slice(0, 20)}`);
    }
  }
  for (const field of document.querySelectorAll('input:not([type="hidden"]), select, textarea')) {
    const named = (field.labels && field.labels.length) || field.getAttribute('aria-label') || field.getAttribute('aria-labelledby');
    if (!named) p.push(`form field without a label: ${field.outerHTML.slice(0, 60)}`);
  }
  for (const img of document.querySelectorAll('img')) {
    if (!img.hasAttribute('alt')) p.push(`img without alt: ${img.getAttribute('src')}`);
  }
  for (const el of document.querySelectorAll('[style]')) p.push(`style attribute on <${el.tagName.toLowerCase()}>`);
  if (document.fonts && document.fonts.size) p.push(`${document.fonts.size} web fonts declared`);
  return p;
}

function overflowProblems() {
  const doc = document.documentElement;
  const p = [];
  if (doc.scrollWidth > window.innerWidth) {
    p.push(`page is ${doc.scrollWidth}px wide in a ${window.innerWidth}px window`);
    const wide = [...document.querySelectorAll('body *')].filter((el) => {
      const r = el.getBoundingClientRect();
      return r.right > window.innerWidth + 1 && !el.closest('.table-scroll') && !el.closest('.visually-hidden');
    });
    for (const el of wide.slice(0, 5)) {
      p.push(`  sticks out: <${el.tagName.toLowerCase()} class="${el.className}"> to ${Math.round(el.getBoundingClientRect().right)}px`);
    }
  }
  return p;
}

function printProblems() {
  const out = [];
  const shown = (sel) => {
    const el = document.querySelector(sel);
    return el && getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0;
  };
  for (const sel of ['.skip-link', '.site-nav', '.site-header__tools', '.breadcrumbs', '.article-tools', '.footer-links']) {
    if (shown(sel)) out.push(sel + ' is printed');
  }
  for (const sel of ['.meta-table', '.doc-title', '.article-body', '.related-box', '.print-url']) {
    if (!shown(sel)) out.push(sel + ' is not printed');
  }
  const canonical = document.querySelector('link[rel="canonical"]').href;
  const links = [...document.querySelectorAll('main .doc a[href]')];
  if (links.length < 3) out.push('fewer than 3 links in the policy page to check');
  for (const a of links) {
    const href = a.getAttribute('href');
    if (/^(#|mailto:|tel:)/.test(href)) continue;
    const expected = /^https?:/.test(href) ? href : decodeURI(new URL(href, canonical).href);
    const after = getComputedStyle(a, '::after').content;
    if (!after.includes(expected)) out.push(`link address not printed: ${a.textContent.slice(0, 20)} → ${expected} (::after ${after})`);
  }
  // Dark text on white paper.
  const dark = (el) => {
    const m = getComputedStyle(el).color.match(/\d+/g).map(Number);
    return m[0] + m[1] + m[2] < 200;
  };
  for (const sel of ['.doc-title', '.article-body p', '.meta-table td', '.related-box a', '.site-footer p']) {
    const el = document.querySelector(sel);
    if (el && !dark(el)) out.push(`${sel} is printed in ${getComputedStyle(el).color}`);
  }
  const bg = getComputedStyle(document.body).backgroundColor;
  if (bg !== 'rgb(255, 255, 255)') out.push('paper background is ' + bg);
  const size = parseFloat(getComputedStyle(document.querySelector('.article-body p')).fontSize);
  if (Math.abs(size - 21.33) > 0.5) out.push(`body text is printed at ${size}px, not 16pt`);
  return out;
}

function noScriptProblems() {
  const out = [];
  for (const el of document.querySelectorAll('[data-js-only]')) {
    if (el.getClientRects().length) out.push('script-only control shown: ' + el.className);
  }
  for (const el of document.querySelectorAll('[data-no-js-only]')) {
    if (!el.getClientRects().length) out.push('note for readers without scripts is hidden: ' + el.className);
  }
  const main = document.querySelector('main');
  if (!main || main.innerText.trim().length < 10) out.push('main content not readable');
  if (/a11y-|fs-/.test(document.documentElement.className)) out.push('a mode class without scripts');
  return out;
}

// The focused element: has it a focus ring (outline of 2px or more, or a box shadow), and
// does the ring stand out (3:1, WCAG 1.4.11) from the background it is drawn on — the
// element's own for an outline drawn inside it (negative offset), else what lies under it.
function focusState() {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const s = getComputedStyle(el);
  const r = el.getBoundingClientRect();
  const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
  const ring = outline || (s.boxShadow && s.boxShadow !== 'none');
  const desc = el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ')[0] : '') + ' ' +
    (el.textContent || el.getAttribute('aria-label') || el.getAttribute('placeholder') || '').trim().slice(0, 16);
  const rgb = (c) => (c.match(/[\d.]+/g) || []).map(Number);
  const background = (node) => {
    for (let n = node; n; n = n.parentElement) {
      const c = rgb(getComputedStyle(n).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0.5)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const luminance = (c) => {
    const [R, G, B] = c.map((v) => {
      const x = v / 255;
      return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * R + 0.7152 * G + 0.0722 * B;
  };
  let ratio = 21;
  let colors = '';
  if (outline) {
    const ringColor = rgb(s.outlineColor).slice(0, 3);
    // What lies under the middle of each side of the ring (an outline is not hit-tested);
    // the ring counts as seen where it stands out best.
    const offset = parseFloat(s.outlineOffset) || 0;
    const mid = offset + parseFloat(s.outlineWidth) / 2;
    const points = [[r.left - mid, r.top + r.height / 2], [r.right + mid, r.top + r.height / 2],
      [r.left + r.width / 2, r.top - mid], [r.left + r.width / 2, r.bottom + mid]];
    let behind = background(el);
    ratio = 0;
    for (const [px, py] of points) {
      let under = el;
      if (offset + parseFloat(s.outlineWidth) > 0) {
        const x = Math.min(window.innerWidth - 1, Math.max(0, px));
        const y = Math.min(window.innerHeight - 1, Math.max(0, py));
        under = document.elementsFromPoint(x, y).find((n) => n !== el && !el.contains(n)) || el.parentElement;
      }
      const bg = background(under);
      const [a, b] = [luminance(ringColor), luminance(bg)].sort((x, y) => y - x);
      if ((a + 0.05) / (b + 0.05) > ratio) {
        ratio = (a + 0.05) / (b + 0.05);
        behind = bg;
      }
    }
    colors = `rgb(${ringColor}) on rgb(${behind})`;
  }
  return { desc, ring, ratio, colors, size: r.width > 0 && r.height > 0, key: desc + r.top + r.left };
}

// ---- pages -----------------------------------------------------------------------------------

function allHtmlPages(dir, prefix = '') {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.isDirectory()) out.push(...allHtmlPages(path.join(dir, entry.name), prefix + entry.name + '/'));
    else if (entry.name.endsWith('.html')) out.push(entry.name === 'index.html' ? prefix : prefix + entry.name);
  }
  return out;
}

function encodePath(url) {
  return url.split('/').map(encodeURIComponent).join('/');
}

class Browser {
  constructor(base, opts) {
    this.base = base;
    this.opts = opts;
    this.trouble = [];
  }

  async start() {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govsite-chromium-'));
    this.context = await chromium.launchPersistentContext(this.dir, Object.assign({
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 900 },
      locale: 'zh-CN',
      serviceWorkers: 'block',
    }, this.opts));
    this.page = this.context.pages()[0] || (await this.context.newPage());
    const page = this.page;
    page.on('request', (req) => {
      const url = req.url();
      if (!url.startsWith(this.base) && !url.startsWith('data:') && !url.startsWith('blob:')) {
        this.trouble.push('request outside the site: ' + url);
      }
    });
    page.on('console', (msg) => {
      const text = msg.text();
      if (msg.type() === 'error' || /Content Security Policy/i.test(text)) this.trouble.push('console ' + msg.type() + ': ' + text);
    });
    page.on('pageerror', (err) => this.trouble.push('script error: ' + err.message));
    page.on('response', (res) => {
      if (res.status() >= 400) this.trouble.push(`HTTP ${res.status()} for ${res.url()}`);
    });
  }

  takeTrouble() {
    const t = this.trouble;
    this.trouble = [];
    return t;
  }

  async open(entry) {
    const url = this.base + encodePath(entry.url);
    const response = await this.page.goto(url, { waitUntil: 'load' });
    if (!response || response.status() !== 200) throw new Error(`HTTP ${response && response.status()} for ${url}`);
    if (entry.search) await this.search(entry.search);
  }

  // Types the query into the search page's own field, submits, and waits for the results.
  async search(query) {
    const page = this.page;
    await page.fill('#search-page-input', query);
    await page.click('.search-form--page .search-form__button');
    await page.waitForSelector('#search-results .search-result', { timeout: 15000 });
  }

  async setModes(modes) {
    await this.page.evaluate((m) => {
      for (const key of ['large', 'contrast']) {
        if (m.includes(key)) localStorage.setItem('govsite.' + key, '1');
        else localStorage.removeItem('govsite.' + key);
      }
    }, modes);
  }

  async stop() {
    await this.context.close();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

// ---- the checks --------------------------------------------------------------------------------

async function main() {
  const server = await startServer(publicDir);
  const base = `http://127.0.0.1:${server.address().port}/`;
  const started = Date.now();
  if (shotDir) {
    fs.rmSync(shotDir, { recursive: true, force: true });
    fs.mkdirSync(shotDir, { recursive: true });
  }

  const pages = allHtmlPages(publicDir);
  for (const entry of MAIN_PAGES) {
    if (!pages.includes(entry.url)) record(`page exists: ${entry.name} (${entry.url || '/'})`, ['not in the built site']);
  }
  const mainUrls = new Set(MAIN_PAGES.map((e) => e.url));
  const others = pages.filter((u) => !mainUrls.has(u)).map((u) => ({ name: u, url: u }));

  const b = new Browser(base, {});
  await b.start();
  const page = b.page;

  try {
    // 1. Every page: axe, structure, resources. The main types also at 360px.
    for (const entry of [...MAIN_PAGES, ...others]) {
      const label = entry.name === entry.url ? entry.url : `${entry.name} (${entry.url || '/'}${entry.search ? '?q=' + entry.search : ''})`;
      let opened = true;
      await check(`axe: ${label}`, async () => {
        try {
          await b.open(entry);
        } catch (e) {
          opened = false;
          throw e;
        }
        return runAxe(page);
      });
      if (!opened) continue;
      await check(`structure: ${label}`, () => page.evaluate(structureProblems));
      await check(`only own resources, no CSP or script errors: ${label}`, () => b.takeTrouble());
    }

    for (const entry of MAIN_PAGES) {
      await page.setViewportSize({ width: 360, height: 740 });
      await check(`fits 360px without sideways scrolling: ${entry.name}`, async () => {
        await b.open(entry);
        return page.evaluate(overflowProblems);
      }, b);
      for (const mode of Object.keys(MODES)) {
        await check(`fits 360px with ${MODE_LABELS[mode]}: ${entry.name}`, async () => {
          await b.setModes([mode]);
          await b.open(entry);
          return page.evaluate(overflowProblems);
        }, b);
      }
      await b.setModes([]);
    }
    await page.setViewportSize({ width: 1280, height: 900 });

    // 2. The main types with 大字版, 高对比度 and both.
    for (const modes of [['large'], ['contrast'], ['large', 'contrast']]) {
      const modeLabel = modes.map((m) => MODE_LABELS[m]).join('+');
      await b.setModes(modes);
      for (const entry of MAIN_PAGES) {
        await check(`axe with ${modeLabel}: ${entry.name}`, async () => {
          await b.open(entry);
          const on = await page.evaluate(() => document.documentElement.className);
          const p = [];
          for (const m of modes) if (!on.split(/\s+/).includes(MODES[m])) p.push(`<html> lacks ${MODES[m]}`);
          return p.concat(await runAxe(page), b.takeTrouble());
        });
      }
    }
    await b.setModes([]);

    // 3. Keyboard: skip link, focus ring on everything focusable.
    await check('keyboard: the skip link comes first, shows, and moves focus to <main>', async () => {
      await b.open(MAIN_PAGES[1]);
      const p = [];
      await page.keyboard.press('Tab');
      const skip = await page.evaluate(() => {
        const a = document.activeElement;
        const r = a.getBoundingClientRect();
        return { cls: a.className, top: r.top, bottom: r.bottom, w: r.width };
      });
      if (skip.cls !== 'skip-link') p.push('first Tab focuses ' + skip.cls);
      if (skip.top < 0 || skip.w === 0 || skip.bottom > 900) p.push('the focused skip link is off screen');
      await page.keyboard.press('Enter');
      const after = await page.evaluate(() => document.activeElement.id);
      if (after !== 'main') p.push('Enter on the skip link focuses #' + after + ', not #main');
      return p;
    }, b);
    for (const modes of [[], ['contrast']]) {
      for (const entry of MAIN_PAGES) {
        const modeLabel = modes.length ? ` with ${MODE_LABELS[modes[0]]}` : '';
        await check(`keyboard: every focused element shows a focus ring${modeLabel}: ${entry.name}`, async () => {
          await b.setModes(modes);
          await b.open(entry);
          const p = [];
          const seen = new Set();
          for (let i = 0; i < 200; i++) {
            await page.keyboard.press('Tab');
            const f = await page.evaluate(focusState);
            if (!f || seen.has(f.key)) break;
            seen.add(f.key);
            if (!f.ring) p.push('no focus ring on ' + f.desc);
            if (!f.size) p.push('focus on an invisible element: ' + f.desc);
            if (f.ring && f.ratio < 3) p.push(`focus ring on ${f.desc} has contrast ${f.ratio.toFixed(2)}:1 with what is around it (${f.colors})`);
          }
          if (seen.size < 5) p.push(`only ${seen.size} elements reached with Tab`);
          return p;
        }, b);
      }
    }
    await b.setModes([]);

    // 4. 大字版 and 高对比度: the buttons work and the choice carries over to the next page.
    await check('适老化: 大字版 and 高对比度 are remembered across pages and can be switched off', async () => {
      const p = [];
      const state = () => page.evaluate(() => ({
        cls: document.documentElement.className,
        fontSize: getComputedStyle(document.documentElement).fontSize,
        bg: getComputedStyle(document.body).backgroundColor,
        large: document.querySelector('[data-a11y-toggle="large"]').getAttribute('aria-pressed'),
        contrast: document.querySelector('[data-a11y-toggle="contrast"]').getAttribute('aria-pressed'),
        toolsShown: !document.querySelector('.a11y-tools').hidden,
      }));
      await b.open(MAIN_PAGES[0]);
      let s = await state();
      if (!s.toolsShown) p.push('the 适老化 buttons stay hidden with scripts on');
      if (/a11y-/.test(s.cls)) p.push('a mode is on at the start: ' + s.cls);
      await page.click('[data-a11y-toggle="large"]');
      s = await state();
      if (!/a11y-large/.test(s.cls) || s.large !== 'true') p.push('大字版 does not switch on');
      if (s.fontSize !== '20px') p.push('大字版 root font size is ' + s.fontSize);
      await b.open(MAIN_PAGES[1]);
      s = await state();
      if (!/a11y-large/.test(s.cls) || s.large !== 'true') p.push('大字版 is not remembered on the next page');
      await page.click('[data-a11y-toggle="contrast"]');
      await b.open(MAIN_PAGES[2]);
      s = await state();
      if (!/a11y-contrast/.test(s.cls) || s.contrast !== 'true') p.push('高对比度 is not remembered on the next page');
      if (s.bg !== 'rgb(0, 0, 0)') p.push('高对比度 background is ' + s.bg);
      await page.click('[data-a11y-toggle="large"]');
      await page.click('[data-a11y-toggle="contrast"]');
      await b.open(MAIN_PAGES[0]);
      s = await state();
      if (/a11y-/.test(s.cls) || s.large !== 'false' || s.contrast !== 'false') p.push('the modes do not switch off: ' + s.cls);
      return p.concat(b.takeTrouble());
    });

    await check('字号 大/中/小 changes the article text and is remembered', async () => {
      const p = [];
      await b.open(MAIN_PAGES[1]);
      const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.article-body')).fontSize));
      const medium = await size();
      await page.click('[data-font-size="large"]');
      const large = await size();
      if (!(large > medium)) p.push(`大 does not enlarge the text (${medium} → ${large})`);
      await b.open(MAIN_PAGES[2]);
      if ((await size()) !== large) p.push('字号 大 is not remembered on the next page');
      await page.click('[data-font-size="small"]');
      if (!((await size()) < medium)) p.push('小 does not reduce the text');
      await page.click('[data-font-size="medium"]');
      if ((await size()) !== medium) p.push('中 does not restore the text size');
      return p.concat(b.takeTrouble());
    });

    // 5. Print: no navigation, metadata kept, addresses of links printed; black on white paper
    //    whatever the screen mode.
    for (const modes of [[], ['large', 'contrast']]) {
      const modeLabel = modes.length ? ' with 大字版+高对比度' : '';
      await check(`print stylesheet${modeLabel}: policy page keeps the metadata and prints link addresses`, async () => {
        const p = [];
        await b.setModes(modes);
        await b.open(MAIN_PAGES[1]);
        await page.emulateMedia({ media: 'print' });
        p.push(...await page.evaluate(printProblems));
        if (shotDir && !modes.length) {
          await page.screenshot({ path: path.join(shotDir, 'policy-print.png'), fullPage: true });
          await page.pdf({ path: path.join(shotDir, 'policy-print.pdf'), format: 'A4' });
        }
        await page.emulateMedia({ media: 'screen' });
        const screenUrl = await page.evaluate(() => {
          const el = document.querySelector('.print-url');
          return el && getComputedStyle(el).display;
        });
        if (screenUrl !== 'none') p.push('the print-only page address shows on screen');
        await b.setModes([]);
        return p.concat(b.takeTrouble());
      });
    }

    // 6. Screenshots for a person to look at.
    if (shotDir) {
      await check('screenshots saved', async () => {
        const p = [];
        for (const modes of [[], ['large'], ['contrast']]) {
          await b.setModes(modes);
          for (const width of modes[0] === 'contrast' ? [1280] : [1280, 375]) {
            await page.setViewportSize({ width, height: width > 500 ? 900 : 812 });
            for (const name of SCREENSHOT_PAGES) {
              const entry = MAIN_PAGES.find((e) => e.name === name);
              await b.open(entry);
              const file = path.join(shotDir, `${name}-${width}${modes.length ? '-' + modes[0] : ''}.png`);
              await page.screenshot({ path: file, fullPage: true });
              if (!fs.existsSync(file) || fs.statSync(file).size < 1000) p.push('not written: ' + file);
            }
          }
        }
        await b.setModes([]);
        await page.setViewportSize({ width: 1280, height: 900 });
        return p.concat(b.takeTrouble());
      });
    }
  } finally {
    await b.stop();
  }

  // 7. Scripts disabled: the pages read normally, script-only controls stay hidden. A browser
  //    with scripts off checks what shows; axe (which needs scripts itself) then runs in a
  //    browser where the site's own scripts are replaced by empty ones.
  const nojs = new Browser(base, { javaScriptEnabled: false });
  await nojs.start();
    try {
    for (const entry of MAIN_PAGES) {
      await check(`scripts disabled, what shows: ${entry.name}`, async () => {
        await nojs.open(Object.assign({}, entry, { search: null }));
        const p = await nojs.page.evaluate(noScriptProblems);
        return p.concat(nojs.takeTrouble());
      });
    }
  } finally {
    await nojs.stop();
  }
  const stub = new Browser(base, {});
  await stub.start();
  try {
    await stub.page.route((url) => url.href.startsWith(base) && url.pathname.endsWith('.js'), (route) =>
      route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: '' }));
    for (const entry of MAIN_PAGES) {
      await check(`scripts disabled, axe: ${entry.name}`, async () => {
        await stub.open(Object.assign({}, entry, { search: null }));
        const p = await stub.page.evaluate(noScriptProblems);
        return p.concat(await runAxe(stub.page), stub.takeTrouble());
      });
    }
  } finally {
    await stub.stop();
  }

  server.close();
  if (notes.length) {
    const counts = {};
    for (const n of notes) counts[n.replace(/ \(\d+×.*$/, '')] = (counts[n.replace(/ \(\d+×.*$/, '')] || 0) + 1;
    console.log('\naxe findings below serious (not failures):');
    for (const [k, v] of Object.entries(counts)) console.log(`  ${v}× ${k}`);
  }
  console.log(`\n(${((Date.now() - started) / 1000).toFixed(1)} s${shotDir ? ', screenshots in ' + shotDir : ''})`);
  console.log(`a11y: ${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

main().catch((e) => {
  console.error(e);
  console.log(`a11y: ${passed} passed, ${failed + 1} failed`);
  process.exit(1);
});
