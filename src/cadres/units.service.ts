import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainException, notFound } from '../infra/http/domain-exception.js';
import { quotaKey } from './post-titles.js';
import { overQuota } from './rules/quota.js';
import type { QuotaLine } from './dto/cadre.dto.js';
import { isUuid } from '../infra/http/id-param.js';

export type { QuotaLine };

/**
 * Who occupies a quota (post_quota q, cadre c): at the unit, holding its post (q.level
 * 副局长) or its grade or rank (副科, 四级主任科员), as the roster import read the 职务 and
 * 职级 cells into quota_keys (cadres/post-titles.ts quotaKeys: 党组成员、副局长 and
 * 副局长（正科级） hold a 副局长 post; a 挂职 post holds nothing).
 */
const OCCUPIES_QUOTA = `c.unit_id = q.unit_id AND q.level = ANY (c.quota_keys)`;

/** Units, their other names, and post quotas (职数) with the over-quota report. */
@Injectable()
export class UnitsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private async requireUnit(unitId: string): Promise<void> {
    const [row]: unknown[] = isUuid(unitId) ? await this.dataSource.query(`SELECT 1 FROM unit WHERE id = $1`, [unitId]) : [];
    if (!row) throw notFound('单位');
  }

  /** Every unit with its other names (别名, 曾用名), by name. */
  async list(): Promise<Array<{ id: string; name: string; otherNames: Array<{ name: string; kind: 'ALIAS' | 'FORMER' }> }>> {
    const rows = await this.dataSource.query<
      Array<{ id: string; name: string; other_names: Array<{ name: string; kind: 'ALIAS' | 'FORMER' }> }>
    >(
      `SELECT u.id, u.name,
              coalesce(json_agg(json_build_object('name', n.name, 'kind', n.kind) ORDER BY n.kind, n.name) FILTER (WHERE n.kind <> 'CURRENT'), '[]') AS other_names
         FROM unit u LEFT JOIN unit_name n ON n.unit_id = u.id GROUP BY u.id, u.name ORDER BY u.name`,
    );
    return rows.map((r) => ({ id: r.id, name: r.name, otherNames: r.other_names }));
  }

  /** Adds an alias or a former name (e.g. the name before a reorganisation). */
  async addName(unitId: string, name: string, kind: 'ALIAS' | 'FORMER'): Promise<void> {
    await this.requireUnit(unitId);
    const rows: Array<{ unit_id: string }> = await this.dataSource.query(
      `INSERT INTO unit_name (name, unit_id, kind) VALUES ($1, $2, $3)
       ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind WHERE unit_name.unit_id = EXCLUDED.unit_id AND unit_name.kind <> 'CURRENT'
       RETURNING unit_id`,
      [name.trim(), unitId, kind],
    );
    if (rows.length === 0) {
      const [owner]: Array<{ name: string }> = await this.dataSource.query(
        `SELECT u.name FROM unit_name n JOIN unit u ON u.id = n.unit_id WHERE n.name = $1`,
        [name.trim()],
      );
      throw new DomainException(
        HttpStatus.CONFLICT,
        'UNIT_NAME_TAKEN',
        `名称“${name}”已属于“${owner?.name ?? '其他单位'}”，一个名称只能对应一个单位`,
      );
    }
  }

  /**
   * The approved number of a rank or grade (副科) or of a post (副局长) at a unit. A post is
   * kept as the roster normaliser writes it, so "副局长（正科级）" typed is the 副局长 quota.
   */
  async setQuota(unitId: string, level: string, approved: number): Promise<void> {
    await this.requireUnit(unitId);
    await this.dataSource.query(
      `INSERT INTO post_quota (unit_id, level, approved) VALUES ($1, $2, $3)
       ON CONFLICT (unit_id, level) DO UPDATE SET approved = EXCLUDED.approved, updated_at = now()`,
      [unitId, quotaKey(level), approved],
    );
  }

  /** Approved and occupied posts at one unit and level; null when no quota is recorded. */
  async quotaAt(unitId: string, level: string): Promise<{ approved: number; occupied: number } | null> {
    const [row]: Array<{ approved: number; occupied: number }> = await this.dataSource.query(
      `SELECT q.approved, (SELECT count(*)::int FROM cadre c WHERE ${OCCUPIES_QUOTA}) AS occupied
         FROM post_quota q WHERE q.unit_id = $1 AND q.level = $2`,
      [unitId, quotaKey(level)],
    );
    return row ?? null;
  }

  /** quotaAt for many unit and level pairs in one query, keyed `unitId|level`; pairs without a quota are absent. */
  async quotasAt(pairs: Array<{ unitId: string; level: string }>): Promise<Map<string, { approved: number; occupied: number }>> {
    const out = new Map<string, { approved: number; occupied: number }>();
    if (pairs.length === 0) return out;
    const rows: Array<{ unit_id: string; level: string; approved: number; occupied: number }> = await this.dataSource.query(
      `SELECT q.unit_id, q.level, q.approved, (SELECT count(*)::int FROM cadre c WHERE ${OCCUPIES_QUOTA}) AS occupied
         FROM post_quota q JOIN unnest($1::uuid[], $2::text[]) AS p(unit_id, level) ON q.unit_id = p.unit_id AND q.level = p.level`,
      [pairs.map((p) => p.unitId), pairs.map((p) => quotaKey(p.level))],
    );
    const stored = new Map(rows.map((r) => [`${r.unit_id}|${r.level}`, { approved: r.approved, occupied: r.occupied }]));
    // Keyed as asked (a post as typed), found as stored (the post as normalised).
    for (const p of pairs) {
      const quota = stored.get(`${p.unitId}|${quotaKey(p.level)}`);
      if (quota) out.set(`${p.unitId}|${p.level}`, quota);
    }
    return out;
  }

  /** Every unit and level with people in post or an approved quota; the over-quota ones first. */
  async quotaReport(onlyOver = false): Promise<QuotaLine[]> {
    const rows: Array<{ unit_id: string; unit_name: string; level: string; approved: number | null; occupied: number }> =
      await this.dataSource.query(
        `WITH occ AS (SELECT unit_id, level, count(*)::int AS occupied FROM cadre WHERE level IS NOT NULL GROUP BY unit_id, level)
       SELECT u.id AS unit_id, u.name AS unit_name, coalesce(q.level, o.level) AS level, q.approved,
              CASE WHEN q.level IS NULL THEN o.occupied ELSE (SELECT count(*)::int FROM cadre c WHERE ${OCCUPIES_QUOTA}) END AS occupied
         FROM post_quota q FULL JOIN occ o ON o.unit_id = q.unit_id AND o.level = q.level
         JOIN unit u ON u.id = coalesce(q.unit_id, o.unit_id)
        ORDER BY u.name, 3`,
      );
    const lines = rows.map((r) => ({
      unitId: r.unit_id,
      unitName: r.unit_name,
      level: r.level,
      approved: r.approved,
      occupied: r.occupied,
      over: r.approved === null ? null : overQuota({ approved: r.approved, occupied: r.occupied }),
    }));
    const filtered = onlyOver ? lines.filter((l) => l.over !== null && l.over > 0) : lines;
    return filtered.sort((a, b) => Number((b.over ?? 0) > 0) - Number((a.over ?? 0) > 0));
  }
}
