// Chromium (Debian's, through playwright-core) and a static server on a free
// port, for the embedding suites (package, component, editor plugin).
import { spawn } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';

import { sourceDir } from './env.mjs';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run'];

export async function launchChromium() {
  // CTest runs node with --no-experimental-fetch; playwright-core subclasses
  // these globals at import time, so give it empty stand-ins (unused here).
  for (const name of ['Request', 'Response', 'Headers', 'FormData']) globalThis[name] ??= class {};
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: process.env.RESALTA_CHROMIUM ?? '/usr/bin/chromium', args: ARGS });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

const ping = (origin) => new Promise((resolve) => {
  const req = http.get(`${origin}/`, (res) => { res.resume(); resolve(true); });
  req.on('error', () => resolve(false));
  req.setTimeout(1000, () => { req.destroy(); resolve(false); });
});

/** Serves `dir` with scripts/static_server.py (production's CSP). */
export async function serve(dir) {
  const port = await freePort();
  const proc = spawn('python3', [path.join(sourceDir, 'scripts/static_server.py'), '--port', String(port), '--dir', dir],
    { stdio: ['ignore', 'ignore', 'inherit'] });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100 && !(await ping(origin)); i++) await new Promise((r) => setTimeout(r, 50));
  return { origin, stop: () => { proc.kill(); } };
}

/** A page that collects page errors, console errors and CSP violations. */
export async function openPage(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url);
  return { page, context, errors };
}
