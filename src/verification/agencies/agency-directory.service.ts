import { HttpStatus, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { AppConfig } from '../../infra/config/app-config.js';
import type { AgencyDefinition } from '../../infra/config/settings.schema.js';
import { Reads } from '../../infra/database/reads.js';
import { DomainException, notFound } from '../../infra/http/domain-exception.js';
import type { AgencyInput, AgencyPatch } from './agency.dto.js';
import { namesAgency } from './agency-name.js';
import { VerificationRepository } from '../verification.repository.js';

export interface Agency extends AgencyDefinition {
  noticeEmail: string | null;
  leadEmail: string | null;
  active: boolean;
}

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
    private readonly repository: VerificationRepository,
    private readonly config: AppConfig,
    private readonly reads: Reads,
  ) {}

  async onModuleInit(): Promise<void> {
    const seed = this.config.agencies;
    await this.repository.seedAgencies(seed);
    await this.reload();
    this.timer = setInterval(() => void this.reload().catch((e: Error) => this.logger.warn(`agency reload: ${e.message}`)), RELOAD_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async reload(): Promise<void> {
    this.cache = await this.repository.allAgencies();
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

  /**
   * Every agency, active or not, for the admin pages: a staff read, on the replica when it is
   * fit (Reads; the admin's own edit is read back from the primary). The lookup cache is left
   * as it is: every edit here reloads it from the primary.
   */
  list(): Promise<Agency[]> {
    return this.reads.run((on) => this.repository.allAgencies(on));
  }

  async create(input: AgencyInput): Promise<Agency> {
    const row = await this.repository.createAgency({
      code: input.code,
      name: input.name,
      aliases: input.aliases,
      integrityOpinion: input.integrityOpinion,
      noticeEmail: input.noticeEmail ?? null,
      leadEmail: input.leadEmail ?? null,
    });
    if (!row) throw new DomainException(HttpStatus.CONFLICT, 'AGENCY_EXISTS', `成员单位代码或名称已存在：${input.code} / ${input.name}`);
    await this.reload();
    return row;
  }

  async update(code: string, patch: AgencyPatch): Promise<Agency> {
    const row = await this.repository.updateAgency(code, patch).catch((error: { code?: string }) => {
      if (error.code === '23505') throw new DomainException(HttpStatus.CONFLICT, 'AGENCY_EXISTS', `成员单位名称已被使用：${patch.name}`);
      throw error;
    });
    if (!row) throw notFound('成员单位');
    await this.reload();
    return row;
  }
}
