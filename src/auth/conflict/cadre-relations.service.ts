import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService, type AuditActor } from '../../audit/audit.service.js';
import { DomainException, notFound } from '../../infra/http/domain-exception.js';
import { isUuid } from '../../infra/http/id-param.js';

/** What the related cadre is to the cadre (配偶、父母、子女、兄弟姐妹、姻亲、其他近亲属). */
export const RELATION_KINDS = ['SPOUSE', 'PARENT', 'CHILD', 'SIBLING', 'IN_LAW', 'OTHER_CLOSE'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/** The same relation seen from the other cadre: a parent's child is the child's parent. */
export function inverseRelation(kind: RelationKind): RelationKind {
  return kind === 'PARENT' ? 'CHILD' : kind === 'CHILD' ? 'PARENT' : kind;
}

export interface CadreRelation {
  /** The other cadre, and what they are to the cadre asked about. */
  cadreId: string;
  personNo: string;
  name: string;
  unitName: string;
  post: string;
  kind: RelationKind;
  recordedAt: Date;
}

/**
 * Recorded close relations between cadres (table cadre_relation), for 回避: a relative of a
 * tip's subject does not see the tip (report_conflict() in the database reads this table).
 */
@Injectable()
export class CadreRelationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Both directions of every relation of the cadre, the other cadre's side in `kind`. */
  async listFor(cadreId: string): Promise<CadreRelation[]> {
    if (!isUuid(cadreId)) return [];
    const rows = await this.dataSource.query<
      Array<{
        other: string;
        person_no: string;
        name: string;
        unit_name: string;
        post: string;
        kind: RelationKind;
        forward: boolean;
        recorded_at: Date;
      }>
    >(
      `SELECT r.other, c.person_no, c.name, u.name AS unit_name, c.post, r.kind, r.forward, r.recorded_at
         FROM (SELECT related_cadre_id AS other, kind, true AS forward, recorded_at FROM cadre_relation WHERE cadre_id = $1
               UNION ALL
               SELECT cadre_id, kind, false, recorded_at FROM cadre_relation WHERE related_cadre_id = $1) r
         JOIN cadre c ON c.id = r.other JOIN unit u ON u.id = c.unit_id
        ORDER BY r.recorded_at, c.person_no`,
      [cadreId],
    );
    return rows.map((r) => ({
      cadreId: r.other,
      personNo: r.person_no,
      name: r.name,
      unitName: r.unit_name,
      post: r.post,
      kind: r.forward ? r.kind : inverseRelation(r.kind),
      recordedAt: r.recorded_at,
    }));
  }

  /** Records (or corrects) that `relatedCadreId` is the cadre's `kind`; one row per pair, whichever way round. */
  async record(input: { cadreId: string; relatedCadreId: string; kind: RelationKind }, actor: AuditActor): Promise<void> {
    if (input.cadreId === input.relatedCadreId) throw new DomainException(HttpStatus.BAD_REQUEST, 'SAME_CADRE', '不能记录干部与本人的关系');
    await this.dataSource.transaction(async (m) => {
      const found: Array<{ id: string }> = await m.query(`SELECT id FROM cadre WHERE id = ANY($1::uuid[]) FOR SHARE`, [
        [input.cadreId, input.relatedCadreId],
      ]);
      if (found.length !== 2) throw notFound('干部');
      // Recorded the other way round before: correct that row rather than keep two.
      // TypeORM answers an UPDATE or DELETE with [rows, affected].
      const [, corrected] = await m.query<[unknown[], number]>(
        `UPDATE cadre_relation SET kind = $3, recorded_by = $4, recorded_at = now()
          WHERE cadre_id = $1 AND related_cadre_id = $2`,
        [input.relatedCadreId, input.cadreId, inverseRelation(input.kind), actor.actorId ?? null],
      );
      if (corrected === 0) {
        await m.query(
          `INSERT INTO cadre_relation (cadre_id, related_cadre_id, kind, recorded_by) VALUES ($1, $2, $3, $4)
           ON CONFLICT (cadre_id, related_cadre_id) DO UPDATE SET kind = EXCLUDED.kind, recorded_by = EXCLUDED.recorded_by, recorded_at = now()`,
          [input.cadreId, input.relatedCadreId, input.kind, actor.actorId ?? null],
        );
      }
    });
    await this.audit.record({
      ...actor,
      action: 'cadre.relation.record',
      targetType: 'cadres',
      targetId: input.cadreId,
      details: { ...input },
    });
  }

  /** Removes the relation between the two cadres, whichever way round it was recorded. */
  async remove(cadreId: string, relatedCadreId: string, actor: AuditActor): Promise<void> {
    if (!isUuid(cadreId) || !isUuid(relatedCadreId)) throw notFound('关系记录');
    const [, removed] = await this.dataSource.query<[unknown[], number]>(
      `DELETE FROM cadre_relation WHERE (cadre_id = $1 AND related_cadre_id = $2) OR (cadre_id = $2 AND related_cadre_id = $1)`,
      [cadreId, relatedCadreId],
    );
    if (removed === 0) throw notFound('关系记录');
    await this.audit.record({
      ...actor,
      action: 'cadre.relation.remove',
      targetType: 'cadres',
      targetId: cadreId,
      details: { relatedCadreId },
    });
  }
}
