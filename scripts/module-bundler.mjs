// A tiny ES-module bundler for the site's own modules (no npm bundler: the site has no build
// dependencies beyond Node). Each module becomes a function whose result is its exports; its
// imports become lookups of the modules it names. It understands the forms the site uses:
// import x / import { a, b as c } from './m.js', export { … } from './m.js', export
// function/const/let/class, export default name, and import('./m.js') (bundled too, the
// promise resolving to the bundled module, unless lazy: then it stays an import that loads
// the file when it runs). Anything else fails loudly.
// Used by build_standalone.mjs (one inline script for file://) and build_site_bundle.mjs
// (one file for the served page instead of twenty requests).
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const IMPORT = /^import\s+(?:(\w+)|\{([^}]*)\})\s+from\s+'([^']+)';?[ \t]*$/gm;
const REEXPORT = /^export\s+\{([^}]*)\}\s+from\s+'([^']+)';?[ \t]*$/gm;
const DECLARED = /^export\s+(?:async\s+)?(?:function\*?|const|let|var|class)\s+([\w$]+)/gm;
const DEFAULT = /^export\s+default\s+([\w$]+);?[ \t]*$/gm;
const DYNAMIC = /\bimport\(\s*'(\.\.?\/[^']+)'\s*\)/g;
const DYNAMIC_MARK = /__bundledImport\("([^"]+)"\)/g;

/**
 * Bundles the module graph from `entry` (a path relative to `dir`) into one script.
 * replaced: {path: file} reads another file for a module; external: paths left as real
 * modules, imported by the bundle; lazy: import() calls stay as they are. With either, the
 * bundle must sit in `dir`, where the paths resolve. Returns {code, modules}: the script and
 * the bundled paths, dependencies first.
 */
export function bundleModules({ dir, entry, replaced = {}, external = [], lazy = false }) {
  const parse = (path) => parseModule(dir, path, replaced, lazy);
  const order = []; // site-relative paths, dependencies first
  const modules = new Map();
  const visitModule = (path, chain) => {
    if (modules.has(path)) return;
    if (chain.includes(path)) throw new Error(`import cycle: ${[...chain, path].join(' -> ')}`);
    const module = parse(path);
    modules.set(path, module);
    for (const dep of module.deps) visit(dep, [...chain, path]);
    order.push(path);
  };
  const externals = [];
  const visit = (path, chain) => {
    if (external.includes(path)) {
      if (!externals.includes(path)) externals.push(path);
      return;
    }
    visitModule(path, chain);
  };
  visit(entry, []);
  const name = (path) => (externals.includes(path) ? `__external${externals.indexOf(path)}` : `__module${order.indexOf(path)}`);
  const code = order.map((path) => {
    const m = modules.get(path);
    m.body = m.body.replace(DYNAMIC_MARK, (_, dep) => `Promise.resolve(${name(dep)})`);
    const bindings = m.imports.map(({ dep, names }) => `const ${names} = ${name(dep)};`);
    const exported = [...m.exports, ...m.reexports.map(({ dep, list }) => list.map(([from, as]) => `${as}: ${name(dep)}.${from}`)).flat()];
    return `// ${path}\nconst ${name(path)} = (() => {\n${bindings.join('\n')}\n${m.body}\nreturn { ${exported.join(', ')} };\n})();\n`;
  }).join('\n');
  const imports = externals.map((path, i) => `import * as __external${i} from './${path}';\n`).join('');
  return { code: imports + code, modules: order };
}

// Reads one module: its imports and re-exports (as dependencies), its exported names,
// and its body with the import/export syntax removed.
function parseModule(dir, path, replaced, lazy) {
  const file = replaced[path] ?? join(dir, path);
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
  // import('./x.js'): bundled too, and the promise resolves to the bundled module; or lazy.
  if (lazy) {
    // Left to load at run time, from the bundle's place: only modules in the same folder.
    for (const [, spec] of body.matchAll(DYNAMIC)) {
      if (normalize(join(dirname(path), spec)) !== normalize(spec)) throw new Error(`${path}: import('${spec}') would not resolve from the bundle`);
    }
  } else {
    body = body.replace(DYNAMIC, (_, spec) => `__bundledImport(${JSON.stringify(resolve(spec))})`);
  }
  const leftover = body.match(/^\s*(import|export)\b[^(.]/m);
  if (leftover) throw new Error(`${path}: cannot bundle this statement: ${leftover[0].trim()}…`);
  return { deps, imports, reexports, exports, body };
}
