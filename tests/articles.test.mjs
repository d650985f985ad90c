// The real articles with gold (../shared/data/articles-es and articles-en,
// scored by ../shared/tools/score_articles.py, as scripts/eval-articles
// does): no figure may drop below its floor in articles-floor.json. Skipped
// when the shared data is absent (a clone of the project alone).
import { test } from 'node:test';
import fs from 'node:fs';
import path from 'node:path';
import { cli, sourceDir } from './lib/env.mjs';
import { assertFloors } from './lib/floors.mjs';

const scorer = path.join(sourceDir, '..', 'shared', 'tools', 'score_articles.py');
const floor = JSON.parse(fs.readFileSync(path.join(sourceDir, 'tests', 'articles-floor.json'), 'utf8'));

for (const [lang, floors] of Object.entries(floor.floors)) {
  const data = path.join(sourceDir, '..', 'shared', 'data', `articles-${lang}`);
  const skip = !fs.existsSync(scorer) || !fs.existsSync(data) ? `no ../shared articles-${lang} data` : false;
  test(`articles-${lang}: no figure below its floor`, { skip }, () => {
    assertFloors([scorer, '--cli', cli, '--lang', lang, data], sourceDir, floors);
  });
}
