import type { MigrationInterface, QueryRunner } from 'typeorm';
import { quotaKeys } from '../../../cadres/post-titles.js';

/**
 * The quota levels each cadre occupies (超职数): the posts of the roster's 职务 cell with
 * decorations and temporary posts (挂职) left out, so that "党组成员、副局长" and
 * "副局长（正科级）" both hold a 副局长 post, plus the grade (副科) from 职级 or, where 职级
 * names a rank beside a leadership post, from the post. Written by the roster import from
 * the one normaliser (cadres/post-titles.ts); filled here for the rows there are.
 */
export class CadreQuotaKeys1765200000000 implements MigrationInterface {
  name = 'CadreQuotaKeys1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cadre ADD COLUMN quota_keys text[] NOT NULL DEFAULT '{}'`);
    const rows = (await q.query(`SELECT id, post, level FROM cadre`)) as Array<{ id: string; post: string | null; level: string | null }>;
    for (let i = 0; i < rows.length; i += 5000) {
      const batch = rows.slice(i, i + 5000);
      await q.query(
        `UPDATE cadre c SET quota_keys = string_to_array(t.titles, chr(31))
           FROM unnest($1::uuid[], $2::text[]) AS t(id, titles) WHERE c.id = t.id AND t.titles <> ''`,
        [batch.map((r) => r.id), batch.map((r) => quotaKeys(r.post, r.level).join('\u001f'))],
      );
    }
    await q.query(`CREATE INDEX cadre_quota_keys ON cadre USING gin (quota_keys)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX cadre_quota_keys; ALTER TABLE cadre DROP COLUMN quota_keys`);
  }
}
