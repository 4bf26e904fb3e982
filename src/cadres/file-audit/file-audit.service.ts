import { HttpStatus, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService, type AuditActor } from '../../audit/audit.service.js';
import { AppConfig } from '../../infra/config/app-config.js';
import { Clock } from '../../infra/clock/clock.js';
import { Reads } from '../../infra/database/reads.js';
import { DomainException, notFound } from '../../infra/http/domain-exception.js';
import { isUuid } from '../../infra/http/id-param.js';
import { CATALOGUE } from '../../infra/labels/catalogue.js';
import { CadreRecordsService } from '../cadre-records.service.js';
import { CadresService } from '../cadres.service.js';
import { UnitsService } from '../units.service.js';
import type { FileAuditView, FileEntryInput } from './file-audit.dto.js';
import { FileAuditRepository, type StoredEntry } from './file-audit.repository.js';
import { auditFile, type Determination, type EducationLevel, type FileAuditResult } from './file-rules.js';
import { monthOf } from './file-dates.js';
import { worksheetDocx, worksheetXlsx } from './file-worksheet.js';

const LEVEL_LABELS: Record<EducationLevel, string> = CATALOGUE.educationLevel;

/**
 * 干部人事档案专项审核: staff enter what each document of a cadre's file states; after each
 * change the file rules run and the doubts they find are opened (an open doubt stops the
 * cadre's vetting, 档案必审) or withdrawn; a doubt is resolved with a note; the audit is
 * completed only with no doubt open, and then its determinations (认定) are kept as evidence
 * and written to the roster's columns. Every change queues the re-evaluation of the cadre's
 * open candidacies (through CadreRecordsService) and is recorded in the audit chain in the
 * same transaction.
 */
