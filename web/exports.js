// The export buttons: the Document as JSON (with the text, the date used,
// speaker names and the editor's corrections), the quotes as CSV, displaCy
// JSON of the visible highlights, the highlighted article as standalone
// HTML on the clipboard, and Print. Downloads are blob: URLs; nothing
// leaves the page. Every export is of the corrected Document.
import { TYPES, escapeHTML, renderHTML, toDisplacy } from './renderer.js';
import { el, node } from './dom.js';
import { t, typeLabel } from './i18n.js';
import { quotesCSV } from './quotes.js';
import { clearCorrections } from './render.js';
import { entityById, setStatus, showError, state, today } from './state.js';

function download(name, content, type) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = node('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
const stamp = () => state.dateInfo?.date || today();

const withName = (q) => ({ ...q, speaker_name: q.speaker ? entityById(q.speaker)?.name ?? '' : '' });

/** The Document for export: the text, the date used, speaker names beside ids, corrections. */
export function exportDocument() {
  const doc = state.doc;
  const out = { ...doc, text: state.text, date_used: { ...state.dateInfo } };
  out.quotes = doc.quotes.map(withName);
  if (doc.reported_speech) out.reported_speech = doc.reported_speech.map(withName);
  return out;
}

// The renderer writes type codes after each highlight and English type
// names in titles; the pasted HTML carries the interface language's words.
const CODE_OF_NAME = new Map(TYPES.map((ty) => [ty.name, ty.label]));
function localizeLabels(html) {
  return html
    .replace(/(vertical-align:middle">)([A-Z]+)(<\/span><\/mark>)/g, (m, a, code, b) => a + escapeHTML(typeLabel(code)) + b)
    .replace(/( title="[^"]*\()([^()"]+)(\)")/g, (m, a, name, b) => (CODE_OF_NAME.has(name) ? a + escapeHTML(typeLabel(CODE_OF_NAME.get(name))) + b : m));
}

/** The highlighted article as standalone HTML with inline styles. */
export function highlightedHTML() {
  const body = renderHTML(state.data, {
    inlineStyles: true, focusable: false, hidden: [...state.hidden],
    quotes: !state.hidden.has('quotes'), boilerplate: !state.hidden.has('boilerplate'),
  });
  return `<div class="resalta" style="white-space:pre-wrap;line-height:1.9;color:#1a1a1a;background:#ffffff">${localizeLabels(body)}</div>`;
}

// Copies through a copy event first: its clipboardData takes the HTML as a
// string, while ClipboardItem('text/html') makes Chromium parse the markup
// in this document, where the CSP (rightly) reports every style attribute.
function copyViaEvent(html, text) {
  let done = false;
  const onCopy = (ev) => {
    ev.clipboardData.setData('text/html', html);
    ev.clipboardData.setData('text/plain', text);
    ev.preventDefault();
    done = true;
  };
  document.addEventListener('copy', onCopy);
  try { document.execCommand('copy'); } catch { /* unsupported */ }
  document.removeEventListener('copy', onCopy);
  return done;
}

export function setupExports() {
  el.exportJson.addEventListener('click', () => {
    download(`resalta-${stamp()}.json`, `${JSON.stringify(exportDocument(), null, 2)}\n`, 'application/json');
    setStatus(t('exportedJson'));
  });
  el.exportCsv.addEventListener('click', () => {
    download(`resalta-${stamp()}.quotes.csv`, quotesCSV(), 'text/csv;charset=utf-8');
    setStatus(t('exportedCsv'));
  });
  el.print.addEventListener('click', () => print());
  el.clearCorrections.addEventListener('click', () => {
    clearCorrections();
    el.exportJson.focus();
  });
  el.exportDisplacy.addEventListener('click', () => {
    const visible = { ...state.data, ents: state.data.ents.filter((e) => !state.hidden.has(e.label)) };
    download(`resalta-${stamp()}.displacy.json`, `${JSON.stringify([toDisplacy(visible)], null, 2)}\n`, 'application/json');
    setStatus(t('exportedDisplacy'));
  });
  el.copyHtml.addEventListener('click', async () => {
    const html = highlightedHTML();
    try {
      if (!copyViaEvent(html, state.text)) await navigator.clipboard.writeText(html);
      setStatus(t('copiedHtml'));
    } catch (e) {
      showError(t('copyFailed', e.message));
    }
  });
}
