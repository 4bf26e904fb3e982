import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 报备: for a candidate proposed to a post that must be reported to the higher organization
 * department before the decision meeting (纪委副书记, 组织部副部长, 街道党政正职 …), the report
 * sent upward (date, 文号, to whom) and the higher department's reply (date, 文号, agree or
 * not, note). One row per candidacy; the reply is recorded after the report was sent.
 */
export class VettingPriorReport1765410000000 implements MigrationInterface {
  name = 'VettingPriorReport1765410000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE vetting_prior_report (
        candidate_id    uuid PRIMARY KEY REFERENCES vetting_candidate(id) ON DELETE CASCADE,
        sent_on         date NOT NULL,
        sent_reference  text NOT NULL,
        sent_to         text NOT NULL,
        sent_by         uuid,
        sent_at         timestamptz NOT NULL DEFAULT now(),
        replied_on      date,
        reply_reference text,
        reply_result    text CHECK (reply_result IN ('AGREE', 'DISAGREE')),
        reply_note      text,
        replied_by      uuid,
        replied_at      timestamptz,
        CONSTRAINT vetting_prior_report_reply CHECK (
          (replied_on IS NULL) = (reply_result IS NULL) AND (replied_on IS NULL) = (reply_reference IS NULL) AND (replied_on IS NULL) = (replied_at IS NULL)),
        CONSTRAINT vetting_prior_report_order CHECK (replied_on IS NULL OR replied_on >= sent_on)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE vetting_prior_report;`);
  }
}