@Injectable()
export class FileAuditService {
  constructor(
    private readonly repository: FileAuditRepository,
    private readonly reads: Reads,
    private readonly records: CadreRecordsService,
    private readonly cadres: CadresService,
    private readonly units: UnitsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /** The rules over the file as it stands. */
  private async evaluate(entries: StoredEntry[]): Promise<FileAuditResult> {
    const unitNames = await this.units.namesOfUnitsNamed(entries.flatMap((e) => (e.fact === 'WORK_HISTORY' && e.unit ? [e.unit] : [])));
    return auditFile(entries, unitNames, this.clock.today());
  }

  /** Runs the rules inside the change and brings the stored doubts in line. */
  private async reevaluate(m: EntityManager, cadreId: string): Promise<{ result: FileAuditResult; opened: string[]; withdrawn: string[] }> {
    const result = await this.evaluate(await this.repository.entries(cadreId, m));
    return { result, ...(await this.repository.syncDoubts(m, cadreId, result.doubts)) };
  }

  private record(m: EntityManager, actor: AuditActor, action: string, cadreId: string, details: Record<string, unknown>): Promise<number> {
    return this.audit.record({ ...actor, action, targetType: 'cadres', targetId: cadreId, details }, m);
  }

  /** The file as audited: records, the determinations the rules make of them now, those confirmed at completion, the doubts. */
  async view(cadreId: string): Promise<FileAuditView> {
    if (!isUuid(cadreId)) throw notFound('干部');
    const cadre = await this.cadres.getDetail(cadreId, null);
    const [entries, doubts, confirmed] = await Promise.all([
      this.repository.entries(cadreId),
      this.repository.doubts(cadreId),
      this.repository.determinations(cadreId),
    ]);
    const result = await this.evaluate(entries);
    const order = (d: Determination) => result.determinations.findIndex((x) => x.fact === d.fact);
    return {
      cadreId,
      name: cadre.name,
      personNo: cadre.personNo,
      fileAuditedOn: cadre.fileAuditedOn,
      entries: entries.map(({ enteredBy: _by, enteredAt, ...e }) => ({ ...e, enteredAt: enteredAt.toISOString() })),
      determinations: result.determinations,
      confirmed: confirmed
        .sort((a, b) => order(a) - order(b))
        .map((d) => ({ fact: d.fact, value: d.value, basis: d.basis, reasons: d.reasons, determinedOn: d.determinedOn })),
      doubts: doubts.map((d) => ({
        id: d.id,
        rule: d.rule,
        fact: d.fact,
        message: d.message,
        entryIds: d.entryIds,
        status: d.status,
        resolution: d.resolution,
        resolvedAt: d.resolvedAt?.toISOString() ?? null,
        openedAt: d.openedAt.toISOString(),
      })),
      openDoubts: doubts.filter((d) => d.status === 'OPEN').length,
    };
  }

  /** The doubts of the cadre's file audit still open (the cadre page flags them). */
  async openDoubts(cadreId: string): Promise<Array<{ id: string; rule: string; message: string }>> {
    if (!isUuid(cadreId)) return [];
    // The cadre page's open doubts: a staff read, on the replica when it is fit.
    const doubts = await this.reads.run((on) => this.repository.openDoubtsOf([cadreId], on));
    return (doubts.get(cadreId) ?? []).map(({ id, rule, message }) => ({ id, rule, message }));
  }

  /** A record of the file; the doubts it opens or settles come back by rule. */
  async addEntry(
    cadreId: string,
    input: FileEntryInput,
    actor: AuditActor,
  ): Promise<{ id: string; opened: string[]; withdrawn: string[] }> {
    return this.records.changeRecord(cadreId, async (m) => {
      const id = await this.repository.insertEntry(m, cadreId, {
        fact: input.fact,
        statedDate: input.statedDate ?? null,
        fromDate: input.fromDate ?? null,
        toDate: input.toDate ?? null,
        educationLevel: input.educationLevel ?? null,
        institution: input.institution ?? null,
        diploma: input.fact === 'EDUCATION' ? (input.diploma ?? false) : null,
        fullTime: input.fact === 'EDUCATION' ? (input.fullTime ?? false) : null,
        unit: input.unit ?? null,
        post: input.post ?? null,
        status: input.status ?? null,
        source: input.source,
        documentDate: input.documentDate,
        filledBySelf: input.filledBySelf,
        note: input.note ?? null,
        enteredBy: actor.actorId ?? null,
      });
      const { opened, withdrawn } = await this.reevaluate(m, cadreId);
      await this.record(m, actor, 'cadre.file.entry.add', cadreId, { entryId: id, ...input, opened, withdrawn });
      return { id, opened, withdrawn };
    });
  }

  /** Removes a record typed in error; the rules run again. */
  async removeEntry(cadreId: string, entryId: string, actor: AuditActor): Promise<void> {
    if (!isUuid(entryId)) throw notFound('档案记载');
    await this.records.changeRecord(cadreId, async (m) => {
      if (!(await this.repository.deleteEntry(m, cadreId, entryId))) throw notFound('档案记载');
      const { opened, withdrawn } = await this.reevaluate(m, cadreId);
      await this.record(m, actor, 'cadre.file.entry.remove', cadreId, { entryId, opened, withdrawn });
    });
  }

  /** Resolves an open doubt with what was found and decided (查核情况和处理意见). */
  async resolveDoubt(cadreId: string, doubtId: string, resolution: string, actor: AuditActor): Promise<void> {
    if (!isUuid(doubtId)) throw notFound('存疑事项');
    await this.records.changeRecord(cadreId, async (m) => {
      const resolved = await this.repository.resolveDoubt(m, { cadreId, id: doubtId, resolution, resolvedBy: actor.actorId ?? null });
      if (!resolved) {
        if ((await this.repository.doubtStatus(m, cadreId, doubtId)) === null) throw notFound('存疑事项');
        throw new DomainException(HttpStatus.CONFLICT, 'FILE_DOUBT_RESOLVED', '该存疑事项已查明，不能再次处理');
      }
      await this.record(m, actor, 'cadre.file.doubt.resolve', cadreId, { doubtId, rule: resolved.rule, resolution });
    });
  }

  /**
   * Completes the audit on a date: refused while a doubt is open; otherwise the
   * determinations are kept, the roster's columns take the determined values, and the
   * cadre's file counts as audited on that date.
   */
  async complete(cadreId: string, input: { auditedOn: string; note?: string | null }, actor: AuditActor): Promise<void> {
    await this.records.changeRecord(cadreId, async (m) => {
      const { result } = await this.reevaluate(m, cadreId);
      const open = await this.repository.countOpenDoubts(m, cadreId);
      if (open > 0) {
        throw new DomainException(
          HttpStatus.CONFLICT,
          'FILE_DOUBTS_OPEN',
          `尚有 ${open} 项存疑事项未查明，不能完成审核：请逐项写明查核情况和处理意见后再完成`,
        );
      }
      const d = result.determined;
      const codes: Record<string, string | null> = {
        BIRTH: d.birth,
        PARTY: d.party,
        WORK_START: d.workStart,
        EDUCATION: d.education,
        CADRE_STATUS: d.status,
        WORK_HISTORY: null,
      };
      await this.repository.replaceDeterminations(m, {
        cadreId,
        determinations: result.determinations.map((x) => ({ ...x, code: codes[x.fact] ?? null })),
        determinedOn: input.auditedOn,
        determinedBy: actor.actorId ?? null,
      });
      await this.repository.applyDetermined(m, {
        cadreId,
        birthMonth: d.birth ? monthOf(d.birth) : null,
        partyMonth: d.party ? monthOf(d.party) : null,
        workMonth: d.workStart ? monthOf(d.workStart) : null,
        education: d.education ? LEVEL_LABELS[d.education] : null,
      });
      await this.records.setFileAuditWithin(m, { cadreId, auditedOn: input.auditedOn, note: input.note ?? null });
      await this.record(m, actor, 'cadre.file.audit.complete', cadreId, { auditedOn: input.auditedOn, determined: d });
    });
  }

  /** 干部人事档案专项审核认定表, as Word or Excel. */
  async worksheet(cadreId: string, format: 'docx' | 'xlsx'): Promise<{ fileName: string; body: Buffer }> {
    const view = await this.view(cadreId);
    const cadre = await this.cadres.getById(cadreId);
    const input = {
      view,
      unitName: cadre.unitName,
      post: cadre.post,
      department: this.config.settings.district.department,
      today: this.clock.today(),
    };
    const base = `干部人事档案专项审核认定表-${view.name}-${view.personNo}`;
    return format === 'docx'
      ? { fileName: `${base}.docx`, body: await worksheetDocx(input) }
      : { fileName: `${base}.xlsx`, body: await worksheetXlsx(input) };
  }
}
