// A long article for the responsiveness tests: the labelled stories of tests/corpus and
// the page's example, repeated to `length` UTF-16 code units (the analyzer's limit is
// 5,000,000; a paste of that size is what the page must stay responsive for).
import { readdirSync, readFileSync } from 'node:fs';
import { ROOT_DIR } from './paths.mjs';

export function bigText(length = 5_000_000) {
  const dir = `${ROOT_DIR}tests/corpus/`;
  const stories = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(dir + f, 'utf8'));
  stories.push(readFileSync(`${ROOT_DIR}web/examples/seed.txt`, 'utf8'));
  const unit = `${stories.join('\n\n')}\n\n`;
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}
