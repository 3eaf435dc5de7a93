// Plain text out of the file formats people open: HTML pages are reduced to their article
// text, Markdown loses its markup. The HTML is parsed by DOMParser into a separate, inert
// document (no script runs, nothing is fetched) that is only read, never inserted.

// Elements whose text is not the article's.
const DROP = 'script, style, noscript, template, iframe, object, embed, svg, math, canvas, nav, aside, form, button, select, textarea, figure, dialog, [hidden], [aria-hidden="true"]';
// Elements that start a new paragraph (a blank line between them) or a new line.
const PARAGRAPH = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'BLOCKQUOTE', 'PRE', 'UL', 'OL', 'DL', 'TABLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'ADDRESS', 'HR']);
const LINE = new Set(['LI', 'DT', 'DD', 'TR', 'FIGCAPTION', 'CAPTION']);

// Start tags with their attributes, quoted values may hold ">".
const START_TAG = /<([a-zA-Z][^\s/>]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*(\/?)>/g;
const KEPT_ATTRIBUTE = /\s(hidden|aria-hidden\s*=\s*["']?true["']?)(?=[\s/>]|$)/gi;

// The markup without what the parser would check against the page's CSP: the document
// DOMParser makes is inert, but Chrome still reports a file's inline handlers (onerror=…)
// and styles as CSP violations of the page while parsing them. Attributes carry no article
// text, so all go but those that hide an element; <style> elements go whole.
function withoutStylesAndAttributes(html) {
  return html
    .replace(/<style\b[\s\S]*?<\/style\s*>/gi, '')
    .replace(START_TAG, (_, name, attributes, slash) => `<${name}${(attributes.match(KEPT_ATTRIBUTE) ?? []).join('')}${slash}>`);
}

/** The article text of an HTML document: its largest <article>, else <main>, else <body>. */
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(withoutStylesAndAttributes(html), 'text/html');
  const textLength = (el) => el.textContent.length;
  const articles = [...doc.querySelectorAll('article')];
  const root = articles.sort((a, b) => textLength(b) - textLength(a))[0]
    ?? doc.querySelector('main, [role="main"]') ?? doc.body;
  if (!root) return '';
  for (const el of root.querySelectorAll(DROP)) el.remove();
  const out = [];
  walk(root, out, false);
  return out.join('')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function walk(node, out, pre) {
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      out.push(pre ? child.data : child.data.replace(/\s+/g, ' '));
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      const tag = child.tagName;
      if (tag === 'BR') {
        out.push('\n');
        continue;
      }
      const breakWith = PARAGRAPH.has(tag) ? '\n\n' : LINE.has(tag) ? '\n' : '';
      out.push(breakWith);
      walk(child, out, pre || tag === 'PRE');
      out.push(breakWith);
    }
  }
}

/** Markdown as the text a reader sees: no heading marks, emphasis, link targets or fences. */
export function markdownToText(markdown) {
  return markdown
    .replace(/\r\n?/g, '\n')
    .replace(/^ {0,3}(```|~~~).*$/gm, '')
    .replace(/^ {0,3}#{1,6}[ \t]+(.*?)[ \t#]*$/gm, '$1')
    .replace(/^ {0,3}>[ \t]?/gm, '')
    .replace(/^ {0,3}(?:[-*_][ \t]*){3,}$/gm, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])/g, '$2')
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The text of a file by its name or type: .html/.htm reduced, .md/.markdown unmarked. */
export function fileToText(name, type, content) {
  if (/\.html?$/i.test(name) || type === 'text/html') return htmlToText(content);
  if (/\.(md|markdown)$/i.test(name) || type === 'text/markdown') return markdownToText(content);
  return content;
}
