import { HttpStatus, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../../infra/config/app-config.js';
import type { AgencyDefinition } from '../../infra/config/settings.schema.js';
import { DomainException, notFound } from '../../infra/http/domain-exception.js';
import type { AgencyInput, AgencyPatch } from './agency.dto.js';
import { namesAgency } from './agency-name.js';

export interface Agency extends AgencyDefinition {
  noticeEmail: string | null;
  leadEmail: string | null;
  active: boolean;
}

interface AgencyRow {
  code: string;
  name: string;
  aliases: string[];
  integrity_opinion: boolean;
  notice_email: string | null;
  lead_email: string | null;
  active: boolean;
}

const toAgency = (r: AgencyRow): Agency => ({
  code: r.code,
  name: r.name,
  aliases: r.aliases,
  integrityOpinion: r.integrity_opinion,
  noticeEmail: r.notice_email,
  leadEmail: r.lead_email,
  active: r.active,
});

const RELOAD_MS = 60_000;

/**
 * The member agencies, kept in the database: seeded from config/agencies.yaml on boot
 * (a code already there is left as the admins edited it), edited by admins. Lookups are
 * synchronous from a cache reloaded after each edit here and every minute, so an edit
 * made through another api copy is seen within that time.
 */
@Injectable()
export class AgencyDirectory implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(AgencyDirectory.name);
  private cache: Agency[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    const seed = this.config.agencies;
    await this.dataSource.query(
      `INSERT INTO agency (code, name, aliases, integrity_opinion)
       SELECT code, name, string_to_array(aliases, '|'), integrity
         FROM unnest($1::text[], $2::text[], $3::text[], $4::boolean[]) AS s(code, name, aliases, integrity)
       ON CONFLICT DO NOTHING`,
      [seed.map((a) => a.code), seed.map((a) => a.name), seed.map((a) => a.aliases.join('|')), seed.map((a) => a.integrityOpinion)],
    );
    await this.reload();
    this.timer = setInterval(() => void this.reload().catch((e: Error) => this.logger.warn(`agency reload: ${e.message}`)), RELOAD_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async reload(): Promise<void> {
    const rows: AgencyRow[] = await this.dataSource.query(`SELECT * FROM agency ORDER BY code`);
    this.cache = rows.map(toAgency);
  }

  /** Active agencies. */
  get all(): Agency[] {
    return this.cache.filter((a) => a.active);
  }

  get(code: string): Agency | null {
    return this.cache.find((a) => a.code === code && a.active) ?? null;
  }

  /** An agency's name for display, a retired one's too (a case transferred to it still names it); never its code. */
  nameOf(code: string): string {
    return this.cache.find((a) => a.code === code)?.name ?? '成员单位';
  }

  /** The agency a name written in a document or data file means: its code, name or alias, with or without the jurisdiction (县纪委监委). */
  byName(name: string): Agency | null {
    const text = name.trim();
    return (
      this.all.find((a) => a.code === text || a.name === text || a.aliases.includes(text)) ??
      this.all.find((a) => namesAgency(text, a)) ??
      null
    );
  }

  require(code: string): Agency {
    const agency = this.get(code);
    if (!agency) throw new DomainException(HttpStatus.BAD_REQUEST, 'UNKNOWN_AGENCY', `未配置或已停用的成员单位：${code}`);
    return agency;
  }

  /** Every agency, active or not, for the admin page. */
  async list(): Promise<Agency[]> {
    await this.reload();
    return this.cache;
  }

  async create(input: AgencyInput): Promise<Agency> {
    const [row]: AgencyRow[] = await this.dataSource.query(
      `INSERT INTO agency (code, name, aliases, integrity_opinion, notice_email, lead_email) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT DO NOTHING RETURNING *`,
      [input.code, input.name, input.aliases, input.integrityOpinion, input.noticeEmail ?? null, input.leadEmail ?? null],
    );
    if (!row) throw new DomainException(HttpStatus.CONFLICT, 'AGENCY_EXISTS', `成员单位代码或名称已存在：${input.code} / ${input.name}`);
    await this.reload();
    return toAgency(row);
  }

  async update(code: string, patch: AgencyPatch): Promise<Agency> {
    const rows = await this.dataSource
      .query<[AgencyRow[], number]>(
        `UPDATE agency SET name = coalesce($2, name), aliases = coalesce($3, aliases), integrity_opinion = coalesce($4, integrity_opinion),
                notice_email = CASE WHEN $5 THEN $6 ELSE notice_email END, lead_email = CASE WHEN $7 THEN $8 ELSE lead_email END,
                active = coalesce($9, active), updated_at = now()
          WHERE code = $1 RETURNING *`,
        [
          code,
          patch.name ?? null,
          patch.aliases ?? null,
          patch.integrityOpinion ?? null,
          patch.noticeEmail !== undefined,
          patch.noticeEmail ?? null,
          patch.leadEmail !== undefined,
          patch.leadEmail ?? null,
          patch.active ?? null,
        ],
      )
      .catch((error: { code?: string }) => {
        if (error.code === '23505') throw new DomainException(HttpStatus.CONFLICT, 'AGENCY_EXISTS', `成员单位名称已被使用：${patch.name}`);
        throw error;
      });
    const row = rows[0][0];
    if (!row) throw notFound('成员单位');
    await this.reload();
    return toAgency(row);
  }
}
