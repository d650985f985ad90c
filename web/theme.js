// The theme button: auto (follows the system), light, dark; remembered.
import { el } from './dom.js';
import { onUiLang, t } from './i18n.js';

const media = matchMedia('(prefers-color-scheme: dark)');
const ORDER = ['auto', 'light', 'dark'];

function applyTheme() {
  const pref = localStorage.getItem('resalta-theme') ?? 'auto';
  const dark = pref === 'dark' || (pref === 'auto' && media.matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  const label = { auto: t('themeAuto', dark), light: t('themeLight'), dark: t('themeDark') }[pref];
  el.theme.textContent = t('themeLabel', label);
  el.theme.setAttribute('aria-label', t('themeAria', label));
}

export function setupTheme() {
  el.theme.addEventListener('click', () => {
    const pref = localStorage.getItem('resalta-theme') ?? 'auto';
    localStorage.setItem('resalta-theme', ORDER[(ORDER.indexOf(pref) + 1) % ORDER.length]);
    applyTheme();
  });
  media.addEventListener('change', applyTheme);
  onUiLang(applyTheme);
  applyTheme();
}
