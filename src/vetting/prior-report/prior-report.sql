/* Queries of the 报备 repository (prior-report.repository.ts): the report sent upward on a candidacy and the higher department's reply. */

/* 报备 of candidacies, by candidacy (those without one are left out). */
/* @name PriorReportsOf */
SELECT candidate_id, to_char(sent_on, 'YYYY-MM-DD') AS "sent_on!", sent_reference, sent_to, to_char(replied_on, 'YYYY-MM-DD') AS replied_on,
       reply_reference, reply_result, reply_note
  FROM vetting_prior_report
 WHERE candidate_id = ANY (:ids!::uuid[]);

/* Candidacies as 报备 reads them: their post, unit and decision (unknown ids are left out). */
/* @name CandidaciesForPriorReport */
SELECT id, run_id, proposed_post, unit_id, decision
  FROM vetting_candidate
 WHERE id = ANY (:ids!::uuid[]);

/* 已报备 (or its correction while no reply is recorded); no row when a reply is already recorded. */
/* @name RecordSent */
INSERT INTO vetting_prior_report AS p (candidate_id, sent_on, sent_reference, sent_to, sent_by)
VALUES (:candidateId!, :sentOn!::date, :reference!, :sentTo!, :actorId::uuid)
ON CONFLICT (candidate_id) DO UPDATE
   SET sent_on = excluded.sent_on, sent_reference = excluded.sent_reference, sent_to = excluded.sent_to, sent_by = excluded.sent_by,
       sent_at = now()
 WHERE p.replied_on IS NULL
RETURNING candidate_id;

/* 上级回复 (or its correction); no row when nothing was sent or the reply would predate the report. */
/* @name RecordReply */
UPDATE vetting_prior_report
   SET replied_on = :repliedOn!::date, reply_reference = :reference!, reply_result = :result!, reply_note = :note, replied_by = :actorId::uuid,
       replied_at = now()
 WHERE candidate_id = :candidateId! AND sent_on <= :repliedOn!::date
RETURNING candidate_id;
