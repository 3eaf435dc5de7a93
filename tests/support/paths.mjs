// Where the tests find the builds. CONCESSIONS_SITE_DIR points the web tests at another
// copy of the built site (for example a site deployed elsewhere on disk).
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT_DIR = fileURLToPath(new URL('../../', import.meta.url));
export const SITE_DIR = process.env.CONCESSIONS_SITE_DIR || `${ROOT_DIR}build/site`;
export const SITE_URL = pathToFileURL(`${SITE_DIR}/`).href;
export const NATIVE_TOOL = `${ROOT_DIR}build/native/concessions`;
export const CORPUS_DIR = `${ROOT_DIR}../shared/corpus/dev`;
