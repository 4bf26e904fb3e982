import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { runCommand, runQuery, type Queryable } from '../infra/database/sql.js';
import type { ItemKind } from './agenda-rules.js';
import type { DecisionKind } from './decision-rules.js';
import type { AttendanceStatus } from './meeting-view.js';
import * as q from './meetings.queries.js';

/** A joint meeting's row. */
export type MeetingRow = q.IMeetingByIdResult;

/** An agenda item as stored (what it is about is resolved by the caller: a request's tip is the verification module's). */
export interface ItemRow {
  id: string;
  position: number;
  kind: ItemKind;
  subject_id: string | null;
  title: string;
  reasons: string[];
  decision: DecisionKind | null;
  decision_detail: unknown;
  decided_at: Date | null;
}

/**
 * The meetings module's tables (joint_meeting, joint_meeting_item, joint_meeting_attendance,
 * joint_meeting_opinion), read and written here and nowhere else; the queries are in
 * `meetings.sql`, typed from the schema. A method that is part of a change takes the
 * transaction's EntityManager as `on`.
 */
@Injectable()
export class MeetingsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async lockMeeting(on: Queryable, id: string): Promise<MeetingRow | null> {
    const [row] = await runQuery(q.lockMeeting, { id }, on);
    return row ?? null;
  }

  async meetingById(id: string, on: Queryable = this.dataSource): Promise<MeetingRow | null> {
    const [row] = await runQuery(q.meetingById, { id }, on);
    return row ?? null;
  }

  async insertMeeting(
    on: Queryable,
    meeting: { heldOn: string; title: string; place: string; convener: string; invitedAgencies: string[]; createdBy: string | null },
  ): Promise<string> {
    const [row] = await runQuery(q.insertMeeting, meeting, on);
    return row!.id;
  }

  /** Appends the items after the agenda's last, in order; returns how many were added (one already on it is skipped). */
  async appendItems(
    on: Queryable,
    meetingId: string,
    items: Array<{ kind: ItemKind; subjectId: string | null; title: string; reasons: string[] }>,
  ): Promise<number> {
    const rows = await runQuery(
      q.appendItems,
      {
        meetingId,
        items: JSON.stringify(
          items.map((p, i) => ({ kind: p.kind, subject_id: p.subjectId, title: p.title, reasons: p.reasons, n: i + 1 })),
        ),
      },
      on,
    );
    return rows.length;
  }

  async updateMeeting(
    on: Queryable,
    id: string,
    patch: {
      title: string | null;
      heldOn: string | null;
      place: string | null;
      convener: string | null;
      invitedAgencies: string[] | null;
      minutes: string | null;
    },
  ): Promise<void> {
    await runCommand(q.updateMeeting, { id, ...patch }, on);
  }

  async touchMeeting(on: Queryable, id: string): Promise<void> {
    await runCommand(q.touchMeeting, { id }, on);
  }

  async itemOfMeeting(
    on: Queryable,
    meetingId: string,
    id: string,
    lock = false,
  ): Promise<{ id: string; kind: ItemKind; subject_id: string | null; decision: DecisionKind | null } | null> {
    const [row] = await runQuery(lock ? q.lockItemOfMeeting : q.itemOfMeeting, { id, meetingId }, on);
    return row ? { ...row, kind: row.kind as ItemKind, decision: row.decision as DecisionKind | null } : null;
  }

  async itemById(id: string): Promise<{ id: string; kind: ItemKind; subject_id: string | null } | null> {
    const [row] = await runQuery(q.itemById, { id }, this.dataSource);
    return row ? { ...row, kind: row.kind as ItemKind } : null;
  }

  async deleteItem(on: Queryable, id: string): Promise<void> {
    await runCommand(q.deleteItem, { id }, on);
  }

  /** A meeting's items in agenda order. */
  async itemsOf(meetingId: string, on: Queryable = this.dataSource): Promise<ItemRow[]> {
    const rows = await runQuery(q.itemsOfMeeting, { meetingId }, on);
    return rows.map((r) => ({
      ...r,
      kind: r.kind as ItemKind,
      reasons: r.reasons as string[],
      decision: r.decision as DecisionKind | null,
    }));
  }

  async reorder(on: Queryable, meetingId: string, ids: string[]): Promise<void> {
    await runCommand(q.reorder, { meetingId, ids }, on);
  }

  async setDecision(on: Queryable, id: string, decision: DecisionKind, detail: object, decidedBy: string | null): Promise<void> {
    await runCommand(q.setDecision, { id, decision, detail: JSON.stringify(detail), decidedBy }, on);
  }

  async upsertAttendance(
    on: Queryable,
    entry: {
      meetingId: string;
      agencyCode: string;
      status: AttendanceStatus;
      attendee: string | null;
      note: string | null;
      recordedBy: string | null;
    },
  ): Promise<void> {
    await runCommand(q.upsertAttendance, entry, on);
  }

  /** A meeting's attendance, by agency code. */
  async attendanceOf(
    meetingId: string,
    on: Queryable = this.dataSource,
  ): Promise<Array<{ agency_code: string; status: AttendanceStatus; attendee: string | null; note: string | null }>> {
    const rows = await runQuery(q.attendanceOf, { meetingId }, on);
    return rows.map((r) => ({ ...r, status: r.status as AttendanceStatus }));
  }

  async upsertOpinion(
    on: Queryable,
    opinion: { itemId: string; agencyCode: string; opinion: string; recordedBy: string | null },
  ): Promise<void> {
    await runCommand(q.upsertOpinion, opinion, on);
  }

  opinionsOf(
    meetingId: string,
    on: Queryable = this.dataSource,
  ): Promise<Array<{ item_id: string; agency_code: string; opinion: string }>> {
    return runQuery(q.opinionsOfMeeting, { meetingId }, on);
  }

  /** The latest 200 meetings with their counts of items and decisions (every item counted). */
  listMeetings(on: Queryable = this.dataSource): Promise<q.IListMeetingsResult[]> {
    return runQuery(q.listMeetings, undefined, on);
  }

  async itemsOfMeetings(
    meetingIds: string[],
    on: Queryable = this.dataSource,
  ): Promise<Array<{ meeting_id: string; kind: ItemKind; subject_id: string | null; decision: string | null }>> {
    const rows = await runQuery(q.itemsOfMeetings, { meetingIds }, on);
    return rows.map((r) => ({ ...r, kind: r.kind as ItemKind }));
  }

  /** What other meetings have undecided on their agenda (their subjects' ids). */
  async scheduledElsewhere(on: Queryable, meetingId: string): Promise<Set<string>> {
    return new Set((await runQuery(q.scheduledElsewhere, { meetingId }, on)).map((r) => r.subject_id));
  }
}
