/* Queries of the appointment record (全程记实, appointment-record.repository.ts). */

/* The candidacy a step is recorded for (and its verdict), locked so that two versions of a step are numbered one after the other
   and a decision is recorded only while the verdict stored is PASS. */
/* @name LockCandidate */
SELECT id, run_id, verdict FROM vetting_candidate WHERE id = :id! FOR UPDATE;

/* A new version of a step: the one after the newest of its kind. */
/* @name InsertStep */
INSERT INTO appointment_step (candidate_id, kind, version, occurred_on, payload, recorded_by, recorded_at, audit_seq)
SELECT :candidateId!, :kind!, coalesce(max(version), 0) + 1, :occurredOn!::date, :payload!::jsonb, :recordedBy::uuid, :recordedAt!,
       :auditSeq!::bigint
  FROM appointment_step
 WHERE candidate_id = :candidateId! AND kind = :kind!
RETURNING id, version;

/* Every version of every typed step of a candidacy, newest version first within a kind. */
/* @name StepsOf */
SELECT id, kind, version, to_char(occurred_on, 'YYYY-MM-DD') AS "occurred_on!", payload, recorded_by, recorded_at, audit_seq
  FROM appointment_step
 WHERE candidate_id = :candidateId!
 ORDER BY kind, version DESC;

/* Who recorded the steps the record reads from elsewhere, and when: the run's record lines about this candidacy
   (a notice's line names its candidacies in its data). */
/* @name ProcedureLinesOf */
SELECT step, actor_id, created_at, data
  FROM vetting_step
 WHERE run_id = :runId!
   AND step IN ('PUBLICITY_PUBLISHED', 'OUTCOME_RECORDED', 'PROBATION_STARTED', 'PROBATION_ASSESSED')
   AND (candidate_id = :candidateId! OR (candidate_id IS NULL AND data->'candidateIds' @> to_jsonb(:candidateId!::text)))
 ORDER BY id;
