// Debian's chromium driven by playwright-core (never a downloaded browser),
// and the project's static server on a free port, for every browser suite
// (app, package, component, editor plugin) and scripts/bench-web.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { sourceDir } from './env.mjs';

export const CHROMIUM = process.env.RESALTA_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run'];

// CTest runs node with --no-experimental-fetch (tests/CMakeLists.txt), so
// there is no global Request/Response, and playwright-core's bundled HTTP
// client subclasses them at import time. Empty stand-ins let it load; that
// client (APIRequestContext) is never used here.
async function playwright() {
  for (const name of ['Request', 'Response', 'Headers', 'FormData']) globalThis[name] ??= class {};
  return import('playwright-core');
}

export async function launchBrowser() {
  const { chromium } = await playwright();
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** A persistent (non-incognito) context: needed for installability checks. */
export async function launchPersistent(userDataDir, options = {}) {
  const { chromium } = await playwright();
  return chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, ...options });
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function ping(origin) {
  return new Promise((resolve) => {
    const req = http.get(`${origin}/`, (res) => { res.resume(); resolve(res.statusCode === 200); });
    req.on('error', () => resolve(false));
    req.setTimeout(1000, () => { req.destroy(); resolve(false); });
  });
}

/**
 * Serves `dir` with scripts/static_server.py (the same CSP headers as
 * production). `requests` collects every path the server was asked for.
 */
export async function startServer(dir) {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn('python3', [path.join(sourceDir, 'scripts/static_server.py'), '--port', String(port), '--dir', dir, '--host', '127.0.0.1'], {
    env: { ...process.env, RESALTA_SERVER_LOG: '1' }, stdio: ['ignore', 'ignore', 'pipe'],
  });
  const requests = [];
  let buf = '';
  child.stderr.on('data', (d) => {
    buf += d;
    let i;
    while ((i = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 1);
      const m = /"(GET|HEAD|POST|PUT|DELETE|OPTIONS) (\S+) HTTP\/[\d.]+" (\d+)/.exec(line);
      if (m) requests.push({ method: m[1], path: m[2], status: Number(m[3]) });
    }
  });
  let exited = false;
  child.on('exit', () => { exited = true; });
  for (let i = 0; i < 100 && !(await ping(origin)); i++) {
    if (exited) throw new Error('static server exited');
    await new Promise((r) => setTimeout(r, 100));
  }
  requests.length = 0;  // forget the readiness pings
  return {
    origin, requests,
    stop: () => new Promise((resolve) => {
      if (exited) { resolve(); return; }
      child.once('exit', resolve);
      child.kill();
    }),
  };
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

/**
 * Chromium and a server over a private copy of the built app (a rebuild
 * during the run cannot break it), with `path` open in a page. stop() closes
 * all of it and removes the copy.
 */
export async function openBuiltPage(webDir, pagePath) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'resalta-web-'));
  fs.cpSync(webDir, dir, { recursive: true });
  const browser = await launchBrowser();
  const server = await startServer(dir);
  const { page, context, errors } = await openPage(browser, `${server.origin}${pagePath}`);
  const stop = async () => {
    await browser.close();
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { browser, server, page, context, errors, stop };
}
