import { Injectable, Logger } from '@nestjs/common';
import { CadresService } from '../cadres/cadres.service.js';
import { AppConfig } from '../infra/config/app-config.js';
import type { CategoryDefinition } from '../infra/config/settings.schema.js';
import { RosterIndex, type RosterPerson, type RosterUnit } from './linking/roster-index.js';
import type { WordSet } from './text/content-tokens.js';
import { everydayWords, Segmenter, type UserWord } from './text/segmenter.js';
import type { TriageConfig } from './triage-config.js';
import { TriageSettings } from './triage-settings.js';

export interface RosterTools {
  stamp: string;
  index: RosterIndex;
  segmenter: Segmenter;
  /** Words that only identify people, left out when comparing tips' content. */
  identifying: WordSet;
}

/**
 * The roster's indexes and the segmenter for one roster snapshot: pure, so a benchmark or a
 * test builds exactly what the worker does.
 */
export function buildRosterTools(
  stamp: string,
  people: readonly RosterPerson[],
  units: readonly RosterUnit[],
  triage: TriageConfig,
  categories: readonly CategoryDefinition[],
): RosterTools {
  const index = new RosterIndex(
    people,
    units,
    triage,
    everydayWords(
      people.map((p) => p.name),
      triage.linking.commonWordFrequency,
    ),
  );
  const words: UserWord[] = [
    ...people.map((p) => ({ word: p.name, tag: 'nr' as const })),
    ...[...index.unitAliases.keys()].map((word) => ({ word, tag: 'nt' as const })),
    ...triage.postTitles.flatMap((t) => [t, `副${t}`]).map((word) => ({ word, tag: 'n' as const })),
    ...categories
      .flatMap((c) => Object.keys(c.keywords))
      .flatMap((k) => k.split('+'))
      .filter((k) => !k.startsWith('/'))
      .map((word) => ({ word, tag: 'n' as const })),
  ];
  return { stamp, index, segmenter: new Segmenter(words), identifying: index.identifyingWords() };
}

/**
 * The roster's in-memory indexes and the segmenter whose user dictionary holds the
 * roster's names, units and posts plus the taxonomy's words. Built once per roster
 * change (a cheap stamp query tells), never by scanning the roster per tip.
 */
@Injectable()
export class RosterCache {
  private readonly logger = new Logger(RosterCache.name);
  private current: RosterTools | null = null;
  private building: Promise<RosterTools> | null = null;

  constructor(
    private readonly cadres: CadresService,
    private readonly config: AppConfig,
    private readonly settings: TriageSettings,
  ) {}

  /** The current roster stamp: read once for a batch of tips, then handed to `tools`. */
  stamp(): Promise<string> {
    return this.cadres.rosterStamp();
  }

  /** `stamp`: the current roster stamp when the caller read it along with its own data. */
  async tools(stamp?: string): Promise<RosterTools> {
    stamp ??= await this.cadres.rosterStamp();
    if (this.current?.stamp === stamp) return this.current;
    // Let go of the old indexes before building new ones: once the jobs still using them
    // finish, the collector can take them while the new ones are built, so a roster change
    // does not hold two 100,000-cadre indexes at once.
    this.current = null;
    this.building ??= this.build().finally(() => (this.building = null));
    return this.building;
  }

  private async build(): Promise<RosterTools> {
    const started = Date.now();
    const { stamp, people, units } = await this.cadres.rosterSnapshot();
    this.current = buildRosterTools(stamp, people, units, this.settings.value, this.config.categories);
    this.logger.log(
      `roster indexes built for revision ${stamp}: ${people.length} cadres, ${units.length} units, ${Date.now() - started} ms`,
    );
    return this.current;
  }
}
