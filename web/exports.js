// The export buttons: the Document as JSON, displaCy JSON of the visible
// highlights, and the highlighted article as standalone HTML on the
// clipboard. Downloads are blob: URLs; nothing leaves the page.
import { renderHTML, toDisplacy } from './renderer.js';
import { el, node } from './dom.js';
import { setStatus, showError, state, today } from './state.js';

function download(name, content, type) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = node('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
const stamp = () => el.date.value || today();

/** The highlighted article as standalone HTML with inline styles. */
export function highlightedHTML() {
  const body = renderHTML(state.data, {
    inlineStyles: true, focusable: false, hidden: [...state.hidden],
    quotes: !state.hidden.has('quotes'), boilerplate: !state.hidden.has('boilerplate'),
  });
  return `<div class="resalta" style="white-space:pre-wrap;line-height:1.9;color:#1a1a1a;background:#ffffff">${body}</div>`;
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
    download(`resalta-${stamp()}.json`, `${JSON.stringify(state.doc, null, 2)}\n`, 'application/json');
    setStatus('Exported the Document as JSON.');
  });
  el.exportDisplacy.addEventListener('click', () => {
    const visible = { ...state.data, ents: state.data.ents.filter((e) => !state.hidden.has(e.label)) };
    download(`resalta-${stamp()}.displacy.json`, `${JSON.stringify([toDisplacy(visible)], null, 2)}\n`, 'application/json');
    setStatus('Exported displaCy JSON (offsets in code points, as displaCy counts them).');
  });
  el.copyHtml.addEventListener('click', async () => {
    const html = highlightedHTML();
    try {
      if (!copyViaEvent(html, state.text)) await navigator.clipboard.writeText(html);
      setStatus('Copied the highlighted HTML to the clipboard.');
    } catch (e) {
      showError(`Could not copy to the clipboard (${e.message}).`);
    }
  });
}
