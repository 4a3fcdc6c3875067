'use strict';
/*
 * Validates every generated HTML page of a built site, and the theme's stylesheet and SVG
 * images, with the W3C Nu HTML Checker (npm package vnu-jar, run with the installed Java).
 *
 *   node validate_html.js PUBLIC_DIR
 *
 * One check per file: a file passes when the checker reports no error (warnings and info
 * messages are printed as a summary, not counted). Ends with "html: N passed, M failed".
 */

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const publicDir = path.resolve(process.argv[2] || '');
if (!process.argv[2] || !fs.existsSync(path.join(publicDir, 'index.html'))) {
  console.error('usage: node validate_html.js PUBLIC_DIR');
  process.exit(2);
}
const jar = path.join(__dirname, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
if (!fs.existsSync(jar)) {
  console.error(`validate_html: ${jar} is missing; run npm ci in ${__dirname}`);
  process.exit(2);
}

function walk(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    else out.push(full);
  }
  return out.sort();
}

const files = walk(publicDir);
const html = files.filter((f) => f.endsWith('.html'));
const css = files.filter((f) => /^css[/\\][^/\\]+\.css$/.test(path.relative(publicDir, f)));
const svg = files.filter((f) => /^img[/\\][^/\\]+\.svg$/.test(path.relative(publicDir, f)));
const targets = [...html, ...css, ...svg];

// One Java run for all files (the checker starts slowly). Without --errors-only so the
// warnings can be summarised; only errors fail a file.
const run = spawnSync('java', ['-jar', jar, '--format', 'json', '--also-check-css', '--also-check-svg', ...targets], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
if (run.error) {
  console.error('validate_html: cannot run java: ' + run.error.message);
  console.log('html: 0 passed, 1 failed');
  process.exit(1);
}
let report;
try {
  report = JSON.parse(run.stderr || run.stdout);
} catch (e) {
  console.error('validate_html: unreadable output of the checker:\n' + (run.stderr || run.stdout).slice(0, 2000));
  console.log('html: 0 passed, 1 failed');
  process.exit(1);
}

const byFile = new Map(targets.map((f) => [f, []]));
const others = [];
for (const m of report.messages) {
  let file = null;
  if (m.url && m.url.startsWith('file:')) {
    try {
      file = decodeURIComponent(new URL(m.url).pathname);
    } catch (e) {
      file = null;
    }
  }
  if (file && byFile.has(file)) byFile.get(file).push(m);
  else others.push(m);
}

let passed = 0;
let failed = 0;
let errorCount = 0;
const warnings = new Map();
for (const [file, messages] of byFile) {
  const rel = path.relative(publicDir, file);
  const errors = messages.filter((m) => m.type === 'error' || m.subType === 'fatal');
  for (const m of messages) {
    if (m.type !== 'error') warnings.set(`${m.subType || m.type}: ${m.message}`, (warnings.get(`${m.subType || m.type}: ${m.message}`) || 0) + 1);
  }
  if (errors.length === 0) {
    passed++;
    console.log('ok     valid: ' + rel);
  } else {
    failed++;
    errorCount += errors.length;
    console.log('FAIL   valid: ' + rel);
    for (const m of errors) {
      console.log(`         ${m.lastLine || '?'}:${m.firstColumn || m.lastColumn || '?'}: ${m.message}`);
      if (m.extract) console.log('           ' + m.extract.replace(/\n/g, '⏎'));
    }
  }
}
for (const m of others) {
  if (m.type === 'error' || m.subType === 'fatal') {
    failed++;
    errorCount++;
    console.log('FAIL   checker: ' + m.message);
  }
}
if (warnings.size) {
  console.log('\nwarnings and info (not failures):');
  for (const [k, v] of warnings) console.log(`  ${v}× ${k}`);
}
console.log(`\n${html.length} HTML pages, ${css.length} stylesheet(s), ${svg.length} theme SVG image(s); ${errorCount} validator errors`);
console.log(`html: ${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
