/* Queries of the vetting module's publicity notices (publicity.repository.ts): notices, their candidates, tips linked during them. */

/* A run's candidacies, with whether each is on a standing notice. */
/* @name RunCandidatesForPublicity */
SELECT v.id, v.cadre_id, v.verdict, v.decision,
       EXISTS (SELECT 1 FROM publicity_candidate p WHERE p.candidate_id = v.id AND NOT p.withdrawn) AS "on_notice!"
  FROM vetting_candidate v
 WHERE v.run_id = :runId!;

/* @name InsertNotice */
INSERT INTO publicity_notice (run_id, reference, title, starts_on, ends_on, working_days, contact, published_by)
VALUES (:runId!, 'GS-' || to_char(:startsOn!::date, 'YYYY') || '-' || serial_text(nextval('publicity_notice_number_seq'), 4), :title!,
        :startsOn!::date, :endsOn!::date, :workingDays!, :contact!, :publishedBy::uuid)
RETURNING id, reference;

/* A notice's candidates, in the order given. */
/* @name InsertNoticeCandidates */
INSERT INTO publicity_candidate (notice_id, candidate_id, position)
SELECT :noticeId!::uuid, id, n
  FROM unnest(:candidateIds!::uuid[]) WITH ORDINALITY AS t(id, n);

/* A notice's candidacies in their order on it. */
/* @name NoticeCandidates */
SELECT v.id AS candidate_id, v.cadre_id, v.proposed_post
  FROM publicity_candidate p JOIN vetting_candidate v ON v.id = p.candidate_id
 WHERE p.notice_id = :noticeId!
 ORDER BY p.position;

/* @name NoticeById */
SELECT id, run_id, reference, title, to_char(starts_on, 'YYYY-MM-DD') AS "starts_on!", to_char(ends_on, 'YYYY-MM-DD') AS "ends_on!", working_days, contact,
       withdrawn_at, withdrawal_reason
  FROM publicity_notice
 WHERE id = :id!;

/* @name LockNotice */
SELECT id, run_id, reference, title, to_char(starts_on, 'YYYY-MM-DD') AS "starts_on!", to_char(ends_on, 'YYYY-MM-DD') AS "ends_on!", working_days, contact,
       withdrawn_at, withdrawal_reason
  FROM publicity_notice
 WHERE id = :id!
   FOR UPDATE;

/* Takes a notice down (撤销) with its candidates; returns its candidacies in their order on it. */
/* @name WithdrawNotice */
UPDATE publicity_notice SET withdrawn_at = :at!, withdrawn_by = :by::uuid, withdrawal_reason = :reason! WHERE id = :id!;

/* @name WithdrawNoticeCandidates */
UPDATE publicity_candidate SET withdrawn = true WHERE notice_id = :noticeId!;

/* @name NoticeCandidateIds */
SELECT candidate_id
  FROM publicity_candidate
 WHERE notice_id = :noticeId!
 ORDER BY position;

/* Notices in their period on the day and not withdrawn, newest first. */
/* @name CurrentNotices */
SELECT id, run_id, reference, title, to_char(starts_on, 'YYYY-MM-DD') AS "starts_on!", to_char(ends_on, 'YYYY-MM-DD') AS "ends_on!", working_days, contact,
       withdrawn_at, withdrawal_reason
  FROM publicity_notice
 WHERE starts_on <= :today!::date AND ends_on >= :today!::date AND withdrawn_at IS NULL
 ORDER BY starts_on DESC, reference DESC;

/* @name NoticesOfRun */
SELECT id, run_id, reference, title, to_char(starts_on, 'YYYY-MM-DD') AS "starts_on!", to_char(ends_on, 'YYYY-MM-DD') AS "ends_on!", working_days, contact,
       withdrawn_at, withdrawal_reason
  FROM publicity_notice
 WHERE run_id = :runId!
 ORDER BY published_at DESC, reference DESC;

/* @name StandingNoticeOfCandidate */
SELECT notice_id
  FROM publicity_candidate
 WHERE candidate_id = :candidateId! AND NOT withdrawn;

/* The periods of every notice (or one), cut short when withdrawn. */
/* @name NoticePeriods */
SELECT to_char(starts_on, 'YYYY-MM-DD') AS "starts_on!", to_char(ends_on, 'YYYY-MM-DD') AS "ends_on!", withdrawn_at
  FROM publicity_notice
 WHERE :noticeId::uuid IS NULL OR id = :noticeId::uuid;

/* Which of these tips were examined already. */
/* @name CheckedAmong */
SELECT report_id
  FROM publicity_report_check
 WHERE report_id = ANY (:ids!::uuid[]);

/* The notices standing when a tip was received (in their period that day, not withdrawn by then), with their candidacies in order. */
/* @name NoticesStandingAt */
SELECT n.id AS notice_id, to_char(n.starts_on, 'YYYY-MM-DD') AS "starts_on!", to_char(n.ends_on, 'YYYY-MM-DD') AS "ends_on!",
       v.id AS candidate_id, v.cadre_id, v.proposed_post
  FROM publicity_notice n JOIN publicity_candidate p ON p.notice_id = n.id
  JOIN vetting_candidate v ON v.id = p.candidate_id
 WHERE n.starts_on <= :day!::date AND n.ends_on >= :day!::date AND (n.withdrawn_at IS NULL OR n.withdrawn_at > :receivedAt!::timestamptz)
 ORDER BY n.id, p.position;

/* Links a tip to a candidacy; no row when it was linked already. */
/* @name InsertReportLink */
INSERT INTO publicity_report_link (report_id, candidate_id, notice_id, basis)
VALUES (:reportId!, :candidateId!, :noticeId!, :basis!)
ON CONFLICT DO NOTHING
RETURNING report_id;

/* @name MarkChecked */
INSERT INTO publicity_report_check (report_id) VALUES (:reportId!) ON CONFLICT DO NOTHING;

/* @name LinksOfCandidate */
SELECT report_id, basis
  FROM publicity_report_link
 WHERE candidate_id = :candidateId!;
