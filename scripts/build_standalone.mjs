#!/usr/bin/env node
// Writes concessions-standalone.html: the page (index.html) as one self-contained file
// that works when opened from disk (file://), where a page can neither fetch a .wasm nor
// load module scripts from other files. Its stylesheets become <style> elements, its ES
// modules one inline module script (a tiny bundler: each module is wrapped in a function
// and its imports become lookups of the modules it names), the WebAssembly module is the
// -sSINGLE_FILE=1 link (the .wasm embedded in the glue), and the example text a
// <template>. The served page's other module scripts must be part of app.js's graph (they
// are bundled with it: worker-start.js), and its <link rel="modulepreload"> elements and
// comments go. This file is the one exception to the site's "no inline scripts or styles"
// rule (the served site runs under a strict Content-Security-Policy; a file opened from
// disk has none). Usage:
//   node scripts/build_standalone.mjs --site build/site --core concessions_core_single.js --out FILE
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';

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

const IMPORT = /^import\s+(?:(\w+)|\{([^}]*)\})\s+from\s+'([^']+)';?[ \t]*$/gm;
const REEXPORT = /^export\s+\{([^}]*)\}\s+from\s+'([^']+)';?[ \t]*$/gm;
const DECLARED = /^export\s+(?:async\s+)?(?:function\*?|const|let|var|class)\s+([\w$]+)/gm;
const DEFAULT = /^export\s+default\s+([\w$]+);?[ \t]*$/gm;

/** Bundles the module graph from `entry` (a site-relative path) into one script: {code, modules}. */
function bundle(entry) {
  const order = []; // site-relative paths, dependencies first
  const modules = new Map();
  const visit = (path, chain) => {
    if (modules.has(path)) return;
    if (chain.includes(path)) throw new Error(`import cycle: ${[...chain, path].join(' -> ')}`);
    const module = parse(path);
    modules.set(path, module);
    for (const dep of module.deps) visit(dep, [...chain, path]);
    order.push(path);
  };
  visit(entry, []);
  const name = (path) => `__module${order.indexOf(path)}`;
  const code = order.map((path) => {
    const m = modules.get(path);
    const bindings = m.imports.map(({ dep, names }) => `const ${names} = ${name(dep)};`);
    const exported = [...m.exports, ...m.reexports.map(({ dep, list }) => list.map(([from, as]) => `${as}: ${name(dep)}.${from}`)).flat()];
    return `// ${path}\nconst ${name(path)} = (() => {\n${bindings.join('\n')}\n${m.body}\nreturn { ${exported.join(', ')} };\n})();\n`;
  }).join('\n');
  return { code, modules: order };
}

// Reads one module: its imports and re-exports (as dependencies), its exported names,
// and its body with the import/export syntax removed.
function parse(path) {
  const file = REPLACED[path] ?? join(args.site, path);
  let body = readFileSync(file, 'utf8');
  const deps = [];
  const resolve = (spec) => {
    if (!spec.startsWith('./') && !spec.startsWith('../')) throw new Error(`${path}: only relative imports can be bundled, got '${spec}'`);
    const dep = normalize(join(dirname(path), spec));
    deps.push(dep);
    return dep;
  };
  const list = (text) => text.split(',').map((s) => s.trim()).filter(Boolean).map((s) => {
    const [from, as = from] = s.split(/\s+as\s+/);
    return [from, as];
  });
  const imports = [];
  body = body.replace(IMPORT, (_, def, named, spec) => {
    const dep = resolve(spec);
    imports.push({ dep, names: def ? `{ default: ${def} }` : `{ ${list(named).map(([from, as]) => (from === as ? from : `${from}: ${as}`)).join(', ')} }` });
    return '';
  });
  const reexports = [];
  body = body.replace(REEXPORT, (_, names, spec) => {
    reexports.push({ dep: resolve(spec), list: list(names) });
    return '';
  });
  const exports = [];
  body = body.replace(DECLARED, (match, id) => {
    exports.push(id);
    return match.replace(/^export\s+/, '');
  });
  body = body.replace(DEFAULT, (_, id) => {
    exports.push(`default: ${id}`);
    return '';
  });
  const leftover = body.match(/^\s*(import|export)\b[^(.]/m);
  if (leftover) throw new Error(`${path}: cannot bundle this statement: ${leftover[0].trim()}…`);
  return { deps, imports, reexports, exports, body };
}

// Text that must not end the <script> or <style> element it sits in.
const scriptSafe = (code) => code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
const styleSafe = (css) => css.replace(/<\/(style)/gi, '\\3C/$1');
const htmlEscape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

let html = readFileSync(join(args.site, 'index.html'), 'utf8');
// Comments and preloads describe the served page's files; here there are none to fetch.
html = html.replace(/[ \t]*<!--[\s\S]*?-->[ \t]*\n?/g, '');
html = html.replace(/[ \t]*<link rel="modulepreload" href="[^"]+">[ \t]*\n?/g, '');
let replacedStyles = 0;
html = html.replace(/<link rel="stylesheet" href="([^"]+)">/g, (_, href) => {
  replacedStyles++;
  return `<style>/* ${href} */\n${styleSafe(readFileSync(join(args.site, href), 'utf8'))}</style>`;
});
html = html.replace(/<link rel="icon" href="([^"]+)" type="image\/svg\+xml">/, (_, href) =>
  `<link rel="icon" href="data:image/svg+xml,${encodeURIComponent(readFileSync(join(args.site, href), 'utf8'))}">`);
const script = `<script type="module" src="${ENTRY}"></script>`;
if (!html.includes(script) || replacedStyles === 0) throw new Error('index.html does not have the expected <script> and <link> elements');
const bundled = bundle(ENTRY);
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
