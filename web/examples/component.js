// The <resalta-article> example: the page's component (../resalta-article.js,
// which uses ../renderer.js) fed by the package's worker analyzer.
import '../resalta-article.js';
import { createAnalyzerWorker } from './resalta/index.js';

const plain = document.querySelector('#plain');
const themed = document.querySelector('#themed');
const source = document.querySelector('#source');
const status = document.querySelector('#status');

source.value = plain.text;
themed.text = plain.text;

try {
  const analyzer = await createAnalyzerWorker({ lang: 'es' });
  status.textContent = analyzer.hasModel('es') ? `Resalta ${analyzer.version}, Spanish model loaded.`
    : `Resalta ${analyzer.version}: no Spanish entity model in this build, so no names are marked.`;
  plain.analyzer = analyzer;
  themed.analyzer = analyzer;
} catch (e) {
  status.classList.add('error');
  status.textContent = e.message;
}

source.addEventListener('input', () => {
  plain.text = source.value;
  themed.text = source.value;
});
document.addEventListener('resalta:select', (ev) => {
  document.querySelector('#selected').textContent = JSON.stringify(ev.detail, null, 2);
});
document.addEventListener('resalta:error', (ev) => {
  status.classList.add('error');
  status.textContent = ev.detail.message;
});
window.resaltaExample = { plain, themed };
