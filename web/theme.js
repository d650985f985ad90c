// The theme button: auto (follows the system), light, dark; remembered.
import { el } from './dom.js';

const media = matchMedia('(prefers-color-scheme: dark)');
const ORDER = ['auto', 'light', 'dark'];

function applyTheme() {
  const pref = localStorage.getItem('resalta-theme') ?? 'auto';
  const dark = pref === 'dark' || (pref === 'auto' && media.matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  const label = { auto: `Auto (${dark ? 'dark' : 'light'})`, light: 'Light', dark: 'Dark' }[pref];
  el.theme.textContent = `Theme: ${label}`;
  el.theme.setAttribute('aria-label', `Theme: ${label}. Activate to change.`);
}

export function setupTheme() {
  el.theme.addEventListener('click', () => {
    const pref = localStorage.getItem('resalta-theme') ?? 'auto';
    localStorage.setItem('resalta-theme', ORDER[(ORDER.indexOf(pref) + 1) % ORDER.length]);
    applyTheme();
  });
  media.addEventListener('change', applyTheme);
  applyTheme();
}
