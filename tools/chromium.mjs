import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium the browser tests drive: CHROME_PATH, else the usual places. */
export function findChromium() {
  if (process.env.CHROME_PATH)
    return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

export const INSTALL_HINT =
  'The browser tests need Chromium. Install it with `apt-get update && apt-get install -y chromium` ' +
  '(Debian/Ubuntu), or set CHROME_PATH to a Chromium or Chrome binary.';
