import { z } from 'zod';
import { Reads } from '../../infra/database/reads.js';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { RosterImportRepository } from './roster-import.repository.js';
import { DomainException } from '../../infra/http/domain-exception.js';
import { readRosterFile, RosterFileError, writeRosterXlsx } from './roster-file.js';
import { ROSTER_COLUMNS, validateRosterRow, type RosterRow } from './roster-row.js';
import { quotaKeys } from '../post-titles.js';
import { surnameOf } from './surname.js';
import { textOf } from '../../infra/text/text-of.js';
import { randomUUID } from 'node:crypto';
import { OutboxService } from '../../infra/queue/outbox.service.js';
import type { JobItem } from '../../infra/queue/jobs.js';
import { FileAuditRepository } from '../file-audit/file-audit.repository.js';
import { rosterConflicts, type EducationLevel, type FactKind, type RosterConflict } from '../file-audit/file-rules.js';

/**
 * ALL_OR_NOTHING (the default): a file with any bad row is refused whole and nothing
 * changes. SKIP_INVALID: the good rows are applied and the bad ones reported as skipped.
 * Either way the rows applied commit in one transaction: never half a file.
 */
export type ImportMode = 'ALL_OR_NOTHING' | 'SKIP_INVALID';

const rowErrorSchema = z.object({
  row: z.int().describe('行号（含表头）'),
  personNo: z.string().nullable(),
  problems: z.array(z.string()),
});
export type RowError = z.infer<typeof rowErrorSchema>;

const conflictSchema = z.object({
  row: z.int().describe('行号（含表头）'),
  personNo: z.string(),
  cadreId: z.uuid(),
  name: z.string(),
  field: z.enum(['birthMonth', 'partyMonth', 'workMonth', 'education']),
  imported: z.string().describe('名册中的值（未采用）'),
  determined: z.string().describe('档案审核认定的值（保留）'),
  message: z.string(),
});
export type RosterConflictLine = z.infer<typeof conflictSchema>;

/** The fact of the file a roster column states. */
const FIELD_FACT: Record<RosterConflict['field'], FactKind> = {
  birthMonth: 'BIRTH',
  partyMonth: 'PARTY',
  workMonth: 'WORK_START',
  education: 'EDUCATION',
};

export const importResultSchema = z
  .object({
    importId: z.uuid(),
    mode: z.enum(['ALL_OR_NOTHING', 'SKIP_INVALID']),
    applied: z.boolean().describe('是否已导入（整表模式下有错误行时为 false）'),
    rowsTotal: z.int(),
    created: z.int(),
    updated: z.int(),
    unchanged: z.int(),
    errors: z.array(rowErrorSchema),
    conflicts: z.array(conflictSchema).describe('与档案专项审核认定不符的名册数据：保留认定值，并在该干部档案审核中列为存疑事项，须查明'),
  })
  .meta({ id: 'RosterImportResult' });
export type ImportResult = z.infer<typeof importResultSchema>;

const MAX_ROWS = 50_000;
const FIELDS: Array<keyof RosterRow> = [
  'name',
  'gender',
  'birthMonth',
  'ethnicity',
  'nativePlace',
  'partyMonth',
  'workMonth',
  'education',
  'post',
  'level',
  'postSince',
  'statusKind',
];

