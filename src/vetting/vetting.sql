/* Queries of the vetting module's repository (vetting.repository.ts): runs, candidacies and the record of their steps. */

/* One line of a run's record (全程记实). */
/* @name InsertStep */
INSERT INTO vetting_step (run_id, candidate_id, step, actor_kind, actor_id, data)
VALUES (:runId!, :candidateId, :step!, :actorKind!, :actorId, :data!::jsonb);

/*
 * Several lines of runs' records, kept in the order given: one JSON array of lines (one text
 * parameter, sent as it is, where an array of JSON texts is escaped element by element).
 */
/* @name InsertSteps */
INSERT INTO vetting_step (run_id, candidate_id, step, actor_kind, actor_id, data)
SELECT (s.line ->> 'runId')::uuid, (s.line ->> 'candidateId')::uuid, s.line ->> 'step', s.line ->> 'actorKind',
       (s.line ->> 'actorId')::uuid, s.line -> 'data'
  FROM jsonb_array_elements(:lines!::jsonb) WITH ORDINALITY AS s(line, n)
 ORDER BY s.n;

/* @name InsertRun */
INSERT INTO vetting_run (title, started_on, agency_codes, created_by)
VALUES (:title!, :startedOn!::date, :agencyCodes!::text[], :createdBy::uuid)
RETURNING id;

/* A run's candidacies, in slate order (one per cadre and run). */
/* @name InsertCandidates */
INSERT INTO vetting_candidate (run_id, cadre_id, proposed_post, unit_id, level, promotion)
SELECT :runId!::uuid, cadre_id, proposed_post, unit_id, level, promotion
  FROM unnest(:cadreIds!::uuid[], :proposedPosts!::text[], :unitIds!::uuid[], :levels!::text[], :promotions!::boolean[])
       WITH ORDINALITY AS s(cadre_id, proposed_post, unit_id, level, promotion, n)
 ORDER BY n
RETURNING id, cadre_id;

/* What a candidacy's evaluation starts from. */
/* @name CandidatesForEvaluation */
SELECT id, run_id, cadre_id, proposed_post, unit_id, level, promotion, verdict, reasons, evaluations, decision
  FROM vetting_candidate
 WHERE id = ANY (:ids!::uuid[]);

/*
 * Candidacies' evaluations and, in the order given, the EVALUATED step of each that carries
 * one (`step`: the step's data but its reasons, which are the evaluation's): one statement,
 * each evaluation's reasons sent once although the step repeats them. Answers the saved
 * candidacies as views show them, but their reasons (the caller has them).
 */
/* @name SaveEvaluations */
WITH x AS (
  SELECT (e.item ->> 'id')::uuid AS id, (e.item ->> 'runId')::uuid AS run_id, e.item ->> 'verdict' AS verdict,
         e.item -> 'reasons' AS reasons, e.item -> 'step' AS step, e.n
    FROM jsonb_array_elements(:evaluations!::jsonb) WITH ORDINALITY AS e(item, n)
), steps AS (
  INSERT INTO vetting_step (run_id, candidate_id, step, actor_kind, actor_id, data)
  SELECT x.run_id, x.id, 'EVALUATED', 'SYSTEM', NULL, x.step || jsonb_build_object('reasons', x.reasons)
    FROM x
   WHERE x.step IS NOT NULL
   ORDER BY x.n
)
UPDATE vetting_candidate v
   SET verdict = x.verdict, reasons = x.reasons, evaluated_on = :asOf!::date, evaluated_at = now(), evaluations = v.evaluations + 1
  FROM x
 WHERE v.id = x.id
RETURNING v.id, v.cadre_id, v.proposed_post, v.verdict, to_char(v.evaluated_on, 'YYYY-MM-DD') AS evaluated_on, v.decision,
          to_char(v.decided_on, 'YYYY-MM-DD') AS decided_on, v.decision_note, to_char(v.suspended_until, 'YYYY-MM-DD') AS suspended_until;

/* A cadre's candidacies still open (undecided or suspended). */
/* @name OpenCandidaciesOfCadre */
SELECT id
  FROM vetting_candidate
 WHERE cadre_id = :cadreId! AND (decision IS NULL OR decision = 'SUSPEND');

/* Candidacies as views show them (the cadre's name and number come from the cadres module). */
/* @name CandidateRows */
SELECT id, cadre_id, proposed_post, verdict, reasons, to_char(evaluated_on, 'YYYY-MM-DD') AS evaluated_on, decision,
       to_char(decided_on, 'YYYY-MM-DD') AS decided_on, decision_note, to_char(suspended_until, 'YYYY-MM-DD') AS suspended_until
  FROM vetting_candidate
 WHERE id = ANY (:ids!::uuid[]);

/* @name RunOfCandidate */
SELECT run_id
  FROM vetting_candidate
 WHERE id = :id!;

/* Every candidacy of a cadre, newest run first. */
/* @name HistoryOfCadre */
SELECT v.id, v.run_id, r.title, to_char(r.started_on, 'YYYY-MM-DD') AS "started_on!", v.proposed_post, v.verdict, v.decision,
       to_char(v.decided_on, 'YYYY-MM-DD') AS decided_on
  FROM vetting_candidate v JOIN vetting_run r ON r.id = v.run_id
 WHERE v.cadre_id = :cadreId!
 ORDER BY r.started_on DESC, r.id DESC;

/*
 * Open candidacies (undecided or suspended), newest runs first: every candidacy of the runs
 * that begin within the first `limit` (the caller orders each run's by name and cuts at `limit`).
 */
