import { z } from 'zod';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { DomainException } from '../../infra/http/domain-exception.js';
import { readRosterFile, RosterFileError, writeRosterXlsx } from './roster-file.js';
import { ROSTER_COLUMNS, validateRosterRow, type RosterKey, type RosterRow } from './roster-row.js';
import { quotaKeys } from '../post-titles.js';
import { surnameOf } from './surname.js';
import { textOf } from '../../infra/text/text-of.js';

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

interface ExistingCadre {
  id: string;
  person_no: string;
  unit_id: string;
  values: Record<string, string | null>;
}

/** Imports and exports the roster (干部名册). Re-importing updates people by 人员编号. */
@Injectable()
export class RosterImportService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
      sheet = await readRosterFile(content);
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
    const importId = await this.dataSource.transaction(async (manager) => {
      if (apply && valid.length > 0) Object.assign(counts, await this.apply(manager, valid, options.actorCadreId ?? null));
      const [row]: Array<{ id: string }> = await manager.query(
        `INSERT INTO roster_import (file_name, mode, applied, rows_total, created, updated, unchanged, errors, imported_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9) RETURNING id`,
        [
          options.fileName ?? null,
          mode,
          apply,
          sheet.rows.length,
          counts.created,
          counts.updated,
          counts.unchanged,
          JSON.stringify(errors),
          options.actorId ?? null,
        ],
      );
      return row!.id;
    });
    const result: ImportResult = { importId, mode, applied: apply, rowsTotal: sheet.rows.length, ...counts, errors };
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

  /** Applies valid rows. Imports are serialized: two at once would race on units and post history. */
  private async apply(
    manager: EntityManager,
    rows: RosterRow[],
    actorCadreId: string | null,
  ): Promise<{ created: number; updated: number; unchanged: number }> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('qingfeng:roster-import'))`);
    const unitIds = await this.ensureUnits(manager, [...new Set(rows.map((r) => r.unit))]);
    const existing = new Map<string, ExistingCadre>();
    const found: Array<ExistingCadre['values'] & { id: string; person_no: string; unit_id: string }> = await manager.query(
      `SELECT id, person_no, unit_id, name, gender, birth_month AS "birthMonth", ethnicity, native_place AS "nativePlace",
              party_month AS "partyMonth", work_month AS "workMonth", education, post, level, post_since AS "postSince",
              status_kind AS "statusKind"
         FROM cadre WHERE person_no = ANY($1::text[]) FOR UPDATE`,
      [rows.map((r) => r.personNo)],
    );
    for (const f of found) existing.set(f.person_no, { id: f.id, person_no: f.person_no, unit_id: f.unit_id, values: f });

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
      const same = before.unit_id === unitId && FIELDS.every((f) => (before.values[f] ?? null) === (row[f] ?? null));
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
      if (before.unit_id !== unitId || before.values['post'] !== row.post || (before.values['level'] ?? null) !== row.level)
        postMoves.push(row);
    }
    if (changed.length > 0) {
      const col = (f: (r: RosterRow) => string | null) => changed.map(f);
      await manager.query(
        `INSERT INTO cadre (person_no, name, surname, gender, birth_month, ethnicity, native_place, party_month, work_month,
                            education, unit_id, post, level, post_since, status_kind, quota_keys)
         SELECT t.person_no, t.name, t.surname, t.gender, t.birth_month, t.ethnicity, t.native_place, t.party_month, t.work_month,
                t.education, t.unit_id, t.post, t.level, t.post_since, t.status_kind,
                CASE WHEN t.titles = '' THEN '{}'::text[] ELSE string_to_array(t.titles, chr(31)) END
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                       $9::text[], $10::text[], $11::uuid[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[])
             AS t(person_no, name, surname, gender, birth_month, ethnicity, native_place, party_month, work_month,
                  education, unit_id, post, level, post_since, status_kind, titles)
         ON CONFLICT (person_no) DO UPDATE SET
           name = EXCLUDED.name, surname = EXCLUDED.surname, gender = EXCLUDED.gender, birth_month = EXCLUDED.birth_month,
           ethnicity = EXCLUDED.ethnicity, native_place = EXCLUDED.native_place, party_month = EXCLUDED.party_month,
           work_month = EXCLUDED.work_month, education = EXCLUDED.education, unit_id = EXCLUDED.unit_id, post = EXCLUDED.post,
           level = EXCLUDED.level, post_since = EXCLUDED.post_since, status_kind = EXCLUDED.status_kind,
           quota_keys = EXCLUDED.quota_keys, updated_at = now()`,
        [
          col((r) => r.personNo),
          col((r) => r.name),
          col((r) => surnameOf(r.name)),
          col((r) => r.gender),
          col((r) => r.birthMonth),
          col((r) => r.ethnicity),
          col((r) => r.nativePlace),
          col((r) => r.partyMonth),
          col((r) => r.workMonth),
          col((r) => r.education),
          col((r) => unitIds.get(r.unit)!),
          col((r) => r.post),
          col((r) => r.level),
          col((r) => r.postSince),
          col((r) => r.statusKind),
          // The quota levels the entry occupies (党组成员、副局长 / 二级主任科员 → 党组成员, 副局长, 副科, …).
          col((r) => quotaKeys(r.post, r.level).join('\u001f')),
        ],
      );
    }
    if (postMoves.length > 0) {
      // The previous post ends when the new one starts (任现职时间), else this month.
      await manager.query(
        `UPDATE cadre_post p SET ended = coalesce(m.since, to_char(now(), 'YYYY-MM'))
           FROM cadre c, unnest($1::text[], $2::text[]) AS m(person_no, since)
          WHERE c.person_no = m.person_no AND p.cadre_id = c.id AND p.ended IS NULL`,
        [postMoves.map((r) => r.personNo), postMoves.map((r) => r.postSince)],
      );
      await manager.query(
        `INSERT INTO cadre_post (cadre_id, unit_id, post, level, started)
         SELECT c.id, c.unit_id, c.post, c.level, c.post_since FROM cadre c WHERE c.person_no = ANY($1::text[])`,
        [postMoves.map((r) => r.personNo)],
      );
    }
    return { created, updated: changed.length - created, unchanged };
  }

  /** Unit ids by the name the roster uses; an unknown name becomes a new unit. */
  private async ensureUnits(manager: EntityManager, names: string[]): Promise<Map<string, string>> {
    const known: Array<{ name: string; unit_id: string }> = await manager.query(
      `SELECT name, unit_id FROM unit_name WHERE name = ANY($1::text[])`,
      [names],
    );
    const ids = new Map(known.map((k) => [k.name, k.unit_id]));
    const missing = names.filter((n) => !ids.has(n));
    if (missing.length > 0) {
      const made: Array<{ id: string; name: string }> = await manager.query(
        `WITH u AS (INSERT INTO unit (name) SELECT unnest($1::text[]) RETURNING id, name),
              n AS (INSERT INTO unit_name (name, unit_id, kind) SELECT name, id, 'CURRENT' FROM u)
         SELECT id, name FROM u`,
        [missing],
      );
      for (const m of made) ids.set(m.name, m.id);
    }
    return ids;
  }

  /** The whole roster as XLSX, with the import's headers: an export can be edited and re-imported. */
  async exportXlsx(): Promise<Buffer> {
    const rows: Array<Record<RosterKey, string | null>> = await this.dataSource.query(
      `SELECT c.person_no AS "personNo", c.name, c.gender, c.birth_month AS "birthMonth", c.ethnicity, c.native_place AS "nativePlace",
              c.party_month AS "partyMonth", c.work_month AS "workMonth", c.education, u.name AS unit, c.post, c.level,
              c.post_since AS "postSince", c.status_kind AS "statusKind"
         FROM cadre c JOIN unit u ON u.id = c.unit_id ORDER BY u.name, c.person_no`,
    );
    return writeRosterXlsx(rows);
  }
}
