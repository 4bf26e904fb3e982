import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { CadresService } from '../../cadres/cadres.service.js';
import { buildCalendar, type CalendarDays } from '../../infra/calendar/working-days.js';
import { AppConfig } from '../../infra/config/app-config.js';
import { JobHandler, type HandlesJob } from '../../infra/queue/job-handler.js';
import type { JobData } from '../../infra/queue/jobs.js';
import { AppointmentCalendar, type StandingCandidacy } from '../../vetting/calendar/appointment-calendar.service.js';
import { FINISHED_STATUSES } from '../deadlines/deadline-check.js';
import { TriageSettings } from '../triage-settings.js';
import { disposeBeforeAppointments, type Deadline } from './deadlines.js';
import { raiseForAppointments, type Priority } from './priority.js';
import { isUuid } from '../../infra/http/id-param.js';
import { ReportEventsRepository } from '../../reports/events/report-events.repository.js';
import { ReportDeadlinesRepository, type OpenDeadline } from '../deadlines/report-deadlines.repository.js';
import { ReportsRepository } from '../../reports/reports.repository.js';
import { TriageRepository } from '../triage.repository.js';
import { lockManyForTransaction } from '../../infra/database/locks.js';

/**
 * Cadres became candidates after tips about them were triaged (a vetting run started, a
 * notice published, a tip linked to a candidate later; one job for a run's or a notice's
 * whole slate): each open tip linked to them is raised to HIGH with a reason naming the run
 * or notice, and its disposition deadline is brought before the notice ends (or within the
 * run's opinion time). Vetting queues this job; it never writes triage's data itself.
 *
 * Idempotent: a tip whose reasons already name the candidacy is left alone. A tip being
 * triaged right now holds its cadres' lock (`qf:repeat:cadre:<id>`, see TriageReportJob):
 * waiting for that lock first means such a tip is either linked by the time the tips are
 * listed, or its triage read the calendar after the candidacy was committed.
 *
 * A moved deadline needs no job of its own: the hourly deadline-sweep sends the reminder or
 * escalation at its new dates.
 */
