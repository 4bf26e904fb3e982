import { Injectable } from '@nestjs/common';
import { UnitsService } from '../../cadres/units.service.js';
import { AppConfig } from '../../infra/config/app-config.js';
import type { Queryable } from '../../infra/database/sql.js';
import type { PriorReportFact } from '../vetting-rules.js';
import { priorReportPostOf } from './prior-report.js';
import { PriorReportRepository } from './prior-report.repository.js';

/** A candidacy as 报备 reads it: its proposed post and the unit it is at, when the slate named one. */
export interface PriorReportSubject {
  id: string;
  proposedPost: string;
  unitId: string | null;
}

/**
 * Which candidacies need 报备 (the setting `vetting.priorReportPosts` read against the proposed
 * post and the unit's name) and what is recorded of it: the facts the vetting rule reads. No
 * dependency on the vetting service, which asks it while evaluating.
 */
@Injectable()
export class PriorReportFacts {
  constructor(
    private readonly repository: PriorReportRepository,
    private readonly units: UnitsService,
    private readonly config: AppConfig,
  ) {}

  /** The configured post each candidacy's proposed post matches, or null when it needs no 报备; by candidacy id. */
  async requiredPosts(subjects: PriorReportSubject[], on?: Queryable): Promise<Map<string, string | null>> {
    const posts = this.config.settings.vetting.priorReportPosts;
    if (posts.length === 0) return new Map(subjects.map((s) => [s.id, null]));
    const unitNames = await this.units.namesOf(
      subjects.flatMap((s) => (s.unitId ? [s.unitId] : [])),
      on,
    );
    return new Map(
      subjects.map((s) => [
        s.id,
        priorReportPostOf(s.proposedPost, s.unitId ? (unitNames.get(s.unitId) ?? null) : null, posts)?.post ?? null,
      ]),
    );
  }

  /** The 报备 facts of candidacies, by id: null for those whose post needs none. */
  async factsOf(subjects: PriorReportSubject[], on?: Queryable): Promise<Map<string, PriorReportFact | null>> {
    const required = await this.requiredPosts(subjects, on);
    const needing = subjects.filter((s) => required.get(s.id));
    const recorded = await this.repository.of(
      needing.map((s) => s.id),
      on,
    );
    return new Map(
      subjects.map((s) => {
        const post = required.get(s.id);
        if (!post) return [s.id, null];
        const r = recorded.get(s.id);
        return [s.id, { candidateId: s.id, post, sent: r?.sent ?? null, reply: r?.reply ?? null }];
      }),
    );
  }
}
