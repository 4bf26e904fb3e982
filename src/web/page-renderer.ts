import { Injectable } from '@nestjs/common';
import { Eta } from 'eta';
import { fileURLToPath } from 'node:url';
import { AppConfig } from '../infra/config/app-config.js';
import { zhCN } from './texts.js';

/** Top-level views/ folder, found from this file in src/ (tests) or dist/ (production). */
export const VIEWS_DIR = fileURLToPath(new URL('../../views', import.meta.url));
export const PUBLIC_DIR = fileURLToPath(new URL('../../public', import.meta.url));

/** Renders server-side pages. Eta escapes every `<%= %>` output, so user text cannot inject HTML. */
@Injectable()
export class PageRenderer {
  private readonly eta: Eta;
  /** Times on pages, in the district's time zone. */
  private readonly time: Intl.DateTimeFormat;

  constructor(private readonly config: AppConfig) {
    this.eta = new Eta({ views: VIEWS_DIR, cache: config.isProduction, autoEscape: true });
    this.time = new Intl.DateTimeFormat('zh-CN', { timeZone: config.timeZone, dateStyle: 'medium', timeStyle: 'short' });
  }

  /** An instant as pages show it, in the district's time zone. */
  formatTime(iso: string): string {
    return this.time.format(new Date(iso));
  }

  render(view: string, data: Record<string, unknown>): string {
    return this.eta.render(`./${view}`, {
      t: zhCN,
      district: this.config.settings.district,
      formatTime: (iso: string) => this.formatTime(iso),
      ...data,
    });
  }
}
