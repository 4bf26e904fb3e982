import { Injectable } from '@nestjs/common';
import { Eta } from 'eta';
import { fileURLToPath } from 'node:url';
import { AppConfig } from '../infra/config/app-config.js';
import { labelOf } from '../infra/labels/catalogue.js';
import { zhCN } from './page-texts.js';

/** Top-level views/ folder, found from this file in src/ (tests) or dist/ (production). */
export const VIEWS_DIR = fileURLToPath(new URL('../../views', import.meta.url));
export const PUBLIC_DIR = fileURLToPath(new URL('../../public', import.meta.url));

const TIME = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'medium', timeStyle: 'short' });

/** Renders server-side pages. Eta escapes every `<%= %>` output, so user text cannot inject HTML. */
@Injectable()
export class PageRenderer {
  private readonly eta: Eta;

  constructor(private readonly config: AppConfig) {
    this.eta = new Eta({ views: VIEWS_DIR, cache: config.isProduction, autoEscape: true });
  }

  render(view: string, data: Record<string, unknown>): string {
    return this.eta.render(`./${view}`, {
      t: zhCN,
      /** A code's Chinese label from the one catalogue: `it.label('reportStatus', r.status)`. */
      label: labelOf,
      district: this.config.settings.district,
      formatTime: (iso: string) => TIME.format(new Date(iso)),
      ...data,
    });
  }
}
