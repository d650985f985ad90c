// What the core accepts: the size limit, well-formed UTF-16, languages and
// the date format. Shared by the analyzer, its worker client and the web app.
import { resaltaError } from './errors.js';

/** The core rejects more UTF-8 bytes than this (core/include/resalta/analyzer.h). */
export const MAX_TEXT_BYTES = 10 * 1024 * 1024;

export const LANGS = ['es', 'en'];

// Lone surrogates would be mangled by embind's UTF-8 conversion; U+FFFD
// keeps the length, so offsets stay 1:1 with the caller's string.
export function wellFormed(text) {
  if (typeof text.toWellFormed === 'function') return text.toWellFormed();
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** The UTF-8 length of `text` (a lone surrogate counts as U+FFFD), without encoding it. */
export function utf8Length(text) {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

// Throws 'too-large' (with `bytes` and `limit`) before the text is copied anywhere.
export function checkSize(text, what) {
  if (text.length * 3 <= MAX_TEXT_BYTES) return;  // cannot exceed the limit: skip the count
  const bytes = utf8Length(text);
  if (bytes <= MAX_TEXT_BYTES) return;
  throw Object.assign(resaltaError('too-large', what, `text too large: ${bytes} bytes of UTF-8; the limit is ${MAX_TEXT_BYTES} bytes`),
    { bytes, limit: MAX_TEXT_BYTES });
}

export function checkLang(lang, what) {
  if (lang !== 'auto' && !LANGS.includes(lang)) {
    throw resaltaError('invalid-argument', what, `unknown language ${JSON.stringify(lang)}: use "es", "en" or "auto"`);
  }
}

// A Date or "YYYY-MM-DD" (or empty) -> the core's date string.
export function dateString(date) {
  if (date === undefined || date === null || date === '') return '';
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) throw resaltaError('invalid-argument', 'analyze', 'options.date is an invalid Date');
    const p = (n, w = 2) => String(n).padStart(w, '0');
    return `${p(date.getFullYear(), 4)}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
  }
  if (typeof date !== 'string') {
    throw resaltaError('invalid-argument', 'analyze', `options.date must be "YYYY-MM-DD" or a Date, got ${typeof date}`);
  }
  return date;
}
