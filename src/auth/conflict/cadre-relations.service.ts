import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService, type AuditActor } from '../../audit/audit.service.js';
import { CadresRepository } from '../../cadres/cadres.repository.js';
import { CadresService } from '../../cadres/cadres.service.js';
import { AuthRepository } from '../auth.repository.js';
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
    private readonly repository: AuthRepository,
    private readonly cadres: CadresService,
    private readonly cadreRows: CadresRepository,
  ) {}

  /** Both directions of every relation of the cadre, the other cadre's side in `kind`. */
  async listFor(cadreId: string): Promise<CadreRelation[]> {
    if (!isUuid(cadreId)) return [];
    const relations = await this.repository.relationsOf(cadreId);
    const others = new Map((await this.cadres.getByIds([...new Set(relations.map((r) => r.otherCadreId))])).map((c) => [c.id, c]));
    return relations
      .flatMap((r) => {
        const other = others.get(r.otherCadreId);
        if (!other) return [];
        const kind = r.kind as RelationKind;
        return [
          {
            cadreId: r.otherCadreId,
            personNo: other.personNo,
            name: other.name,
            unitName: other.unitName,
            post: other.post,
            kind: r.forward ? kind : inverseRelation(kind),
            recordedAt: r.recordedAt,
          },
        ];
      })
      .sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime() || (a.personNo < b.personNo ? -1 : a.personNo > b.personNo ? 1 : 0));
  }

  /** Records (or corrects) that `relatedCadreId` is the cadre's `kind`; one row per pair, whichever way round. */
  async record(input: { cadreId: string; relatedCadreId: string; kind: RelationKind }, actor: AuditActor): Promise<void> {
    if (input.cadreId === input.relatedCadreId) throw new DomainException(HttpStatus.BAD_REQUEST, 'SAME_CADRE', '不能记录干部与本人的关系');
    await this.dataSource.transaction(async (m) => {
      const found = await this.cadreRows.lockExisting(m, [input.cadreId, input.relatedCadreId]);
      if (found.length !== 2) throw notFound('干部');
      // Recorded the other way round before: correct that row rather than keep two.
      const corrected = await this.repository.correctRelation(m, {
        cadreId: input.relatedCadreId,
        relatedCadreId: input.cadreId,
        kind: inverseRelation(input.kind),
        recordedBy: actor.actorId ?? null,
      });
      if (!corrected) {
        await this.repository.upsertRelation(m, {
          cadreId: input.cadreId,
          relatedCadreId: input.relatedCadreId,
          kind: input.kind,
          recordedBy: actor.actorId ?? null,
        });
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
    if (!(await this.repository.removeRelation(cadreId, relatedCadreId))) throw notFound('关系记录');
    await this.audit.record({
      ...actor,
      action: 'cadre.relation.remove',
      targetType: 'cadres',
      targetId: cadreId,
      details: { relatedCadreId },
    });
  }
}
