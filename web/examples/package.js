// The package example: createAnalyzer() on the page's thread and
// createAnalyzerWorker() in a module worker; errors shown as thrown.
import { createAnalyzer, createAnalyzerWorker } from './resalta/index.js';

const $ = (s) => document.querySelector(s);
const status = $('#status');

function show(doc, ms, where) {
  const rows = doc.spans.map((s) => {
    const tr = document.createElement('tr');
    const value = s.entity ? doc.entities.find((e) => e.id === s.entity)?.name ?? s.entity : JSON.stringify(s.value ?? '');
    for (const cell of [s.type, s.text, `${s.start}–${s.end}`, value]) {
      const td = document.createElement('td');
      td.textContent = cell;
      tr.append(td);
    }
    return tr;
  });
  $('#spans').replaceChildren(...rows);
  $('#json').textContent = JSON.stringify({ ...doc, tokens: undefined }, null, 2);
  status.classList.remove('error');
  status.textContent = `${doc.spans.length} spans in ${ms.toFixed(1)} ms (${where})`;
}

function fail(e) {
  status.classList.add('error');
  status.textContent = `${e.name} [${e.code}]: ${e.message}`;
}

let analyzer;
let workerAnalyzer;
try {
  analyzer = await createAnalyzer({ lang: 'es' });
  status.textContent = `Resalta ${analyzer.version} ready; models: ${analyzer.models.join(', ') || 'none (no names)'}`;
} catch (e) {
  fail(e);
}

$('#run').addEventListener('click', () => {
  try {
    const t0 = performance.now();
    const doc = analyzer.analyze($('#text').value, { date: $('#date').value });
    show(doc, performance.now() - t0, 'page');
  } catch (e) {
    fail(e);
  }
});
$('#run-worker').addEventListener('click', async () => {
  try {
    workerAnalyzer ??= await createAnalyzerWorker({ lang: 'es' });
    const t0 = performance.now();
    const doc = await workerAnalyzer.analyze($('#text').value, { date: $('#date').value });
    show(doc, performance.now() - t0, 'worker');
  } catch (e) {
    fail(e);
  }
});
window.resaltaExample = { get analyzer() { return analyzer; } };
