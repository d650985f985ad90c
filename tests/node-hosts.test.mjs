// The package inside Node applications (a CMS's server, a queue worker):
// separate processes, each with its own error handlers, run under this
// Node and under /opt/node18 when it is there. The package must never
// install process-wide handlers (a host's uncaughtException handler keeps
// its process alive; 12 analyzers raise no MaxListenersExceededWarning),
// the element must import on a server without a DOM, require() must load
// the package where Node can require ES modules, and a shipped model that
// is missing must be an error naming its URL.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';

import { sourceDir } from './lib/env.mjs';

const npmDir = path.join(sourceDir, 'build/npm');
const NODES = [process.execPath, '/opt/node18/bin/node'].filter((n, i) => i === 0 || fs.existsSync(n));
const pkgURL = (dir = npmDir) => pathToFileURL(path.join(dir, 'index.js')).href;

function host(node, source, cwd = sourceDir) {
  const r = spawnSync(node, ['--input-type=module', '-e', source], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

for (const node of NODES) {
  const v = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();

  test(`${v}: a host's own uncaughtException/unhandledRejection handlers keep it alive; 12 analyzers, no warning`, () => {
    const r = host(node, `
      const seen = [];
      process.on('uncaughtException', (e) => seen.push('exception ' + e.message));
      process.on('unhandledRejection', (e) => seen.push('rejection ' + e.message));
      process.on('warning', (w) => seen.push('warning ' + w.name));
      const { createAnalyzer } = await import(${JSON.stringify(pkgURL())});
      const analyzers = [];
      for (let i = 0; i < 12; i++) analyzers.push(await createAnalyzer({ lang: 'es' }));
      const doc = analyzers[11].analyze('El ministro Juan Pérez anunció el 3 de marzo en Madrid.', { date: '2023-10-18' });
      console.log(doc.spans.map((s) => s.type + ':' + s.text).join(', '));
      console.log('listeners', process.listenerCount('uncaughtException'), process.listenerCount('unhandledRejection'));
      setTimeout(() => { throw new Error('host bug'); }, 1);
      setTimeout(() => Promise.reject(new Error('host promise')), 5);
      setTimeout(() => { console.log(seen.join('; ')); for (const a of analyzers) a.dispose(); }, 50);
    `);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '', 'no warning on stderr');
    assert.deepEqual(r.stdout.trim().split('\n'), [
      'PER:Juan Pérez, DATE:el 3 de marzo, LOC:Madrid',
      'listeners 1 1',
      'exception host bug; rejection host promise',
    ]);
  });

  test(`${v}: the element and the renderer import on a server (no DOM)`, () => {
    const r = host(node, `
      const el = await import(${JSON.stringify(pathToFileURL(path.join(npmDir, 'resalta-article.js')).href)});
      const { renderHTML } = await import(${JSON.stringify(pathToFileURL(path.join(npmDir, 'renderer.js')).href)});
      console.log(typeof el.ResaltaArticle, renderHTML({ text: 'Ana', ents: [{ start: 0, end: 3, label: 'PER' }] }).includes('Ana'));
    `);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.equal(r.stdout.trim(), 'function true');
  });

  test(`${v}: lang 'auto' with lazy models reads only the model of the language it meets`, () => {
    const r = host(node, `
      const { createAnalyzer } = await import(${JSON.stringify(pkgURL())});
      const loaded = [];
      const a = await createAnalyzer({ lazy: true, onModel: (e) => loaded.push(e.model) });
      console.log(loaded.join(' '));
      try { a.analyze('Prime Minister Keir Starmer met President Emmanuel Macron in Paris on Tuesday.'); } catch (e) { console.log(e.code); }
      const doc = await a.analyzeAsync('Prime Minister Keir Starmer met President Emmanuel Macron in Paris on Tuesday.');
      console.log(loaded.join(' '), doc.spans.some((s) => s.type === 'PER'));
    `);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(r.stdout.trim().split('\n'), ['models/es.bin', 'no-model', 'models/es.bin models/en.bin true']);
  });

  test(`${v}: a shipped model that is missing is an error naming its URL`, () => {
    const dir = path.join(sourceDir, 'build/test-artifacts', `node-hosts-${process.pid}`);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.cpSync(npmDir, dir, { recursive: true });
    fs.rmSync(path.join(dir, 'models/es.bin'));
    try {
      const r = host(node, `
        const { createAnalyzer } = await import(${JSON.stringify(pkgURL(dir))});
        try { await createAnalyzer({ lang: 'es' }); console.log('no error'); } catch (e) { console.log(e.code, e.message); }
        const a = await createAnalyzer({ lang: 'en' });
        console.log(a.hasModel('en'));
      `);
      assert.equal(r.status, 0, r.stderr);
      const [first, second] = r.stdout.trim().split('\n');
      assert.match(first, /^load-failed Resalta: model models\/es\.bin: shipped with the package but not found at file:\/\/.*\/models\/es\.bin /);
      assert.equal(second, 'true');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  // require(esm) exists from Node 20.19 and 22.12 (process.features.require_module).
  const canRequire = spawnSync(node, ['-p', 'Boolean(process.features.require_module)'], { encoding: 'utf8' }).stdout.trim() === 'true';
  test(`${v}: require('resalta') from CommonJS`, { skip: !canRequire && `${v} cannot require() ES modules` }, () => {
    const r = spawnSync(node, ['-e', `
      const { createAnalyzer } = require(${JSON.stringify(path.join(npmDir, 'index.js'))});
      createAnalyzer({ lang: 'es' }).then((a) => console.log(a.analyze('Juan Pérez habló en Madrid.').spans.length > 0));
    `], { encoding: 'utf8', timeout: 120_000 });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim(), 'true');
    assert.doesNotMatch(r.stderr, /Warning/, 'no ExperimentalWarning');
  });
}
