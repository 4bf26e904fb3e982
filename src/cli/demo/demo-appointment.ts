import type { INestApplicationContext } from '@nestjs/common';
import type { StaffPrincipal } from '../../auth/auth.decorators.js';
import { AccountService } from '../../auth/account.service.js';
import { Viewer } from '../../auth/conflict/viewer.js';
import { CadreRecordsService } from '../../cadres/cadre-records.service.js';
import { CadresService } from '../../cadres/cadres.service.js';
import { addCalendarDays, buildCalendar, isWorkingDay } from '../../infra/calendar/working-days.js';
import { Clock } from '../../infra/clock/clock.js';
import { AppConfig } from '../../infra/config/app-config.js';
import { VerificationService } from '../../verification/verification.service.js';
import { ProbationService } from '../../vetting/probation/probation.service.js';
import { OutcomeService } from '../../vetting/publicity/outcome.service.js';
import { earliestPeriodEnd } from '../../vetting/publicity/publicity-rules.js';
import { PublicityService } from '../../vetting/publicity/publicity.service.js';
import { AppointmentRecordService } from '../../vetting/record/appointment-record.service.js';
import { VettingService } from '../../vetting/vetting.service.js';

/** The title of the demo's completed appointment's run; a second seeding finds it and adds nothing. */
export const DEMO_APPOINTMENT_RUN = '2025年科级干部选拔任用（全程记实示例）';

/**
 * One appointment of the demo district completed from 动议 to 试用期, with its 全程记实, about
 * fourteen months before today: the run and the agency's answer, 动议, 民主推荐, 考察 and
 * 讨论决定 (a 全委会 ballot), the 任前公示, the appointment and the probation's assessment.
 * Every step goes through the services that check it, on the day it happened: the district
 * clock of this process is set to each day in turn (the services judge "today" by it) and
 * put back afterwards. Recorded by the demo's 干部监督科科长 (chief) and the discipline body's liaison.
 */
