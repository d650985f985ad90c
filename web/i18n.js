// The interface language: the browser's by default (Spanish or English),
// switchable, remembered in localStorage. Strings come from one catalogue
// per language (i18n/es.js, i18n/en.js); static markup names its string
// with data-i18n (text), data-i18n-aria, data-i18n-placeholder and
// data-i18n-title. Dates are shown in the interface language's order.
import en from './i18n/en.js';
import es from './i18n/es.js';

export const CATALOGUES = { es, en };
const STORE_KEY = 'resalta-ui-lang';
const listeners = [];

// localStorage may be missing (a test under Node) or refused (privacy settings).
const store = {
  get: (k) => { try { return globalThis.localStorage?.getItem(k) ?? null; } catch { return null; } },
  set: (k, v) => { try { globalThis.localStorage?.setItem(k, v); } catch { /* not remembered */ } },
};

function initialLang() {
  const stored = store.get(STORE_KEY);
  if (stored && Object.hasOwn(CATALOGUES, stored)) return stored;
  for (const l of globalThis.navigator?.languages ?? [globalThis.navigator?.language]) {
    const base = String(l).toLowerCase().split('-')[0];
    if (Object.hasOwn(CATALOGUES, base)) return base;
  }
  return 'en';
}

let current = initialLang();

export const uiLang = () => current;

/** The string `key` (a dotted path) in the interface language; functions get `args`. */
export function t(key, ...args) {
  let v = CATALOGUES[current];
  for (const part of key.split('.')) v = v?.[part];
  if (v === undefined) { v = CATALOGUES.en; for (const part of key.split('.')) v = v?.[part]; }
  return typeof v === 'function' ? v(...args) : (v ?? key);
}

/** The string `key`, or `fallback` when no catalogue has it. */
export function tOr(key, fallback, ...args) {
  let v = CATALOGUES[current];
  for (const part of key.split('.')) v = v?.[part];
  if (v === undefined) return fallback;
  return typeof v === 'function' ? v(...args) : v;
}

/** A span type's plain name ("PER" -> "Persona"); unknown types pass through. */
export function typeLabel(type) {
  const names = CATALOGUES[current].types;
  return Object.hasOwn(names, type) ? names[type] : String(type);
}

/** Fills the static markup's strings. */
export function applyStatic(root = document) {
  document.documentElement.lang = current;
  document.title = t('title');
  for (const n of root.querySelectorAll('[data-i18n]')) n.textContent = t(n.dataset.i18n);
  for (const [attr, data] of [['aria-label', 'i18nAria'], ['placeholder', 'i18nPlaceholder'], ['title', 'i18nTitle']]) {
    for (const n of root.querySelectorAll(`[data-${data.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}]`)) n.setAttribute(attr, t(n.dataset[data]));
  }
}

export function setUiLang(lang) {
  if (!Object.hasOwn(CATALOGUES, lang) || lang === current) return;
  current = lang;
  store.set(STORE_KEY, lang);
  if (globalThis.document) applyStatic();
  for (const fn of listeners) fn(lang);
}
export function onUiLang(fn) { listeners.push(fn); }

// Day-month-year order per language, for the date field.
const ORDER = { es: ['d', 'm', 'y'], en: ['m', 'd', 'y'] };

/** "YYYY-MM-DD" -> the field's text in the interface language ("18/10/2023", "10/18/2023"). */
export function dateToField(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!m) return '';
  const parts = { y: m[1], m: m[2], d: m[3] };
  return ORDER[current].map((k) => parts[k]).join('/');
}

/** The field's text -> "YYYY-MM-DD"; '' when empty, null when not a real date. Also takes ISO. */
export function fieldToDate(value) {
  const v = String(value ?? '').trim();
  if (!v) return '';
  let y; let mo; let d;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  if (iso) [, y, mo, d] = iso;
  else {
    const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v);
    if (!m) return null;
    const parts = {};
    ORDER[current].forEach((k, i) => { parts[k] = m[i + 1]; });
    ({ y, m: mo, d } = parts);
  }
  const dt = new Date(Date.UTC(+y, +mo - 1, +d));
  if (dt.getUTCFullYear() !== +y || dt.getUTCMonth() !== +mo - 1 || dt.getUTCDate() !== +d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * An ISO value for people, in the interface language: "2023-10-18" ->
 * "18 oct 2023", "2023-10" -> "octubre de 2023", "2023-W07" -> "semana 7 de
 * 2023", "2013-02-12T15:30" -> "12 feb 2013, 15:30", "a/b" -> "a – b".
 * Anything else (durations, unknown shapes) is returned as is.
 */
const formatters = new Map();
function dateFormat(options) {
  const key = `${current}|${JSON.stringify(options)}`;
  if (!formatters.has(key)) formatters.set(key, new Intl.DateTimeFormat(CATALOGUES[current].locale, { ...options, timeZone: 'UTC' }));
  return formatters.get(key);
}

/** Milliseconds at a UTC date; Date.UTC reads a year 0-99 as 1900-1999, so the year is set apart
 * ("0079-08-24", and "-0043" for 44 BC). */
export function utc(y, mo, d = 1, h = 0, mi = 0) {
  const dt = new Date(Date.UTC(2000, mo, d, h, mi));
  dt.setUTCFullYear(y, mo, d);
  return dt.getTime();
}

export function formatIso(iso) {
  const s = String(iso ?? '');
  if (s.includes('/')) {
    const [a, b] = s.split('/');
    return t('timeRange', formatIso(a), formatIso(b));
  }
  let m = /^(\d{4})-W(\d{2})$/.exec(s);
  if (m) return t('week', m[1], Number(m[2]));
  m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(s);
  if (m) {
    const dt = new Date(utc(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]));
    return dateFormat({ dateStyle: 'medium', timeStyle: 'short' }).format(dt);
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return dateFormat({ dateStyle: 'medium' }).format(new Date(utc(+m[1], +m[2] - 1, +m[3])));
  m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m) return dateFormat({ month: 'long', year: 'numeric' }).format(new Date(utc(+m[1], +m[2] - 1)));
  return s;
}

/** A number in the interface language. */
const numberFormats = new Map();
export function formatNumber(n) {
  if (!numberFormats.has(current)) numberFormats.set(current, new Intl.NumberFormat(CATALOGUES[current].locale, { maximumFractionDigits: 6 }));
  return numberFormats.get(current).format(Number(n));
}
