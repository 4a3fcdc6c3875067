'use strict';
/*
 * The inspection report (reports/inspection.html) in headless Chromium: axe-core finds no
 * serious or critical violation, and the page has its language, title, one h1, captioned
 * tables and no request to anywhere (it is opened from disk, like an editor does).
 *
 *   node report_test.js REPORT_HTML
 *
 * Ends with "report: N passed, M failed". Its HTML validity is checked by validate_html.js
 * (test-browser.sh runs it on a copy).
 */

const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');
const { chromium } = require('playwright-core');

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const report = path.resolve(process.argv[2] || '');
if (!process.argv[2] || !fs.existsSync(report)) {
  console.error('usage: node report_test.js REPORT_HTML');
  process.exit(2);
}
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let passed = 0;
let failed = 0;
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

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govsite-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, locale: 'zh-CN',
    viewport: { width: 1280, height: 900 },
  });
  const url = pathToFileURL(report).href;
  const outside = [];
  try {
    const page = context.pages()[0] || (await context.newPage());
    page.on('request', (req) => { if (req.url() !== url) outside.push('request: ' + req.url()); });
    page.on('pageerror', (err) => outside.push('script error: ' + err.message));
    await page.goto(url);
    await page.evaluate(axeSource);
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    record('axe: inspection.html', result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}×)`));
    record('structure: inspection.html', await page.evaluate(() => {
      const p = [];
      if (document.documentElement.lang !== 'zh-CN') p.push('<html lang> is not zh-CN');
      if (!document.title.trim()) p.push('empty <title>');
      if (document.querySelectorAll('h1').length !== 1) p.push('not exactly one h1');
      if (!document.querySelector('main')) p.push('no <main>');
      for (const t of document.querySelectorAll('table')) if (!t.caption) p.push('a table without <caption>');
      if (!document.querySelector('table')) p.push('no table');
      return p;
    }));
    record('nothing loaded from elsewhere, no script errors: inspection.html', outside);
  } finally {
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => console.log(`report: ${passed} passed, ${failed} failed`),
  (e) => {
    console.log('FAIL   ' + (e && e.stack ? e.stack.split('\n')[0] : e));
    console.log(`report: ${passed} passed, ${failed + 1} failed`);
  },
).then(() => process.exit(failed ? 1 : 0));