@Injectable()
@JobHandler('appointment-raise')
export class AppointmentRaiseJob implements HandlesJob<'appointment-raise'> {
  private readonly logger = new Logger(AppointmentRaiseJob.name);
  private readonly calendar: CalendarDays;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly settings: TriageSettings,
    private readonly appointments: AppointmentCalendar,
    private readonly cadres: CadresService,
    private readonly events: ReportEventsRepository,
    private readonly deadlines: ReportDeadlinesRepository,
    private readonly reports: ReportsRepository,
    private readonly triage: TriageRepository,
  ) {
    this.calendar = buildCalendar(config.calendar);
  }

  async handle(data: JobData<'appointment-raise'>): Promise<void> {
    const raises = ('raises' in data ? data.raises : [data]).filter((r) => isUuid(r.cadreId));
    const cadreIds = [...new Set(raises.map((r) => r.cadreId))];
    if (cadreIds.length === 0) return;
    await this.dataSource.transaction((m) =>
      lockManyForTransaction(
        m,
        cadreIds.map((id) => `qf:repeat:cadre:${id}`),
      ),
    );
    const standing = await this.appointments.standing({ cadreIds });
    if (standing.length === 0) return;
    const facts = await this.cadres.vettingFactsMany(cadreIds);
    // Each open tip with the candidacies of the cadres it is about, and the change that named the first of them.
    const tips = new Map<string, { standing: StandingCandidacy[]; changeId: string }>();
    for (const { cadreId, changeId } of raises) {
      const theirs = standing.filter((s) => s.cadreId === cadreId);
      if (theirs.length === 0) continue;
      for (const { reportId } of facts.get(cadreId)?.openReports ?? []) {
        const tip = tips.get(reportId) ?? { standing: [], changeId };
        tip.standing.push(...theirs.filter((s) => !tip.standing.includes(s)));
        tips.set(reportId, tip);
      }
    }
    if (tips.size === 0) return;
    const raised = await this.dataSource.transaction((m) => this.raise(m, tips));
    if (raised > 0) this.logger.log(`appointment of ${cadreIds.length} cadre(s): ${raised} open tip(s) raised`);
  }

  /**
   * The open tips, under their row locks (taken in id order, in one statement): for each tip
   * its candidacies do not name yet, its priority, reasons, disposition deadline and an
   * event. A few statements for all of them, whatever their number.
   */
  private async raise(m: EntityManager, tips: ReadonlyMap<string, { standing: StandingCandidacy[]; changeId: string }>): Promise<number> {
    const rows = await this.reports.prioritiesForUpdate(m, [...tips.keys()]);
    // Not triaged yet: triage itself reads the calendar. Finished: nothing waits on it any more.
    const open = rows.filter((r) => r.triaged && r.priority !== null && r.priorityLevel && !FINISHED_STATUSES.includes(r.status));
    const reasons = await this.triage.priorityReasons(
      m,
      open.map((r) => r.id),
    );
    const settings = this.settings.value;
    const changes = open.flatMap((row) => {
      const current: Priority = { score: row.priority!, level: row.priorityLevel as Priority['level'], reasons: reasons.get(row.id) ?? [] };
      const { standing, changeId } = tips.get(row.id)!;
      const raised = raiseForAppointments(current, standing, settings.priority);
      return raised ? [{ reportId: row.id, current, raised, changeId }] : [];
    });
    if (changes.length === 0) return 0;
    const today = this.appointments.today();
    const deadlines = await this.deadlines.openForUpdate(
      m,
      changes.map((c) => c.reportId),
      'DISPOSITION',
    );
    const forward = new Map(
      changes.flatMap((c) => {
        const next = this.dispositionBefore(deadlines.get(c.reportId), c.raised.newly, today);
        return next ? [[c.reportId, next] as const] : [];
      }),
    );
    await this.deadlines.reschedule(
      m,
      [...forward.values()].map((f) => f.dates),
    );
    await this.reports.setPriorities(
      m,
      changes.map((c) => ({ id: c.reportId, score: c.raised.score, level: c.raised.level })),
    );
    await this.triage.setPriorityReasons(
      m,
      changes.map((c) => ({ reportId: c.reportId, reasons: c.raised.reasons })),
    );
    await this.events.appendMany(
      m,
      changes.map(({ reportId, current, raised, changeId }) => ({
        reportId,
        type: 'PRIORITY_RAISED',
        actorKind: 'SYSTEM',
        data: {
          changeId,
          before: { priority: current.score, level: current.level },
          after: { priority: raised.score, level: raised.level },
          reasons: raised.added,
          appointments: raised.newly.map((x) => ({ candidateId: x.candidateId, runId: x.runId, noticeId: x.notice?.id ?? null })),
          deadline: forward.get(reportId)?.event ?? null,
        },
      })),
    );
    return changes.length;
  }

  /** The open disposition deadline brought before the candidacies just named; null when it is due by then already (or met, or absent). */
  private dispositionBefore(
    d: OpenDeadline | undefined,
    touched: StandingCandidacy[],
    today: string,
  ): { event: { kind: string; before: string; after: string }; dates: OpenDeadline } | null {
    if (!d) return null;
    const current: Deadline = { kind: 'DISPOSITION', dueOn: d.dueOn, remindOn: d.remindOn };
    const [next] = disposeBeforeAppointments(
      [current],
      touched,
      today,
      {
        runWorkingDays: this.config.settings.deadlines.agencyOpinionWorkingDays,
        remindWorkingDaysBefore: this.settings.value.deadlines.remindWorkingDaysBefore,
      },
      this.calendar,
    );
    if (!next || next.dueOn === current.dueOn) return null;
    return {
      event: { kind: 'DISPOSITION', before: current.dueOn, after: next.dueOn },
      dates: { id: d.id, dueOn: next.dueOn, remindOn: next.remindOn },
    };
  }
}
