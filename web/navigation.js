// Moving through the highlighted article: one tab stop, arrow keys between
// visible highlights, Home/End, clicks, and jumps from the side panel.
import { hideCard, showCard } from './card.js';
import { el } from './dom.js';
import { t } from './i18n.js';
import { isVisible, setStatus, state } from './state.js';

// Highlights and quotes in reading order (a quote comes before the names inside it).
export function highlights() {
  return [...el.output.querySelectorAll('.rs-ent[data-start], .rs-quote[data-start]')].filter(isVisible);
}
export function firstVisibleHighlight() { return highlights()[0] ?? null; }

export function focusHighlight(mark) {
  for (const m of el.output.querySelectorAll('[tabindex="0"]')) m.tabIndex = -1;
  mark.tabIndex = 0;
  mark.focus({ preventScroll: true });
  mark.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  showCard(mark);
}

// Selects text that has no highlight element (a hidden type, a mention
// that is not a span, a quote) so it is visible and announced.
function selectRange(start, end) {
  const walker = document.createTreeWalker(el.output, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let pos = 0;
  let startSet = false;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const len = n.data.length;
    if (!startSet && start <= pos + len) { range.setStart(n, start - pos); startSet = true; }
    if (startSet && end <= pos + len) { range.setEnd(n, end - pos); break; }
    pos += len;
  }
  if (!startSet) return;
  const sel = getSelection();
  sel.removeAllRanges();
  sel.addRange(range);
  range.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
}

export function goToRange(start, end, elem) {
  const mark = elem?.matches('.rs-ent, .rs-quote') ? elem
    : el.output.querySelector(`.rs-ent[data-start="${start}"]`);
  if (mark && isVisible(mark) && mark.dataset.start === String(start)) { focusHighlight(mark); return; }
  selectRange(start, end);
}

/** Each activation goes to the entity's next mention. */
export function stepMentions(e) {
  if (!e.mentions.length) return;
  const i = ((state.stepper.get(e.id) ?? -1) + 1) % e.mentions.length;
  state.stepper.set(e.id, i);
  const m = e.mentions[i];
  goToRange(m.start, m.end);
  setStatus(t('mentionOf', e.name, i + 1, e.mentions.length));
}

const KEYS = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: -Infinity, End: Infinity };
const markOf = (n) => (n instanceof Element ? n.closest('.rs-ent, .rs-quote') : null);
// The first piece of a highlight split around another range carries the card.
const firstPiece = (m) => (m.classList.contains('rs-quote')
  ? el.output.querySelector(`.rs-quote[data-q="${m.dataset.q}"][data-start]`)
  : el.output.querySelector(`.rs-ent[data-i="${m.dataset.i}"][data-start]`)) ?? m;

// "C" on a name opens its corrections in the panel (type, merge, split).
function correctFocused() {
  const id = markOf(document.activeElement)?.dataset.entity;
  const form = id && el.entities.querySelector(`button[data-entity="${CSS.escape(id)}"] + details`);
  if (!form) return;
  form.open = true;
  form.dispatchEvent(new Event('toggle'));
  form.querySelector('select')?.focus();
}

// Focus moved by a key can scroll the page under a mouse that stays still,
// and the browser then reports the mouse over whatever highlight is now
// beneath it; that must not bring back a card the reader just hid. While
// the keyboard leads, only a mouse that really moved shows cards.
let pointer = { x: NaN, y: NaN };  // last screen position of the mouse
let keyboardAt = null;             // where the mouse was when a key last led

export function setupNavigation() {
  el.output.addEventListener('keydown', (ev) => {
    keyboardAt = { ...pointer };
    if (ev.key === 'Escape') { hideCard(); return; }
    if ((ev.key === 'c' || ev.key === 'C') && !ev.altKey && !ev.ctrlKey && !ev.metaKey) { correctFocused(); return; }
    if (!(ev.key in KEYS) || ev.altKey || ev.ctrlKey || ev.metaKey) return;
    const list = highlights();
    if (!list.length) return;
    ev.preventDefault();
    const step = KEYS[ev.key];
    let idx = list.indexOf(document.activeElement);
    if (step === -Infinity) idx = 0;
    else if (step === Infinity) idx = list.length - 1;
    else if (idx < 0) idx = step > 0 ? 0 : list.length - 1;
    else idx = Math.max(0, Math.min(list.length - 1, idx + step));
    focusHighlight(list[idx]);
  });
  const pointAt = (ev) => {
    const m = markOf(ev.target);
    if (m) showCard(firstPiece(m));
  };
  el.output.addEventListener('mouseover', (ev) => { if (!keyboardAt) pointAt(ev); });
  el.output.addEventListener('mousemove', (ev) => {
    pointer = { x: ev.screenX, y: ev.screenY };
    if (keyboardAt && (pointer.x !== keyboardAt.x || pointer.y !== keyboardAt.y)) {
      keyboardAt = null;
      pointAt(ev);
    }
  });
  el.output.addEventListener('mouseleave', () => { if (!markOf(document.activeElement)) hideCard(); });
  el.output.addEventListener('focusin', (ev) => { const m = markOf(ev.target); if (m) showCard(m); });
  el.output.addEventListener('focusout', (ev) => { if (!markOf(ev.relatedTarget)) hideCard(); });
  el.output.addEventListener('click', (ev) => {
    const m = markOf(ev.target);
    if (m) focusHighlight(firstPiece(m));
  });
}
