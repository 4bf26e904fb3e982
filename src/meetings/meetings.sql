/* Queries of the meetings module's repository (meetings.repository.ts): joint meetings, their agenda, attendance and opinions. */

/* @name LockMeeting */
SELECT id, number, title, to_char(held_on, 'YYYY-MM-DD') AS "held_on!", place, convener, invited_agencies, minutes, created_at, updated_at
  FROM joint_meeting
 WHERE id = :id!
   FOR UPDATE;

/* @name MeetingById */
SELECT id, number, title, to_char(held_on, 'YYYY-MM-DD') AS "held_on!", place, convener, invited_agencies, minutes, created_at, updated_at
  FROM joint_meeting
 WHERE id = :id!;

/* @name InsertMeeting */
INSERT INTO joint_meeting (number, title, held_on, place, convener, invited_agencies, created_by)
VALUES ('LX' || to_char(:heldOn!::date, 'YYYY') || '-' || serial_text(nextval('joint_meeting_number'), 3), :title!, :heldOn!::date, :place!, :convener!,
        :invitedAgencies!::text[], :createdBy::uuid)
RETURNING id;

/* Appends items after the agenda's last, in the order given; an item already on it is skipped. */
/* @name AppendItems */
INSERT INTO joint_meeting_item (meeting_id, position, kind, subject_id, title, reasons)
SELECT :meetingId!::uuid, coalesce((SELECT max(position) FROM joint_meeting_item WHERE meeting_id = :meetingId!::uuid), 0) + p.n, p.kind, p.subject_id, p.title, p.reasons
  FROM jsonb_to_recordset(:items!::jsonb) AS p(kind text, subject_id uuid, title text, reasons jsonb, n int)
ON CONFLICT (meeting_id, kind, subject_id) WHERE subject_id IS NOT NULL DO NOTHING
RETURNING id;

/* A field left null keeps its value. */
/* @name UpdateMeeting */
UPDATE joint_meeting
   SET title = coalesce(:title::text, title), held_on = coalesce(:heldOn::date, held_on), place = coalesce(:place::text, place),
       convener = coalesce(:convener::text, convener), invited_agencies = coalesce(:invitedAgencies::text[], invited_agencies),
       minutes = coalesce(:minutes::text, minutes), updated_at = now()
 WHERE id = :id!;

/* @name TouchMeeting */
UPDATE joint_meeting SET updated_at = now() WHERE id = :id!;

/* An item of the meeting, with what it is about and its decision. */
/* @name ItemOfMeeting */
SELECT id, kind, subject_id, decision
  FROM joint_meeting_item
 WHERE id = :id! AND meeting_id = :meetingId!;

/* @name LockItemOfMeeting */
SELECT id, kind, subject_id, decision
  FROM joint_meeting_item
 WHERE id = :id! AND meeting_id = :meetingId!
   FOR UPDATE;

/* @name ItemById */
SELECT id, kind, subject_id
  FROM joint_meeting_item
 WHERE id = :id!;

/* @name DeleteItem */
DELETE FROM joint_meeting_item WHERE id = :id!;

/* @name ItemsOfMeeting */
SELECT i.id, i.position, i.kind, i.subject_id, i.title, i.reasons, i.decision, i.decision_detail, i.decided_at
  FROM joint_meeting_item i
 WHERE i.meeting_id = :meetingId!
 ORDER BY i.position, i.created_at;

/* @name Reorder */
UPDATE joint_meeting_item i
   SET position = o.n
  FROM unnest(:ids!::uuid[]) WITH ORDINALITY AS o(id, n)
 WHERE i.id = o.id AND i.meeting_id = :meetingId!;

/* @name SetDecision */
UPDATE joint_meeting_item
   SET decision = :decision!, decision_detail = :detail!::jsonb, decided_by = :decidedBy::uuid, decided_at = now()
 WHERE id = :id!;

/* @name UpsertAttendance */
INSERT INTO joint_meeting_attendance (meeting_id, agency_code, status, attendee, note, recorded_by)
VALUES (:meetingId!, :agencyCode!, :status!, :attendee, :note, :recordedBy)
ON CONFLICT (meeting_id, agency_code) DO UPDATE SET status = EXCLUDED.status, attendee = EXCLUDED.attendee, note = EXCLUDED.note,
                                                    recorded_by = EXCLUDED.recorded_by, recorded_at = now();

/* @name AttendanceOf */
SELECT agency_code, status, attendee, note
  FROM joint_meeting_attendance
 WHERE meeting_id = :meetingId!
 ORDER BY agency_code;

/* @name UpsertOpinion */
INSERT INTO joint_meeting_opinion (item_id, agency_code, opinion, recorded_by)
VALUES (:itemId!, :agencyCode!, :opinion!, :recordedBy)
ON CONFLICT (item_id, agency_code) DO UPDATE SET opinion = EXCLUDED.opinion, recorded_by = EXCLUDED.recorded_by, recorded_at = now();

/* @name OpinionsOfMeeting */
SELECT o.item_id, o.agency_code, o.opinion
  FROM joint_meeting_opinion o JOIN joint_meeting_item i ON i.id = o.item_id
 WHERE i.meeting_id = :meetingId!;

/* The latest meetings (at most 200) with how many items and decisions each has. */
/* @name ListMeetings */
SELECT j.id, j.number, j.title, to_char(j.held_on, 'YYYY-MM-DD') AS "held_on!", j.place, j.convener,
       count(i.id)::int AS "items!", count(i.decision)::int AS "decided!"
  FROM joint_meeting j LEFT JOIN joint_meeting_item i ON i.meeting_id = j.id
 GROUP BY j.id
 ORDER BY j.held_on DESC, j.number DESC
 LIMIT 200;

/* The items of these meetings, with what each is about (to leave out those a viewer may not see). */
/* @name ItemsOfMeetings */
SELECT meeting_id, kind, subject_id, decision
  FROM joint_meeting_item
 WHERE meeting_id = ANY (:meetingIds!::uuid[]);

/* What other meetings have on their agenda undecided. */
/* @name ScheduledElsewhere */
SELECT DISTINCT subject_id AS "subject_id!"
  FROM joint_meeting_item
 WHERE decision IS NULL AND subject_id IS NOT NULL AND meeting_id <> :meetingId!;
