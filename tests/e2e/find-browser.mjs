// Which Chromium the browser tests drive: DOSSIER_CHROMIUM (or CHROME_PATH) when set, else an
// installed Chromium or Chrome, else Playwright's own browser (downloaded where downloads work).
import { existsSync } from 'node:fs';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

export function findChromium() {
  const chosen = process.env.DOSSIER_CHROMIUM || process.env.CHROME_PATH;
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`DOSSIER_CHROMIUM points to ${chosen}, which does not exist.`);
    return chosen;
  }
  return candidates.find((path) => existsSync(path));
}

/** Flags for running headless as root in a sandboxed, offline machine. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--no-first-run',
];
