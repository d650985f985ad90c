// The page's entry: wires the modules together and starts the analyzer.
//   start.js      starts the package's worker (index.html runs it first)
//   analysis.js   the analyzer on the page: scheduling, progress, errors
//   render.js     one analysis on screen (renderer.js from the package)
//   panel.js      legend, entities, quotes, sources
//   timeline.js   the dates panel
//   navigation.js keyboard and pointer moves between highlights
//   card.js       the card beside a highlight
//   exports.js    JSON, displaCy, Copy HTML
//   input.js      the article box and its controls
//   theme.js      light, dark, auto
//   offline.js    the service worker
//   state.js, dom.js  shared state, status, DOM helpers
import { startAnalyzer } from './analysis.js';
import { el } from './dom.js';
import { setupExports } from './exports.js';
import { setupInput } from './input.js';
import { setupNavigation } from './navigation.js';
import { today } from './state.js';
import { setupTheme } from './theme.js';

setupTheme();
el.date.value = today();
startAnalyzer();
setupNavigation();
setupExports();
setupInput();
