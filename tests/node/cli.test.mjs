// The native command-line tool: options, exit codes and messages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const tool = fileURLToPath(new URL('../../build/native/concessions', import.meta.url));
const run = (args, input) => spawnSync(tool, args, { input, encoding: 'utf8' });

test('prints the analysis of a file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cli-'));
  const file = join(dir, 'a.txt');
  writeFileSync(file, 'Kenya rejected the offer.');
  const r = run([file]);
  assert.equal(r.status, 0);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.format, 'concessions.analysis/1');
  assert.equal(doc.length, 25);
});

test('reads standard input with -', () => {
  const r = run(['-'], 'Peru proposed a 30-day truce.');
  assert.equal(r.status, 0);
  assert.equal(JSON.parse(r.stdout).length, 29);
});

test('--pretty indents, --version and --help answer', () => {
  assert.match(run(['--pretty', '-'], 'Hi.').stdout, /\n  "format"/);
  assert.match(run(['--version']).stdout, /^concessions \d+\.\d+\.\d+/);
  const help = run(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /usage: concessions/);
});

test('a bad option exits 2 with one line', () => {
  const r = run(['--colour']);
  assert.equal(r.status, 2);
  assert.equal(r.stderr.trim().split('\n').length, 1);
  assert.match(r.stderr, /unknown option --colour/);
  assert.equal(run([]).status, 2);
});

test('unreadable inputs exit 1 with a clear message', () => {
  const missing = run(['/nonexistent/file.txt']);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /cannot open \/nonexistent\/file.txt/);
  const dir = run([tmpdir()]);
  assert.equal(dir.status, 1);
  assert.match(dir.stderr, /is a directory/);
});