export async function seedCompletedAppointment(
  app: INestApplicationContext,
  personNo: string,
  log: (line: string) => void = console.log,
): Promise<void> {
  const cadre = await app.get(CadresService).findByPersonNo(personNo);
  if (!cadre) return log(`demo: ${personNo} is not on the roster; no completed appointment`);
  const vetting = app.get(VettingService);
  if ((await vetting.historyOfCadre(cadre.id)).some((h) => h.runTitle === DEMO_APPOINTMENT_RUN)) return;
  const accounts = await app.get(AccountService).list();
  const chief = accounts.find((a) => a.username === 'chief');
  if (!chief) return log('demo: no chief account; no completed appointment');
  const staff: StaffPrincipal = {
    userId: chief.id,
    sessionId: 'demo-seed',
    username: chief.username,
    displayName: chief.displayName,
    roles: ['SUPERVISOR'],
    agencyCode: null,
    cadreId: null,
    totpSetupOnly: false,
  };
  const viewer = Viewer.unrestricted(staff);
  const actor = { actorKind: 'STAFF' as const, actorId: chief.id, actorName: chief.username, requestId: 'demo-seed' };
  const config = app.get(AppConfig);
  const calendar = buildCalendar(config.calendar);
  const clock = app.get(Clock);
  const realToday = clock.today();
  const workingDayFrom = (day: string) => {
    let d = day;
    while (!isWorkingDay(d, calendar)) d = addCalendarDays(d, 1);
    return d;
  };
  /** The district's "now" for what follows: noon UTC on `day`, that civil date in any zone from UTC−11 to UTC+11. */
  const on = (day: string) => {
    clock.now = () => new Date(`${day}T12:00:00Z`);
  };

  const motionOn = workingDayFrom(addCalendarDays(realToday, -430));
  try {
    const records = app.get(CadreRecordsService);
    on(motionOn);
    await records.recordFileAudit({
      cadreId: cadre.id,
      auditedOn: addCalendarDays(motionOn, -20),
      note: '档案专项审核，三龄二历一身份无疑问',
    });
    await records.recordPersonalMatters({
      cadreId: cadre.id,
      year: Number(motionOn.slice(0, 4)),
      status: 'CONSISTENT',
      checkedOn: addCalendarDays(motionOn, -10),
      checkReason: 'PROMOTION',
    });
    const post = `${cadre.unitName ?? ''}局长`.replace(/^局长$/, '区直单位正职');
    const { candidates } = await vetting.startRun({
      title: DEMO_APPOINTMENT_RUN,
      slate: [{ cadreId: cadre.id, proposedPost: post }],
      agencyCodes: ['DISCIPLINE'],
      actorId: chief.id,
    });
    const candidateId = candidates[0]!.id;
    const record = app.get(AppointmentRecordService);
    await record.record(
      candidateId,
      'MOTION',
      {
        occurredOn: motionOn,
        proposedBy: 'ORGANIZATION_DEPARTMENT',
        posts: post,
        reason: '该单位正职出缺，根据工作需要和班子结构提出人选动议',
        basis: '区委组织部部务会议纪要',
        ballotRequired: true,
      },
      actor,
      viewer,
    );
    const verification = app.get(VerificationService);
    on(workingDayFrom(addCalendarDays(motionOn, 3)));
    for (const r of await verification.requestsFor('VETTING_CANDIDATE', candidateId))
      await verification.reply({ requestId: r.id, adverse: false, body: '经查，未发现该同志有违纪违法问题。', agencyCode: r.agencyCode });
    const recommendedOn = workingDayFrom(addCalendarDays(motionOn, 7));
    on(recommendedOn);
    await record.record(
      candidateId,
      'RECOMMENDATION',
      {
        occurredOn: recommendedOn,
        meetingExpected: 46,
        meetingPresent: 43,
        meetingVotes: 35,
        talkPeople: 24,
        talkMentions: 19,
        massNominations: 6,
        partyOrganizationNominations: 1,
        signedLeaderNominations: 3,
        note: '会议投票推荐与个别谈话推荐相结合，群众推荐、单位党组织推荐、领导干部署名推荐相结合',
      },
      actor,
      viewer,
    );
    const inspectedFrom = workingDayFrom(addCalendarDays(recommendedOn, 3));
    const inspectedTo = workingDayFrom(addCalendarDays(inspectedFrom, 4));
    on(inspectedTo);
    await record.record(
      candidateId,
      'INSPECTION',
      {
        startsOn: inspectedFrom,
        endsOn: inspectedTo,
        team: ['郑考察', '冯组员'],
        supervisor: '韩纪检',
        talks: 28,
        conclusion: '政治立场坚定，工作思路清晰，在项目建设中业绩突出，群众公认度高；未发现廉政方面的问题',
      },
      actor,
      viewer,
    );
    const decidedOn = workingDayFrom(addCalendarDays(inspectedTo, 5));
    on(decidedOn);
    await record.record(
      candidateId,
      'DECISION',
      {
        occurredOn: decidedOn,
        body: 'PLENARY',
        membersExpected: 31,
        membersPresent: 29,
        votesFor: 28,
        votesAgainst: 0,
        abstentions: 1,
        ballot: true,
      },
      actor,
      viewer,
    );
    const publicity = app.get(PublicityService);
    const startsOn = workingDayFrom(addCalendarDays(decidedOn, 1));
    const endsOn = earliestPeriodEnd(startsOn, config.settings.vetting.publicityMinWorkingDays, calendar);
    on(startsOn);
    const notice = await publicity.publish({
      runId: await vetting.runOf(candidateId),
      startsOn,
      endsOn,
      candidateIds: [candidateId],
      actorId: chief.id,
    });
    const appointedOn = addCalendarDays(endsOn, 1);
    on(appointedOn);
    await app
      .get(OutcomeService)
      .record(candidateId, { decision: 'APPOINT', appointedOn, note: '经区委全委会票决通过', actorId: chief.id }, viewer);
    const probations = app.get(ProbationService);
    const probation = (await probations.ofCandidate(candidateId))!;
    on(probation.endsOn);
    await probations.assess(probation.id, {
      result: 'COMPETENT',
      assessedOn: probation.endsOn,
      note: '试用期满，经考核称职，正式任职',
      actorId: chief.id,
    });
    log(`demo: a completed appointment with its 全程记实 (${cadre.name}, notice ${notice.reference})`);
  } finally {
    Reflect.deleteProperty(clock, 'now');
  }
}
