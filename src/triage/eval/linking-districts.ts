import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readRosterFile } from '../../cadres/roster/roster-file.js';
import { validateRosterRow } from '../../cadres/roster/roster-row.js';
import { readMentions } from '../linking/link-subjects.js';
import { RosterIndex, type RosterPerson } from '../linking/roster-index.js';
import { everydayWords } from '../text/segmenter.js';
import type { TriageConfig } from '../triage-config.js';
import type { LinkingDistrict } from './linking-lodo.js';

/** The districts kept for evaluation (docs/triage.md): never fitted on. */
export const HELD_OUT_DISTRICTS: readonly string[] = ['baixi', 'songgang'];

/**
 * Reads a labelled district (DIR/cadres.csv, DIR/tips.jsonl) as linking sees it: the roster
 * as the import stores it (each unit under its own name, no other names), each tip's text as
 * intake stores it, and the mentions read from each tip once.
 */
export async function readLinkingDistrict(dir: string, config: TriageConfig): Promise<LinkingDistrict> {
  const name = basename(dir);
  if (HELD_OUT_DISTRICTS.includes(name)) throw new Error(`${dir} is a held-out district: linking is never fitted or chosen on it`);
  const sheet = await readRosterFile(readFileSync(join(dir, 'cadres.csv')));
  const people: RosterPerson[] = sheet.rows.map(({ rowNumber, raw }) => {
    const checked = validateRosterRow(raw);
    if ('problems' in checked) throw new Error(`${dir}/cadres.csv line ${rowNumber}: ${checked.problems.join('; ')}`);
    const r = checked.row;
    return {
      id: r.personNo,
      personNo: r.personNo,
      name: r.name,
      unit: r.unit,
      post: r.post,
      rank: r.level,
      gender: r.gender,
      postSince: r.postSince,
    };
  });
  const units = [...new Set(people.map((p) => p.unit))].sort().map((unit) => ({ name: unit, aliases: [] }));
  const index = new RosterIndex(
    people,
    units,
    config,
    everydayWords(
      people.map((p) => p.name),
      config.linking.commonWordFrequency,
    ),
  );
  const tips = readFileSync(join(dir, 'tips.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; text: string; labels: { subjects: string[]; ambiguous: boolean } })
    .map((t) => ({
      id: t.id,
      text: t.text,
      labels: { subjects: t.labels.subjects, ambiguous: t.labels.ambiguous },
      readings: readMentions(t.text, index),
    }));
  return { name, tips };
}
