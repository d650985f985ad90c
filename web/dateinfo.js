// The date the analysis used, shown next to it with where it came from
// (typed, read from the text, today), and a warning when relative dates
// ("el martes") were resolved against today. The core reports it as
// doc.published; with a core that does not, the page shows the date it
// sent and why.
import { el, node } from './dom.js';
import { formatIso, t } from './i18n.js';
import { state } from './state.js';

/** {date, source} the analysis used: doc.published, else what the page sent. */
export function dateInUse(doc, job) {
  const p = doc?.published;
  if (p && typeof p === 'object') return { date: p.date ?? '', source: p.source || (p.date ? 'text' : 'none'), start: p.start, end: p.end, text: p.text ?? '' };
  if (job?.date) return { date: job.date, source: job.origin || 'option' };
  return { date: '', source: 'none' };
}

// A DATE with a value but no written year was resolved against the date in use.
export function relativeDates(doc) {
  return (doc?.spans ?? []).filter((s) => s.type === 'DATE' && s.value?.iso && !/\d{4}/.test(s.text));
}

export function renderDateInUse() {
  const info = state.dateInfo;
  if (!state.text || !info) { el.dateUsed.hidden = true; return; }
  const parts = [node('strong', { text: `${t('dateInUse')}: ` })];
  const where = info.source === 'text' && info.text ? `: «${info.text}»` : '';
  if (info.date) parts.push(node('span', { class: 'date-value', text: formatIso(info.date) }), ` (${t(`dateOrigin.${info.source}`)}${where})`);
  else parts.push(t('noDate'));
  const rel = info.source === 'default' ? relativeDates(state.doc).length : 0;
  if (rel) parts.push(node('span', { class: 'warn', role: 'note', text: ` ⚠ ${t('relativeWarning', rel)}` }));
  el.dateUsed.replaceChildren(...parts);
  el.dateUsed.dataset.source = info.source;
  el.dateUsed.hidden = false;
}
