// Set-based generators for the vetting benchmark: the facts the pre-appointment rules read
// (tips linked to cadres, verified findings, sanctions, personal-matters reports, file
// audits, investigations, post quotas) and a slate of candidates drawn from the generated
// roster. Run after generateRoster/generateTips of district-data.mjs. Everything is fictional.

/**
 * Links every generated tip to the cadre triage linked it to (cadre_report_link, as staff
 * confirmation writes it), gives every unit a post quota, and gives `candidates` cadres
 * the facts that make the rules work: about one in six has a sanction (some still in
 * their influence period), some have concealed or omitted personal matters, some have
 * an unaudited file or an investigation, a few have their open tips verified (findings).
 * Returns the slate for POST /api/v1/vetting/runs (half of it names a unit and level, so
 * the quota rule runs) and the cadre ids.
 */
export async function generateVettingFacts(db, { candidates = 50 } = {}) {
  await db.query(`
    INSERT INTO cadre_report_link (report_id, cadre_id, source, linked_at)
    SELECT report_id, cadre_id, 'TRIAGE', now() FROM report_subject_cadre
    ON CONFLICT DO NOTHING`);
  await db.query(`
    INSERT INTO post_quota (unit_id, level, approved)
    SELECT u.id, l.level, l.approved FROM unit u CROSS JOIN (VALUES ('正科', 2), ('副科', 4), ('一级主任科员', 3)) AS l(level, approved)
    ON CONFLICT DO NOTHING`);
  // Candidates spread evenly over the roster (so over units), each carrying generated tips.
  const { rows: picked } = await db.query(
    `WITH c AS (SELECT c.id, c.unit_id, c.level, c.post, row_number() OVER (ORDER BY c.person_no) AS n, count(*) OVER () AS total FROM cadre c)
     SELECT id, unit_id, level, post FROM c WHERE (n - 1) % greatest(1, total / $1) = 0 ORDER BY n LIMIT $1`,
    [candidates],
  );
  if (picked.length < candidates) throw new Error(`the roster has only ${picked.length} cadres to propose (${candidates} asked)`);
  const ids = picked.map((c) => c.id);
  await db.query(
    `UPDATE cadre c SET file_audited_on = CASE WHEN x.n % 10 = 3 THEN NULL ELSE current_date - 30 END,
                        under_investigation = (x.n % 25 = 11), investigation_since = CASE WHEN x.n % 25 = 11 THEN current_date - 90 END
       FROM unnest($1::uuid[]) WITH ORDINALITY AS x(id, n) WHERE c.id = x.id`,
    [ids],
  );
  await db.query(
    `INSERT INTO personal_matters_report (cadre_id, year, submitted_on, status, checked_on, check_reason, explained_on)
     SELECT x.id, y.year, make_date(y.year, 1, 31),
            CASE WHEN y.year < extract(year FROM current_date)::int - 1 THEN 'CONSISTENT'
                 WHEN x.n % 17 = 5 THEN 'CONCEALMENT' WHEN x.n % 13 = 4 THEN 'OMISSION' WHEN x.n % 9 = 2 THEN 'NOT_VERIFIED' ELSE 'CONSISTENT' END,
            CASE WHEN x.n % 9 = 2 AND y.year = extract(year FROM current_date)::int - 1 THEN NULL ELSE make_date(y.year, 3, 1) END,
            'PROMOTION', CASE WHEN x.n % 26 = 4 THEN make_date(y.year, 4, 1) END
       FROM unnest($1::uuid[]) WITH ORDINALITY AS x(id, n)
      CROSS JOIN generate_series(extract(year FROM current_date)::int - 3, extract(year FROM current_date)::int - 1) AS y(year)
      WHERE x.n % 11 <> 0
     ON CONFLICT DO NOTHING`,
    [ids],
  );
  await db.query(
    `INSERT INTO sanction (cadre_id, kind, effective_on, probation_months, note)
     SELECT x.id, k.kind, current_date - k.days_ago, k.probation, 'bench'
       FROM unnest($1::uuid[]) WITH ORDINALITY AS x(id, n)
       JOIN (VALUES (0, 'ADMONISHMENT', 60, NULL::int), (1, 'PARTY_WARNING', 500, NULL), (2, 'PARTY_SERIOUS_WARNING', 200, NULL),
                    (3, 'GOV_DEMERIT', 900, NULL), (4, 'PARTY_PROBATION', 300, 12)) AS k(i, kind, days_ago, probation)
         ON x.n % 6 = 1 AND (x.n / 6) % 5 = k.i`,
    [ids],
  );
  // A concluded tip with a finding, for every fourth candidate: those tips no longer block. As
  // the case workflow records it: the case is closed, with its event, in the transaction that
  // records the finding about it (the database refuses a finding on a case still open).
  await db.query('BEGIN');
  try {
    const { rows: concluded } = await db.query(
      `SELECT DISTINCT l.cadre_id, l.report_id
         FROM unnest($1::uuid[]) WITH ORDINALITY AS x(id, n)
         JOIN cadre_report_link l ON l.cadre_id = x.id
         JOIN report r ON r.id = l.report_id AND r.status NOT IN ('CLOSED', 'MERGED', 'TRANSFERRED', 'NOT_ACCEPTED')
        WHERE x.n % 4 = 0`,
      [ids],
    );
    const reportIds = [...new Set(concluded.map((c) => c.report_id))];
    await db.query(
      `INSERT INTO report_event (report_id, type, actor_kind, data)
       SELECT id, 'CLOSED', 'SYSTEM', '{"by": "bench"}'::jsonb FROM unnest($1::uuid[]) AS id`,
      [reportIds],
    );
    await db.query(
      `UPDATE report SET status = 'CLOSED', finding = 'UNSUBSTANTIATED', closed_at = now() - interval '10 days' WHERE id = ANY ($1::uuid[])`,
      [reportIds],
    );
    await db.query(
      `INSERT INTO cadre_finding (cadre_id, report_id, source, outcome, concluded_on, summary)
       SELECT t.cadre_id, t.report_id, 'bench', 'UNSUBSTANTIATED', current_date - 10, '经核查不属实'
         FROM unnest($1::uuid[], $2::uuid[]) AS t(cadre_id, report_id)`,
      [concluded.map((c) => c.cadre_id), concluded.map((c) => c.report_id)],
    );
    await db.query('COMMIT');
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  }
  await db.query(
    'ANALYZE cadre_report_link; ANALYZE post_quota; ANALYZE sanction; ANALYZE personal_matters_report; ANALYZE cadre_finding; ANALYZE cadre',
  );
  const slate = picked.map((c, i) => ({
    cadreId: c.id,
    proposedPost: `${c.post}（拟提任）`,
    ...(i % 2 === 0 && c.level ? { unitId: c.unit_id, level: c.level } : {}),
    promotion: true,
  }));
  return { slate, cadreIds: ids };
}
