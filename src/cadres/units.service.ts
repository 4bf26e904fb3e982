import { HttpStatus, Injectable } from '@nestjs/common';
import { DomainException, notFound } from '../infra/http/domain-exception.js';
import { quotaKey } from './post-titles.js';
import { overQuota } from './rules/quota.js';
import type { QuotaLine } from './dto/cadre.dto.js';
import { isUuid } from '../infra/http/id-param.js';
import type { Queryable } from '../infra/database/sql.js';
import { Reads } from '../infra/database/reads.js';
import { UnitsRepository, type OtherUnitName } from './units.repository.js';

export type { QuotaLine };

/** Units, their other names, and post quotas (职数) with the over-quota report. */
@Injectable()
export class UnitsService {
  constructor(
    private readonly repository: UnitsRepository,
    private readonly reads: Reads,
  ) {}

  private async requireUnit(unitId: string): Promise<void> {
    if (!isUuid(unitId) || !(await this.repository.exists(unitId))) throw notFound('单位');
  }

  /** Every unit with its other names (别名, 曾用名), by name: a staff read, on the replica when it is fit (Reads). */
  async list(): Promise<Array<{ id: string; name: string; otherNames: OtherUnitName[] }>> {
    return this.reads.run((on) => this.repository.withNames(on));
  }

  /** Units' current names by id (a vetting candidacy's unit, for 报备); unknown ids are absent. */
  namesOf(unitIds: string[], on?: Queryable): Promise<Map<string, string>> {
    return this.repository.namesOf([...new Set(unitIds.filter((id) => isUuid(id)))], on);
  }

  /** Adds an alias or a former name (e.g. the name before a reorganisation). */
  async addName(unitId: string, name: string, kind: 'ALIAS' | 'FORMER', inUseFrom: string | null = null): Promise<void> {
    await this.requireUnit(unitId);
    if (!(await this.repository.addName(unitId, name.trim(), kind, inUseFrom))) {
      const owner = await this.repository.ownerOfName(name.trim());
      throw new DomainException(
        HttpStatus.CONFLICT,
        'UNIT_NAME_TAKEN',
        `名称“${name}”已属于“${owner ?? '其他单位'}”，一个名称只能对应一个单位`,
      );
    }
  }

  /** Every name of the units these names belong to (a work history's units), with the month each came into use. */
  async namesOfUnitsNamed(names: string[]): Promise<Array<{ name: string; unitId: string; inUseFrom: string | null }>> {
    return this.repository.namesOfUnitsNamed([...new Set(names)]);
  }

  /**
   * The approved number of a rank or grade (副科) or of a post (副局长) at a unit. A post is
   * kept as the roster normaliser writes it, so "副局长（正科级）" typed is the 副局长 quota.
   */
  async setQuota(unitId: string, level: string, approved: number): Promise<void> {
    await this.requireUnit(unitId);
    await this.repository.setQuota(unitId, quotaKey(level), approved);
  }

  /** Approved and occupied posts at one unit and level; null when no quota is recorded. */
  async quotaAt(unitId: string, level: string): Promise<{ approved: number; occupied: number } | null> {
    return this.repository.quotaAt(unitId, quotaKey(level));
  }

  /** quotaAt for many unit and level pairs in one query, keyed `unitId|level`; pairs without a quota are absent. */
  async quotasAt(pairs: Array<{ unitId: string; level: string }>): Promise<Map<string, { approved: number; occupied: number }>> {
    const out = new Map<string, { approved: number; occupied: number }>();
    if (pairs.length === 0) return out;
    const rows = await this.repository.quotasAt(pairs.map((p) => ({ unitId: p.unitId, level: quotaKey(p.level) })));
    const stored = new Map(rows.map((r) => [`${r.unitId}|${r.level}`, { approved: r.approved, occupied: r.occupied }]));
    // Keyed as asked (a post as typed), found as stored (the post as normalised).
    for (const p of pairs) {
      const quota = stored.get(`${p.unitId}|${quotaKey(p.level)}`);
      if (quota) out.set(`${p.unitId}|${p.level}`, quota);
    }
    return out;
  }

  /**
   * Every unit and level with people in post or an approved quota; the over-quota ones first.
   * A staff read, on the replica when it is fit (Reads), unless the caller's read already chose (`on`).
   */
  async quotaReport(onlyOver = false, on?: Queryable): Promise<QuotaLine[]> {
    const rows = on ? await this.repository.quotaReport(on) : await this.reads.run((o) => this.repository.quotaReport(o));
    const lines = rows.map((r) => ({
      ...r,
      over: r.approved === null ? null : overQuota({ approved: r.approved, occupied: r.occupied }),
    }));
    const filtered = onlyOver ? lines.filter((l) => l.over !== null && l.over > 0) : lines;
    return filtered.sort((a, b) => Number((b.over ?? 0) > 0) - Number((a.over ?? 0) > 0));
  }
}
