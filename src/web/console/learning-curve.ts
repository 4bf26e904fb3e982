import type { AccuracyBlock } from '../../triage/inbox/category-accuracy.service.js';
import type { StatTable } from '../../statistics/tables.js';
import { zhCN } from '../page-texts.js';
import type { ChartSpec } from './dashboard-charts.js';

const L = zhCN.console.statistics.learning;

/** The dashboard's learning curve: one row (and bar) a block of confirmations. */
export function learningCurveView(
  blocks: readonly AccuracyBlock[],
  blockSize: number,
): { table: StatTable; chart: ChartSpec; hint: string } {
  const accuracy = (b: AccuracyBlock) => Math.round((b.right / (b.to - b.from + 1)) * 1000) / 10;
  return {
    hint: L.hint(blockSize),
    table: {
      id: 'learning',
      title: L.title,
      columns: [...L.columns],
      rows: blocks.map((b) => [
        L.range(b.from, b.to),
        b.to - b.from + 1,
        b.right,
        accuracy(b),
        b.modelVersion === null ? L.rulesOnly : L.withModel(b.modelVersion),
      ]),
    },
    chart: {
      type: 'bar',
      labels: blocks.map((b) => L.range(b.from, b.to)),
      datasets: [{ label: L.columns[3], data: blocks.map(accuracy) }],
    },
  };
}