/* @name OpenCandidatesOfLatestRuns */
WITH open AS (
  SELECT v.id, v.cadre_id, v.proposed_post, v.verdict, r.title AS run_title, r.started_on, r.id AS run_id
    FROM vetting_candidate v JOIN vetting_run r ON r.id = v.run_id
   WHERE v.decision IS NULL OR v.decision = 'SUSPEND'),
runs AS (
  SELECT run_id, coalesce(sum(count(*)) OVER (ORDER BY started_on DESC, run_id DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before
    FROM open
   GROUP BY run_id, started_on)
SELECT o.id AS "id!", o.cadre_id AS "cadre_id!", o.proposed_post AS "proposed_post!", o.verdict AS "verdict!", o.run_title AS "run_title!",
       o.run_id AS "run_id!"
  FROM open o JOIN runs ON runs.run_id = o.run_id
 WHERE runs.before < :limit!::int
 ORDER BY o.started_on DESC, o.run_id DESC;

/* The latest runs, newest first, with how many candidates each verdict holds. */
/* @name ListRuns */
SELECT r.id, r.title, to_char(r.started_on, 'YYYY-MM-DD') AS "started_on!", count(c.id)::int AS "candidates!",
       count(*) FILTER (WHERE c.verdict = 'PASS')::int AS "pass!", count(*) FILTER (WHERE c.verdict = 'BLOCK')::int AS "block!",
       count(*) FILTER (WHERE c.verdict = 'PENDING')::int AS "pending!"
  FROM vetting_run r LEFT JOIN vetting_candidate c ON c.run_id = r.id
 GROUP BY r.id
 ORDER BY r.started_on DESC, r.id DESC
 LIMIT :limit!::int;

/* @name RunById */
SELECT id, title, to_char(started_on, 'YYYY-MM-DD') AS "started_on!", agency_codes
  FROM vetting_run
 WHERE id = :id!;

/* @name CandidatesOfRun */
SELECT id, cadre_id
  FROM vetting_candidate
 WHERE run_id = :runId!
 ORDER BY id;

/* @name StepsOfRun */
SELECT step, candidate_id, actor_kind, data, created_at
  FROM vetting_step
 WHERE run_id = :runId!
 ORDER BY id;

/* Where a candidacy's post is (the quota on the vetting sheet). */
/* @name CandidatePlacement */
SELECT run_id, unit_id, level
  FROM vetting_candidate
 WHERE id = :id!;

/* What an outcome decision needs of a candidacy. */
/* @name CandidateForOutcome */
SELECT id, run_id, cadre_id, proposed_post, promotion, decision
  FROM vetting_candidate
 WHERE id = :id!;

/* The outcome of a candidacy still open (undecided or suspended); no row when another decision came first. */
/* @name RecordDecision */
UPDATE vetting_candidate
   SET decision = :decision!, decided_on = :decidedOn!::date, decision_note = :note, suspended_until = :suspendedUntil::date, decided_by = :decidedBy::uuid
 WHERE id = :id! AND (decision IS NULL OR decision = 'SUSPEND')
RETURNING id;

/* The cadre of a candidacy. */
/* @name CadreOfCandidate */
SELECT cadre_id
  FROM vetting_candidate
 WHERE id = :id!;

/* Candidacies' cadres and decisions, by id. */
/* @name DecisionsOf */
SELECT id, cadre_id, decision
  FROM vetting_candidate
 WHERE id = ANY (:ids!::uuid[]);

/* Undecided candidacies that did not pass, oldest run first (the caller orders a run's by name). */
/* @name UndecidedNotPassed */
SELECT vc.id, vc.cadre_id, run.title, vc.proposed_post, vc.verdict, vc.reasons, run.started_on::text || ' ' || run.created_at::text AS "run_key!"
  FROM vetting_candidate vc JOIN vetting_run run ON run.id = vc.run_id
 WHERE vc.decision IS NULL AND vc.verdict <> 'PASS'
 ORDER BY run.started_on, run.created_at;

/* Candidates of the vetting runs started in a period (civil dates, inclusive), by verdict (the statistics). */
/* @name VerdictCounts */
SELECT c.verdict AS key, count(*)::int AS "count!"
  FROM vetting_candidate c JOIN vetting_run v ON v.id = c.run_id
 WHERE v.started_on BETWEEN :from!::date AND :to!::date
 GROUP BY 1;

/*
 * The same candidates held back (verdict BLOCK), by blocking reason: one candidate counts once per
 * reason. From the codes kept beside the reasons (blocking_codes, each once), not the reasons themselves.
 */
/* @name HeldBackReasonCounts */
SELECT r.code AS key, count(*)::int AS "count!"
  FROM vetting_candidate c JOIN vetting_run v ON v.id = c.run_id CROSS JOIN unnest(c.blocking_codes) AS r(code)
 WHERE v.started_on BETWEEN :from!::date AND :to!::date AND c.verdict = 'BLOCK'
 GROUP BY 1
 ORDER BY 2 DESC, 1;

/* The same candidates by decision (UNDECIDED while none is recorded). */
/* @name DecisionCounts */
SELECT coalesce(c.decision, 'UNDECIDED') AS key, count(*)::int AS "count!"
  FROM vetting_candidate c JOIN vetting_run v ON v.id = c.run_id
 WHERE v.started_on BETWEEN :from!::date AND :to!::date
 GROUP BY 1;
