// The quotes as a table (quote, speaker, role, cue, how the speaker was
// found), with a speaker correction per row, a copy button that copies
// "“…”, dijo Nombre (rol)", the CSV export, and copying a selection inside
// a quote with its speaker.
import { el, node } from './dom.js';
import { t, tOr } from './i18n.js';
import { goToRange } from './navigation.js';
import { entityById, state } from './state.js';

/** Every quote row: the direct quotes, then reported speech when the core lists it apart. */
export function quoteRows(doc = state.doc) {
  const rows = (doc?.quotes ?? []).map((q, i) => ({ q, i, reported: q.kind === 'reported' }));
  for (const q of doc?.reported_speech ?? []) rows.push({ q, i: -1, reported: true });
  return rows.map((r) => {
    const sp = r.q.speaker ? entityById(r.q.speaker) : null;
    return { ...r, name: sp?.name ?? (r.q.speaker || ''), role: sp?.role ?? '', how: r.q.attribution ?? '' };
  });
}

export const citation = (text, name, role) => t('citation', text, name, role);

const csvCell = (v) => (/[",\n\r;]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));

/** The quotes as CSV (RFC 4180, with a BOM so spreadsheets read UTF-8). */
export function quotesCSV() {
  const head = [t('quoteCol'), t('speakerCol'), t('roleCol'), t('cueCol'), t('howCol'), 'kind', 'start', 'end', 'speaker_id'];
  const lines = [head, ...quoteRows().map((r) => [r.q.text, r.name, r.role, r.q.cue ?? '', tOr(`attribution.${r.how}`, r.how),
    r.reported ? 'reported' : (r.q.kind || 'direct'), r.q.start, r.q.end, r.q.speaker ?? ''])];
  return `\ufeff${lines.map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

async function copyText(text) {
  let done = false;
  const onCopy = (ev) => { ev.clipboardData.setData('text/plain', text); ev.preventDefault(); done = true; };
  document.addEventListener('copy', onCopy);
  try { document.execCommand('copy'); } catch { /* unsupported */ }
  document.removeEventListener('copy', onCopy);
  if (!done) await navigator.clipboard.writeText(text);
}

export function renderQuotes({ onSpeaker, onStatus }) {
  const rows = quoteRows();
  if (!rows.length) { el.quotes.replaceChildren(node('p', { class: 'empty', text: t('noQuotes') })); return; }
  const speakers = (state.doc?.entities ?? []).filter((e) => e.type === 'PER' || e.type === 'ORG')
    .slice().sort((a, b) => a.name.localeCompare(b.name));
  const th = (key) => node('th', { scope: 'col', text: t(key) });
  const table = node('table', { class: 'quotes-table' },
    node('thead', {}, node('tr', {}, th('quoteCol'), th('speakerCol'), th('roleCol'), th('cueCol'), th('howCol'), node('td', {}))),
    node('tbody', {}, ...rows.map((r) => {
      const mark = r.i >= 0 ? el.output.querySelector(`.rs-quote[data-q="${r.i}"]`) : null;
      const select = node('select', {
        class: 'speaker-select', 'data-focus-key': `quote:${r.q.start}`, 'aria-label': t('setSpeaker', r.q.text.slice(0, 40)), 'data-quote': String(r.q.start),
        onchange: (ev) => onSpeaker(r.q.start, ev.target.value),
      }, node('option', { value: '', text: t('unattributed') }));
      // Only the current speaker until the list is used: the other options are built on focus.
      const current = speakers.find((e) => e.id === r.q.speaker);
      if (current) select.append(node('option', { value: current.id, text: current.name }));
      select.value = current ? current.id : '';
      const fill = () => {
        select.removeEventListener('focus', fill);
        select.removeEventListener('pointerdown', fill);
        select.replaceChildren(select.options[0], ...speakers.map((e) => node('option', { value: e.id, text: e.name })));
        select.value = current ? current.id : '';
      };
      select.addEventListener('focus', fill);
      select.addEventListener('pointerdown', fill);
      return node('tr', { 'data-start': String(r.q.start), class: r.reported ? 'reported' : '' },
        node('td', { class: 'qcell' }, node('button', {
          type: 'button', class: 'item', title: t('goToQuote'),
          onclick: () => goToRange(r.q.start, r.q.end, mark),
        }, r.reported ? node('span', { class: 'meta', text: `${t('reported')}: ` }) : null, node('span', { class: 'qtext', text: `“${r.q.text}”` }))),
        node('td', {}, node('span', { class: 'print-only', text: r.name || t('unattributed') }), select),
        node('td', { text: r.role }),
        node('td', { text: r.q.cue ?? '' }),
        node('td', { text: tOr(`attribution.${r.how}`, r.how) }),
        node('td', {}, node('button', {
          type: 'button', class: 'copy', 'aria-label': t('copyQuoteAria', r.name || t('unattributed')),
          onclick: async () => {
            try { await copyText(citation(r.q.text, r.name, r.role)); onStatus(t('copiedQuote')); } catch (e) { onStatus(t('copyFailed', e.message)); }
          },
        }, t('copy'))));
    })));
  el.quotes.replaceChildren(table);
}

// Copying a selection inside one quote of the article adds its speaker.
export function setupQuoteCopy() {
  document.addEventListener('copy', (ev) => {
    const sel = getSelection();
    if (!sel || sel.isCollapsed || !el.output.contains(sel.anchorNode)) return;
    const anc = sel.getRangeAt(0).commonAncestorContainer;
    const quote = (anc instanceof Element ? anc : anc.parentElement)?.closest('.rs-quote');
    if (!quote || !el.output.contains(quote)) return;
    const q = state.doc?.quotes[Number(quote.dataset.q)];
    const sp = q?.speaker ? entityById(q.speaker) : null;
    if (!sp) return;
    ev.clipboardData.setData('text/plain', citation(sel.toString().trim(), sp.name, sp.role));
    ev.preventDefault();
  });
}
