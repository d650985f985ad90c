// One browser and one static server per test file: started before its
// tests, stopped after them (then `cleanup`, if given). The fields fill in
// when the suite starts: read them inside tests.
import { after, before } from 'node:test';

import { launchBrowser, startServer } from './browser.mjs';

export function browserAndServer(dir, cleanup) {
  const live = { browser: null, server: null };
  before(async () => {
    live.browser = await launchBrowser();
    live.server = await startServer(dir);
  });
  after(async () => {
    await live.browser?.close();
    await live.server?.stop();
    cleanup?.();
  });
  return live;
}
