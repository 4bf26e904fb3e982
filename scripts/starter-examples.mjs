// `node scripts/starter-examples.mjs`: writes config/starter-examples.jsonl, the labelled
// tips the learned category model starts from before a district's staff have confirmed any
// (model.starterExamples in config/triage.yaml). They come from the project's own tuning
// districts only: never from the held-out 白溪 and 松岗 (eval/districts/baixi, songgang), whose
// figures must stay a measurement, nor from the shared development set.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
export const STARTER_DISTRICTS = ['beitang', 'donghu', 'nanjiang', 'xiling', 'yunling', 'shimen', 'haibin', 'zean'];

export function starterLines() {
  return STARTER_DISTRICTS.flatMap((district) =>
    readFileSync(join(root, 'eval/districts', district, 'tips.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line))
      .map((tip) => JSON.stringify({ district, category: tip.labels.category, text: tip.text })),
  );
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const lines = starterLines();
  writeFileSync(join(root, 'config/starter-examples.jsonl'), lines.join('\n') + '\n');
  console.log(`wrote ${lines.length} starter examples from ${STARTER_DISTRICTS.join(', ')}`);
}