/** Imports and exports the roster (干部名册). Re-importing updates people by 人员编号. */
@Injectable()
export class RosterImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: RosterImportRepository,
    private readonly files: FileAuditRepository,
    private readonly outbox: OutboxService,
    private readonly reads: Reads,
  ) {}

  /**
   * `actorCadreId`: the importing staff member's own cadre record (回避): a file that would
   * change or move it is refused as a whole, since another staff member must make that change.
   */
  async import(
    content: Buffer,
    options: { fileName?: string | null; mode?: ImportMode; actorId?: string | null; actorCadreId?: string | null } = {},
  ): Promise<ImportResult> {
    const mode = options.mode ?? 'ALL_OR_NOTHING';
    let sheet;
    try {
      sheet = await readRosterFile(content, { maxRows: MAX_ROWS });
    } catch (error) {
      if (error instanceof RosterFileError) throw new DomainException(HttpStatus.UNPROCESSABLE_ENTITY, 'ROSTER_UNREADABLE', error.message);
      throw error;
    }
    if (sheet.missingHeaders.length > 0) {
      throw new DomainException(
        HttpStatus.UNPROCESSABLE_ENTITY,
        'ROSTER_HEADERS_MISSING',
        `表头缺少：${sheet.missingHeaders.join('、')}。第 1 行应为：${ROSTER_COLUMNS.map((c) => c.header).join('、')}`,
      );
    }
    if (sheet.rows.length === 0) throw new DomainException(HttpStatus.UNPROCESSABLE_ENTITY, 'ROSTER_EMPTY', '名册中没有数据行');
    if (sheet.rows.length > MAX_ROWS) {
      throw new DomainException(HttpStatus.UNPROCESSABLE_ENTITY, 'ROSTER_TOO_LARGE', `名册超过 ${MAX_ROWS} 行，请分批导入`);
    }

    const valid: RosterRow[] = [];
    const errors: RowError[] = [];
    const firstRowOf = new Map<string, number>();
    for (const { rowNumber, raw } of sheet.rows) {
      const result = validateRosterRow(raw);
      const personNo = raw.personNo === undefined || raw.personNo === null ? null : textOf(raw.personNo).trim() || null;
      if ('problems' in result) {
        errors.push({ row: rowNumber, personNo, problems: result.problems });
        continue;
      }
      const earlier = firstRowOf.get(result.row.personNo);
      if (earlier !== undefined) {
        errors.push({ row: rowNumber, personNo, problems: [`人员编号 ${result.row.personNo} 与第 ${earlier} 行重复`] });
        continue;
      }
      firstRowOf.set(result.row.personNo, rowNumber);
      valid.push(result.row);
    }

    const apply = errors.length === 0 || mode === 'SKIP_INVALID';
    const counts = { created: 0, updated: 0, unchanged: 0 };
    const conflicts: RosterConflictLine[] = [];
    const { importId, entries } = await this.dataSource.transaction(async (manager) => {
      let jobs: JobItem[] = [];
      if (apply && valid.length > 0) {
        const applied = await this.apply(manager, valid, options.actorCadreId ?? null);
        Object.assign(counts, applied.counts);
        for (const c of applied.conflicts) conflicts.push({ ...c, row: firstRowOf.get(c.personNo)! });
        // A contradiction is an open doubt of the cadre's file audit, which stops its vetting (档案必审).
        const opened = await this.files.insertRosterDoubts(
          manager,
          applied.conflicts.map((c) => ({
            cadreId: c.cadreId,
            key: `ROSTER_CONFLICT:${c.field}:${c.imported}`,
            fact: FIELD_FACT[c.field],
            message: `名册导入${options.fileName ? `（${options.fileName}）` : ''}：${c.message}`,
          })),
        );
        jobs = opened.map((cadreId) => ({ queue: 'vetting', name: 'cadre-record-changed', data: { cadreId, changeId: randomUUID() } }));
      }
      const id = await this.repository.recordImport(manager, {
        fileName: options.fileName ?? null,
        mode,
        applied: apply,
        rowsTotal: sheet.rows.length,
        ...counts,
        errors,
        importedBy: options.actorId ?? null,
      });
      return { importId: id, entries: await this.outbox.write(manager, jobs) };
    });
    await this.outbox.dispatch(entries);
    const result: ImportResult = { importId, mode, applied: apply, rowsTotal: sheet.rows.length, ...counts, errors, conflicts };
    if (!apply) {
      throw new DomainException(
        HttpStatus.UNPROCESSABLE_ENTITY,
        'ROSTER_ROWS_INVALID',
        `名册有 ${errors.length} 行有误，整个文件未导入（未做任何更改）。请改正后重新导入，或选择“跳过错误行”只导入正确的行`,
        errors.map((e) => ({ field: `第${e.row}行${e.personNo ? `（${e.personNo}）` : ''}`, message: e.problems.join('；') })),
      );
    }
    return result;
  }

  /**
   * Applies valid rows. Imports are serialized: two at once would race on units and post
   * history. A cell that contradicts a fact the file audit determined (出生年月, 入党时间,
   * 参加工作时间, 学历) keeps the determined value and comes back as a conflict.
   */
  private async apply(
    manager: EntityManager,
    input: RosterRow[],
    actorCadreId: string | null,
  ): Promise<{
    counts: { created: number; updated: number; unchanged: number };
    conflicts: Array<Omit<RosterConflictLine, 'row'>>;
  }> {
    await this.repository.lock(manager);
    const unitIds = await this.ensureUnits(manager, [...new Set(input.map((r) => r.unit))]);
    const existing = await this.repository.lockCadres(
      manager,
      input.map((r) => r.personNo),
    );
    const determined = await this.files.determinedOf(
      manager,
      [...existing.values()].map((c) => c.id),
    );
    const conflicts: Array<Omit<RosterConflictLine, 'row'>> = [];
    const rows = input.map((row) => {
      const before = existing.get(row.personNo);
      const facts = before ? determined.get(before.id) : undefined;
      if (!before || !facts) return row;
      const found = rosterConflicts(row, {
        birth: facts.get('BIRTH') ?? null,
        party: facts.get('PARTY') ?? null,
        workStart: facts.get('WORK_START') ?? null,
        education: (facts.get('EDUCATION') as EducationLevel | undefined) ?? null,
        status: null,
      });
      if (found.length === 0) return row;
      const kept = { ...row };
      for (const c of found) {
        kept[c.field] = c.determined;
        conflicts.push({ cadreId: before.id, personNo: row.personNo, name: row.name, ...c });
      }
      return kept;
    });

    let created = 0;
    let unchanged = 0;
    const changed: RosterRow[] = [];
    const postMoves: RosterRow[] = [];
    for (const row of rows) {
      const before = existing.get(row.personNo);
      const unitId = unitIds.get(row.unit)!;
      if (!before) {
        created += 1;
        changed.push(row);
        postMoves.push(row);
        continue;
      }
      const same = before.unitId === unitId && FIELDS.every((f) => (before.values[f] ?? null) === (row[f] ?? null));
      if (same) {
        unchanged += 1;
        continue;
      }
      if (actorCadreId && before.id === actorCadreId) {
        throw new DomainException(
          HttpStatus.CONFLICT,
          'OWN_RECORD_NEEDS_ANOTHER',
          `名册中人员编号 ${row.personNo} 是您本人的干部档案，本次导入会更改它：按回避规定须由其他工作人员导入（整个文件未导入）`,
        );
      }
      changed.push(row);
      if (before.unitId !== unitId || before.values['post'] !== row.post || (before.values['level'] ?? null) !== row.level)
        postMoves.push(row);
    }
    if (changed.length > 0) {
      await this.repository.upsertCadres(
        manager,
        changed.map((r) => ({
          personNo: r.personNo,
          name: r.name,
          surname: surnameOf(r.name),
          gender: r.gender,
          birthMonth: r.birthMonth,
          ethnicity: r.ethnicity,
          nativePlace: r.nativePlace,
          partyMonth: r.partyMonth,
          workMonth: r.workMonth,
          education: r.education,
          unitId: unitIds.get(r.unit)!,
          post: r.post,
          level: r.level,
          postSince: r.postSince,
          statusKind: r.statusKind,
          // The quota levels the entry occupies (党组成员、副局长 / 二级主任科员 → 党组成员, 副局长, 副科, …).
          quotaKeys: quotaKeys(r.post, r.level),
        })),
      );
    }
    if (postMoves.length > 0) {
      // The previous post ends when the new one starts (任现职时间), else this month.
      await this.repository.movePosts(
        manager,
        postMoves.map((r) => ({ personNo: r.personNo, since: r.postSince })),
      );
    }
    return { counts: { created, updated: changed.length - created, unchanged }, conflicts };
  }

  /** Unit ids by the name the roster uses; an unknown name becomes a new unit. */
  private async ensureUnits(manager: EntityManager, names: string[]): Promise<Map<string, string>> {
    const ids = await this.repository.unitIdsByNames(manager, names);
    const missing = names.filter((n) => !ids.has(n));
    if (missing.length > 0) {
      for (const [name, id] of await this.repository.createUnits(manager, missing)) ids.set(name, id);
    }
    return ids;
  }

  /** The whole roster as XLSX, with the import's headers: an export can be edited and re-imported. */
  async exportXlsx(): Promise<Buffer> {
    // The whole roster: a staff read, on the replica when it is fit (Reads).
    return writeRosterXlsx(await this.reads.run((on) => this.repository.exportRows(on)));
  }
}
