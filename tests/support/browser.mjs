// Headless Chromium for the browser tests: Debian's /usr/bin/chromium driven by
// playwright-core (no browser download), with the flags of the toolchain notes, and pages
// that record what the tests assert on everywhere: every request, console errors, page
// errors and Content-Security-Policy violations.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { ROOT_DIR } from './paths.mjs';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Where screenshots and other artifacts go (git-ignored). */
export const ARTIFACTS = `${ROOT_DIR}test-results`;

export function launchBrowser() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export function artifactPath(name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  return `${ARTIFACTS}/${name}`;
}

/**
 * Opens `url` in a new page of `target` (a browser or a context). Reduced motion: scrolling
 * is instant, so what tests see and screenshot is settled. Resolves to {page, record}.
 */
export async function openPage(target, url, { viewport = { width: 1400, height: 1000 }, colorScheme = 'light' } = {}) {
  // A browser takes page options; a context (with its own permissions) takes none.
  const isBrowser = typeof target.newContext === 'function';
  const page = await (isBrowser ? target.newPage({ viewport, reducedMotion: 'reduce', colorScheme }) : target.newPage());
  if (!isBrowser) {
    await page.setViewportSize(viewport);
    await page.emulateMedia({ reducedMotion: 'reduce', colorScheme });
  }
  page.setDefaultTimeout(20_000);
  const record = { requests: [], errors: [] };
  page.on('request', (r) => record.requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') record.errors.push(m.text());
  });
  page.on('pageerror', (e) => record.errors.push(e.message));
  // Installed by the browser before any page script, outside the page's CSP.
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  if (url) await page.goto(url);
  return { page, record };
}

/**
 * Closes `page` and asserts what every browser test asserts: no request to anything but
 * `origins` (URL prefixes), no console or page errors (but those matching `allowErrors`),
 * no CSP violations.
 */
export async function closeClean(page, record, origins, { allowErrors = null } = {}) {
  const violations = page.isClosed() ? [] : await page.evaluate(() => window.__violations).catch(() => []);
  await page.close();
  // blob: URLs are the page's own downloads; data: URLs never leave the machine.
  const foreign = record.requests.filter((url) => !url.startsWith('blob:') && !url.startsWith('data:') && !origins.some((o) => url.startsWith(o)));
  assert.deepEqual(foreign, [], 'every request stays on the allowed origins');
  assert.deepEqual(record.errors.filter((e) => !allowErrors?.test(e)), [], 'no console errors');
  assert.deepEqual(violations, [], 'no Content-Security-Policy violations');
}

/** Waits until the page's status line reports a finished analysis; returns that line. */
export async function waitForFound(page, { timeout = 60_000 } = {}) {
  await page.waitForFunction(() => /^Found \d+/.test(document.getElementById('status')?.textContent ?? ''), null, { timeout });
  return page.textContent('#status');
}

/**
 * Runs axe-core (from npm; its source goes in with addScriptTag, which needs a context
 * with bypassCSP, since the site's CSP forbids inline scripts) and returns the violations
 * as "rule: target" lines.
 */
export async function axeViolations(page, axeSource) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`));
}
