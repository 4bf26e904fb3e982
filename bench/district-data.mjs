// Set-based data generators for the benchmarks: whole tables are filled by single
// INSERT … SELECT statements over generate_series inside Postgres (no row-by-row round
// trips, comparable to COPY), so a 100,000-cadre roster and 1,000,000 earlier tips take
// minutes, not hours. Everything generated is fictional.
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '肖', '田', '董', '袁', '潘', '蒋', '蔡', '余', '杜', '叶', '程', '魏', '苏', '吕', '丁', '任', '沈', '姚'];
const GIVEN = ['伟', '强', '磊', '军', '勇', '杰', '涛', '斌', '超', '明', '刚', '平', '辉', '鹏', '华', '飞', '芳', '娜', '敏', '静', '丽', '艳', '建国', '志强', '海峰', '晓东', '国栋', '立新', '文博', '永刚', '宏伟', '振华', '俊杰', '浩然', '丽华', '秀英', '海燕', '雅琴', '春梅', '思雨'];
const UNIT_KINDS = ['局', '委员会', '办公室', '中心', '街道', '镇'];
const POSTS = [['局长', '正科'], ['副局长', '副科'], ['主任', '正科'], ['副主任', '副科'], ['科长', '一级主任科员']];
const sqlArray = (items) => `ARRAY[${items.map((s) => `'${s}'`).join(',')}]`;

export function rosterPool() {
  return { SURNAMES, GIVEN };
}

/** Units (one in twenty cadres) and cadres with names, posts and ranks. */
export async function generateRoster(db, cadres) {
  const units = Math.max(5, Math.ceil(cadres / 20));
  await db.query(`
    INSERT INTO unit (name)
    SELECT '示范区第' || g || '号' || (${sqlArray(UNIT_KINDS)})[1 + g % ${UNIT_KINDS.length}] FROM generate_series(1, ${units}) g`);
  await db.query(`INSERT INTO unit_name (name, unit_id, kind) SELECT name, id, 'CURRENT' FROM unit`);
  await db.query(`
    WITH u AS (SELECT id, row_number() OVER (ORDER BY name) AS n FROM unit)
    INSERT INTO cadre (person_no, name, surname, gender, birth_month, unit_id, post, level, post_since, status_kind)
    SELECT 'BX' || lpad(g::text, 7, '0'),
           s.surname || (${sqlArray(GIVEN)})[1 + (g * 7919) % ${GIVEN.length}],
           s.surname,
           CASE WHEN g % 3 = 0 THEN '女' ELSE '男' END,
           (1965 + g % 30)::text || '-' || lpad((1 + g % 12)::text, 2, '0'),
           u.id,
           (${sqlArray(POSTS.map((p) => p[0]))})[1 + g % ${POSTS.length}],
           (${sqlArray(POSTS.map((p) => p[1]))})[1 + g % ${POSTS.length}],
           (2019 + g % 7)::text || '-0' || (1 + g % 9)::text,
           '公务员'
      FROM generate_series(1, ${cadres}) g
      JOIN LATERAL (SELECT (${sqlArray(SURNAMES)})[1 + (g * 104729) % ${SURNAMES.length}] AS surname) s ON true
      JOIN u ON u.n = 1 + g % ${units}`);
  await db.query(`INSERT INTO cadre_post (cadre_id, unit_id, post, level, started) SELECT id, unit_id, post, level, post_since FROM cadre`);
  await db.query('ANALYZE unit; ANALYZE cadre; ANALYZE unit_name');
}

/**
 * Earlier tips, already triaged: the report rows with their triage records, MinHash
 * bands (random keys: distinct tips rarely share a band), a linked cadre and deadlines.
 */
export async function generateTips(db, tips) {
  const batch = 200_000;
  for (let from = 1; from <= tips; from += batch) {
    const to = Math.min(tips, from + batch - 1);
    await db.query(`
      INSERT INTO report (id, number, channel, status, real_name, receipt_hash, subjects, body, received_at, updated_at, triaged_at,
                          category, priority, priority_level, is_specific)
      SELECT gen_random_uuid(), 'QF-B-' || lpad(g::text, 8, '0'),
             (ARRAY['WEB','SMS','HOTLINE'])[1 + g % 3],
             (ARRAY['TRIAGED','IN_HANDLING','CLOSED','CLOSED','CLOSED'])[1 + g % 5],
             false, sha256(('bench-receipt-' || g)::bytea), '[]'::jsonb,
             '第' || g || '件：反映某单位负责人在干部调整中收受财物，涉及金额' || (g % 97 + 1) || '万元，请组织核查。',
             now() - make_interval(mins => g % 525600), now(), now() - make_interval(mins => g % 525600),
             (ARRAY['OFFICE_BUYING','CANVASSING_BRIBERY','RUNNING_FOR_OFFICE','IRREGULAR_APPOINTMENT','OTHER_ORG_DISCIPLINE'])[1 + g % 5],
             g % 100, (ARRAY['HIGH','MEDIUM','LOW'])[1 + g % 3], g % 2 = 0
        FROM generate_series(${from}, ${to}) g`);
  }
  await db.query(`
    INSERT INTO report_triage (report_id, tokens, content_tokens, minhash, categories, anchors, priority_reasons)
    SELECT id, ARRAY['单位','负责人','干部','调整','收受','财物'], ARRAY['干部','调整','收受','财物'],
           ARRAY(SELECT (random() * 2147483647)::bigint FROM generate_series(1, 32)), '[]'::jsonb, '[]'::jsonb, '[]'::jsonb
      FROM report WHERE number LIKE 'QF-B-%'`);
  await db.query(`
    INSERT INTO report_minhash_band (band, key, report_id)
    SELECT b, (random() * 2147483647)::int, r.id FROM report r CROSS JOIN generate_series(0, 7) b WHERE r.number LIKE 'QF-B-%'
    ON CONFLICT DO NOTHING`);
  await db.query(`
    WITH c AS (SELECT id, row_number() OVER (ORDER BY person_no) AS n, count(*) OVER () AS total FROM cadre)
    INSERT INTO report_subject_cadre (cadre_id, report_id)
    SELECT c.id, r.id FROM (SELECT id, row_number() OVER (ORDER BY number) AS n FROM report WHERE number LIKE 'QF-B-%') r
      JOIN c ON c.n = 1 + r.n % c.total`);
  await db.query(`
    INSERT INTO report_deadline (report_id, kind, due_on, remind_on, met_at)
    SELECT r.id, k.kind, (r.received_at + k.days)::date, (r.received_at + k.days - interval '3 days')::date,
           CASE WHEN r.status = 'CLOSED' THEN r.received_at + interval '10 days' END
      FROM report r CROSS JOIN (VALUES ('ACCEPTANCE_NOTICE', interval '21 days'), ('CONCLUSION', interval '60 days')) AS k(kind, days)
     WHERE r.number LIKE 'QF-B-%'`);
  await db.query('ANALYZE');
}
