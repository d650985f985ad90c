// 10,000 analyze calls in wasm without heap growth: nothing leaks per call.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { golden, loadWasm } from './lib/env.mjs';

test('10,000 analyze calls leave the heap where it was', async () => {
  const m = await loadWasm();
  const texts = [golden('seed-article.es.txt'), '¿Qué? 😀 «Nada» —dijo.', '', 'x'.repeat(5000), 'Bad \udc00 surrogate'];
  const opts = { lang: 'auto', date: '2023-10-18', tokens: true };
  for (let i = 0; i < 50; i++) m.analyze(texts[i % texts.length], opts);  // warm-up: caches, arenas
  const usedBefore = m.heapUsedBytes();
  const heapBefore = m.HEAPU8.length;
  for (let i = 0; i < 10000; i++) {
    const r = m.analyze(texts[i % texts.length], opts);
    assert.equal(r.error, '');
  }
  const usedAfter = m.heapUsedBytes();
  assert.equal(m.HEAPU8.length, heapBefore, 'the wasm memory grew');
  assert.ok(usedAfter - usedBefore <= 4096, `heap in use grew by ${usedAfter - usedBefore} bytes`);
});
