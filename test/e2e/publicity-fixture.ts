import { expect } from '@jest/globals';
import { CadreRecordsService } from '../../src/cadres/cadre-records.service.js';
import { CadresService } from '../../src/cadres/cadres.service.js';
import { RosterImportService } from '../../src/cadres/roster/roster-import.service.js';
import { buildCalendar, civilDate } from '../../src/infra/calendar/working-days.js';
import { AppConfig } from '../../src/infra/config/app-config.js';
import { VerificationService } from '../../src/verification/verification.service.js';
import { earliestPeriodEnd } from '../../src/vetting/publicity/publicity-rules.js';
import { VettingService } from '../../src/vetting/vetting.service.js';
import type { TestContext } from '../support/test-context.js';

/** Two namesakes 周明远 (the candidate is V001) and 李青, unique on the roster. */
export const PUBLICITY_ROSTER = [
  '人员编号,姓名,性别,出生年月,民族,籍贯,入党时间,参加工作时间,学历,单位,职务,职级,任现职时间,身份',
  'P001,周明远,男,1978.04,汉族,本省,2000.06,1999.08,大学本科,测试区财政局,副局长,副科,2021.03,公务员',
  'P002,周明远,男,1983.11,汉族,本省,2006.06,2005.08,大学本科,测试区水务局,科长,四级主任科员,2022.05,公务员',
  'P003,李青,女,1985.09,汉族,本省,2008.06,2007.08,硕士研究生,测试区水务局,科长,四级主任科员,2020.01,公务员',
].join('\n');

/**
 * P001 and P003 (the roster imported) made ready for vetting through the real services —
 * files audited, personal matters checked — and one run started for both, its agency
 * requests waiting.
 */
export async function startRunForBoth(
  ctx: TestContext,
): Promise<{ runId: string; zhou: string; li: string; zhouCadre: string; liCadre: string }> {
  const cadres = ctx.app.get(CadresService);
  const records = ctx.app.get(CadreRecordsService);
  const zhouCadre = (await cadres.findByPersonNo('P001'))!.id;
  const liCadre = (await cadres.findByPersonNo('P003'))!.id;
  for (const id of [zhouCadre, liCadre]) {
    await records.recordFileAudit({ cadreId: id, auditedOn: '2026-01-05' });
    await records.recordPersonalMatters({
      cadreId: id,
      year: 2025,
      status: 'CONSISTENT',
      checkedOn: '2026-01-06',
      checkReason: 'PROMOTION',
    });
  }
  const { runId, candidates } = await ctx.app.get(VettingService).startRun({
    title: '2026年第一批',
    slate: [
      { cadreId: zhouCadre, proposedPost: '测试区财政局局长' },
      { cadreId: liCadre, proposedPost: '测试区水务局副局长' },
    ],
    agencyCodes: ['DISCIPLINE'],
  });
  const byCadre = Object.fromEntries(candidates.map((c) => [c.cadreId, c.id]));
  return { runId, zhou: byCadre[zhouCadre]!, li: byCadre[liCadre]!, zhouCadre, liCadre };
}

/**
 * A run for P001 and P003 through the real services: files audited, personal matters
 * checked, the discipline body answers "nothing adverse": both PASS.
 */
export async function passingRun(
  ctx: TestContext,
): Promise<{ runId: string; zhou: string; li: string; zhouCadre: string; liCadre: string }> {
  await ctx.app.get(RosterImportService).import(Buffer.from(PUBLICITY_ROSTER));
  const run = await startRunForBoth(ctx);
  const vetting = ctx.app.get(VettingService);
  const verification = ctx.app.get(VerificationService);
  for (const id of [run.zhou, run.li]) {
    for (const r of await verification.requestsFor('VETTING_CANDIDATE', id)) {
      await verification.reply({ requestId: r.id, adverse: false, body: '未发现不良反映', agencyCode: r.agencyCode });
    }
    expect((await vetting.evaluateCandidate(id, { trigger: 'TEST' })).verdict).toBe('PASS');
  }
  return run;
}

/** Today (China) and the earliest end of a 5-working-day period starting today. */
export function shortestPeriod(ctx: TestContext): { startsOn: string; endsOn: string } {
  const startsOn = civilDate(new Date(), 'Asia/Shanghai');
  return { startsOn, endsOn: earliestPeriodEnd(startsOn, 5, buildCalendar(ctx.app.get(AppConfig).calendar)) };
}
