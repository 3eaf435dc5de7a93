#!/usr/bin/env node
// Writes concessions-standalone.html: the page (index.html) as one self-contained file
// that works when opened from disk (file://), where a page can neither fetch a .wasm nor
// load module scripts from other files. Its stylesheets become <style> elements, its ES
// modules one inline module script (a tiny bundler: each module is wrapped in a function
// and its imports become lookups of the modules it names), the WebAssembly module is the
// -sSINGLE_FILE=1 link (the .wasm embedded in the glue), and the example text a
// <template>. The served page's other module scripts must be part of app.js's graph (they
// are bundled with it: worker-start.js); a module loaded with import('./x.js') is bundled
// too, and the import resolves to it. The page's <link rel="modulepreload"> and
// <link rel="preload"> elements and comments go. This file is the one exception to the
// site's "no inline scripts or styles" rule (the served site runs under a strict
// Content-Security-Policy; a file opened from disk has none). Usage:
//   node scripts/build_standalone.mjs --site build/site --core concessions_core_single.js --out FILE
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bundleModules } from './module-bundler.mjs';

const { values: args } = parseArgs({
  options: { site: { type: 'string' }, core: { type: 'string' }, out: { type: 'string' } },
});
if (!args.site || !args.core || !args.out) {
  console.error('usage: node scripts/build_standalone.mjs --site DIR --core concessions_core_single.js --out FILE');
  process.exit(2);
}

const ENTRY = 'app.js';
// Module paths (relative to the site) replaced by another file.
const REPLACED = { 'concessions_core.js': args.core };

// Text that must not end the <script> or <style> element it sits in.
const scriptSafe = (code) => code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
const styleSafe = (css) => css.replace(/<\/(style)/gi, '\\3C/$1');
const htmlEscape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

let html = readFileSync(join(args.site, 'index.html'), 'utf8');
// Comments and preloads describe the served page's files; here there are none to fetch.
html = html.replace(/[ \t]*<!--[\s\S]*?-->[ \t]*\n?/g, '');
html = html.replace(/[ \t]*<link rel="(?:module)?preload" [^>]*>[ \t]*\n?/g, '');
let replacedStyles = 0;
html = html.replace(/<link rel="stylesheet" href="([^"]+)">/g, (_, href) => {
  replacedStyles++;
  return `<style>/* ${href} */\n${styleSafe(readFileSync(join(args.site, href), 'utf8'))}</style>`;
});
html = html.replace(/<link rel="icon" href="([^"]+)" type="image\/svg\+xml">/, (_, href) =>
  `<link rel="icon" href="data:image/svg+xml,${encodeURIComponent(readFileSync(join(args.site, href), 'utf8'))}">`);
const script = `<script type="module" src="${ENTRY}"></script>`;
if (!html.includes(script) || replacedStyles === 0) throw new Error('index.html does not have the expected <script> and <link> elements');
const bundled = bundleModules({ dir: args.site, entry: ENTRY, replaced: REPLACED });
html = html.replace(/[ \t]*<script type="module"(?: async)? src="([^"]+)"><\/script>[ \t]*\n?/g, (element, src) => {
  if (src === ENTRY) return element;
  if (!bundled.modules.includes(src)) throw new Error(`index.html loads ${src}, which ${ENTRY} does not import: it would be missing from the bundle`);
  return '';
});
if (/<script\b[^>]*\bsrc=/.test(html.replace(script, ''))) throw new Error('index.html has a script the standalone build does not handle');
html = html.replace(script, () => `<script type="module">\n${scriptSafe(bundled.code)}</script>`);
const example = readFileSync(join(args.site, 'examples/seed.txt'), 'utf8');
html = html.replace('</body>', () => `<template id="example-text">${htmlEscape(example)}</template>\n</body>`);
html = html.replace('<head>', () => '<head>\n  <!-- Self-contained build of index.html for opening from disk (scripts/build_standalone.mjs):\n       the one page of the site with inline scripts and styles. -->');
writeFileSync(args.out, html);
console.log(`build_standalone: wrote ${args.out} (${(html.length / 1e6).toFixed(2)} MB)`);
