/** A chart request of an answer → PNG bytes or a text chart, through the chart module. */
import type { ChartRequest } from '../answer/types.ts';
import type { Lang } from '../i18n/format.ts';
import {
  breakdownChartSvg,
  breakdownChartText,
  fundingChartSvg,
  fundingChartText,
  renderPng,
} from './chart.ts';

export function chartSvg(chart: ChartRequest, lang: Lang): string {
  return chart.kind === 'funding' ? fundingChartSvg(chart, lang) : breakdownChartSvg(chart, lang);
}

export function chartPng(chart: ChartRequest, lang: Lang): Uint8Array {
  return renderPng(chartSvg(chart, lang));
}

/** A small text bar chart for the terminal. */
export function chartText(chart: ChartRequest, lang: Lang, width = 60): string {
  return chart.kind === 'funding'
    ? fundingChartText(chart, lang, width)
    : breakdownChartText(chart, lang, width);
}
