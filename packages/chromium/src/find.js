// @ts-check
// Chromium discovery with no dependencies: the bootstrap imports this file before
// anything is installed, on whatever Node (18+) the machine has.
import { accessSync, constants } from 'node:fs';

/** Paths tried, in order, after the CHROMIUM_PATH environment variable. */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** @param {string} path */
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Chromium or Chrome executable to use, or undefined when there is none.
 * CHROMIUM_PATH wins when set; a CHROMIUM_PATH that does not exist is an error,
 * because silently falling back would test a different browser than asked for.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string | undefined}
 */
export function findChromium(env = process.env) {
  const wanted = env.CHROMIUM_PATH;
  if (wanted) {
    if (!isExecutable(wanted)) {
      throw new Error(`CHROMIUM_PATH is set to ${wanted}, but no executable is there.`);
    }
    return wanted;
  }
  return CHROMIUM_CANDIDATES.find(isExecutable);
}

/**
 * Flags for every headless Chromium the project starts.
 * - --host-resolver-rules stops the browser's own calls home (accounts, update
 *   servers): only 127.0.0.1 and localhost resolve.
 * - No --disable-features here: Chromium honours only the last one given, so it
 *   would silently replace Playwright's own list.
 */
export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-domain-reliability',
  '--disable-default-apps',
  '--disable-extensions',
  '--no-first-run',
  '--no-default-browser-check',
  '--metrics-recording-only',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
]);

/** What to tell a person who has no browser. */
export const NO_CHROMIUM_HELP = [
  'No Chromium or Chrome was found.',
  `Looked at CHROMIUM_PATH and: ${CHROMIUM_CANDIDATES.join(', ')}.`,
  'Install one, for example on Debian or Ubuntu: sudo apt-get install chromium',
  'or point CHROMIUM_PATH at an existing Chrome/Chromium executable.',
].join('\n');
