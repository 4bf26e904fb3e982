import { Controller, Get, Header, Query, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { CurrentStaff, RequirePermission, type StaffPrincipal } from '../../auth/auth.decorators.js';
import { parseWith } from '../../infra/http/zod-validation.pipe.js';
import { rangeQuerySchema } from '../../statistics/dto/range.dto.js';
import type { Statistics } from '../../statistics/dto/statistics.dto.js';
import { StatisticsExportService } from '../../statistics/statistics-export.service.js';
import { StatisticsService } from '../../statistics/statistics.service.js';
import { PageRenderer } from '../page-renderer.js';
import { zhCN } from '../page-texts.js';
import { ConsoleExceptionFilter } from './console-exception.filter.js';
import { CategoryAccuracyService } from '../../triage/inbox/category-accuracy.service.js';
import { dashboardCharts } from './dashboard-charts.js';
import { learningCurveView } from './learning-curve.js';

/** Confirmations a bar of the learning curve stands for. */
const LEARNING_BLOCK = 20;

const HTML = 'text/html; charset=utf-8';
const S = zhCN.console.statistics;

/**
 * The dashboard (charts over tables) and the periodic statistics report. Both show the
 * figures as tables first, so they read without JavaScript; the charts are drawn by
 * /static/dashboard.js from data attributes (the CSP allows no inline script).
 */
@ApiExcludeController()
@Controller('console')
@UseFilters(ConsoleExceptionFilter)
export class DashboardController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly statistics: StatisticsService,
    private readonly exports: StatisticsExportService,
    private readonly accuracy: CategoryAccuracyService,
  ) {}

  /** The period from ?from=&to= (empty fields are absent); a bad one is a 400 page saying why. */
  private async figures(raw: Record<string, string>): Promise<{ stats: Statistics; query: string }> {
    const cleaned = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== ''));
    const range = this.statistics.range(parseWith(rangeQuerySchema, cleaned));
    return { stats: await this.statistics.compute(range), query: new URLSearchParams({ from: range.from, to: range.to }).toString() };
  }

  @RequirePermission('statistics:read')
  @Get('dashboard')
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  async dashboard(@Query() raw: Record<string, string>, @CurrentStaff() staff: StaffPrincipal): Promise<string> {
    const { stats, query } = await this.figures(raw);
    const tables = this.exports.tables(stats);
    const learning = learningCurveView(await this.accuracy.learningCurve(LEARNING_BLOCK), LEARNING_BLOCK);
    return this.pages.render('console/dashboard', {
      title: S.dashboardTitle,
      staff,
      stats,
      query,
      tables: Object.fromEntries([...tables, learning.table].map((t) => [t.id, t])),
      charts: { ...dashboardCharts(stats, this.exports.label), learning: learning.chart },
      learningHint: learning.hint,
      scripts: ['/static/vendor/chart/chart.umd.min.js', '/static/dashboard.js'],
    });
  }

  @RequirePermission('statistics:read')
  @Get('statistics')
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  async report(@Query() raw: Record<string, string>, @CurrentStaff() staff: StaffPrincipal): Promise<string> {
    const { stats, query } = await this.figures(raw);
    return this.pages.render('console/statistics', {
      title: S.reportTitle,
      staff,
      stats,
      query,
      summary: this.exports.summary(stats),
      tables: this.exports.tables(stats),
    });
  }
}
