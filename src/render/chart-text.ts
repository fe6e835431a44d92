/**
 * The charts as plain text for the terminal: block-character bars (█ plus ▏▎▍▌▋▊▉ eighths) with the
 * formatted figures, every line at most `width` columns (each code point counted as one column).
 */
import {
  type BreakdownChartInput,
  breakdownModel,
  chartStrings,
  type FundingChartInput,
  formatEuro,
  formatProjectCount,
  formatShare,
  formatTotals,
  fundingModel,
  type Lang,
} from './chart-common.ts';

export const DEFAULT_TEXT_WIDTH = 60;
/** Narrower widths are raised to this so a bar and a figure always fit on a line. */
export const MIN_TEXT_WIDTH = 30;

const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

function columns(text: string): number {
  return Array.from(text).length;
}

/** Cuts the text with "…" to at most `width` columns. */
export function fitColumns(text: string, width: number): string {
  const chars = Array.from(text);
  if (chars.length <= width) return text;
  return `${chars
    .slice(0, Math.max(0, width - 1))
    .join('')
    .trimEnd()}…`;
}

/** A bar of value/max × cells cells, in eighths of a cell; a positive value always shows at least ▏. */
export function textBar(value: number, max: number, cells: number): string {
  if (!(max > 0) || !(value > 0) || cells <= 0) return '';
  const eighths = Math.min(cells * 8, Math.max(1, Math.round((value / max) * cells * 8)));
  return '█'.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
}

function normalizeWidth(width: number | undefined): number {
  const w = typeof width === 'number' && Number.isFinite(width) ? Math.floor(width) : DEFAULT_TEXT_WIDTH;
  return Math.max(MIN_TEXT_WIDTH, w);
}

/** Bar and figure on one line: the bar padded to `cells`, then the figure. */
function barLine(bar: string, cells: number, figure: string, width: number): string {
  const line = `${bar}${' '.repeat(Math.max(0, cells - columns(bar)))} ${figure}`;
  return fitColumns(line, width);
}

export function fundingChartText(input: FundingChartInput, lang: Lang, width?: number): string {
  const w = normalizeWidth(width);
  const s = chartStrings(lang);
  const model = fundingModel(input, lang);
  const lines: string[] = [];
  const title = model.code && model.name ? `${model.code} ${model.name}` : model.code || model.name;
  if (title) lines.push(fitColumns(title, w));
  if (model.realisedMissing) lines.push(fitColumns(s.realizedMissing, w));

  const figures = model.groups.flatMap((g) =>
    g.bars.map((b) => (b.value === null ? s.noData : formatEuro(b.value, lang))),
  );
  const figureWidth = Math.max(...figures.map(columns));
  const cells = Math.max(1, w - figureWidth - 1);

  for (const group of model.groups) {
    lines.push('');
    for (const bar of group.bars) {
      lines.push(fitColumns(bar.label, w));
      if (bar.value === null) lines.push(fitColumns(s.noData, w));
      else {
        const figure = formatEuro(bar.value, lang).padStart(figureWidth);
        lines.push(barLine(textBar(bar.value, model.max, cells), cells, figure, w));
      }
    }
    if (group.share !== null) lines.push(fitColumns(formatShare(group.share, lang), w));
  }
  return lines.join('\n');
}

export function breakdownChartText(input: BreakdownChartInput, lang: Lang, width?: number): string {
  const w = normalizeWidth(width);
  const s = chartStrings(lang);
  const model = breakdownModel(input, lang);
  const lines: string[] = [];
  if (model.title) lines.push(fitColumns(model.title, w));
  lines.push('');
  if (model.rows.length === 0) lines.push(fitColumns(s.noData, w));

  const figures = model.rows.map(
    (r) => `${formatEuro(r.value, lang)} · ${formatProjectCount(r.count, lang)}`,
  );
  const figureWidth = Math.min(w - 5, Math.max(0, ...figures.map(columns)));
  const cells = Math.max(4, w - figureWidth - 1);
  model.rows.forEach((row, i) => {
    lines.push(fitColumns(row.label, w));
    lines.push(barLine(textBar(row.value, model.max, cells), cells, figures[i] ?? '', w));
  });
  lines.push('');
  lines.push(fitColumns(formatTotals(model, lang), w));
  return lines.join('\n');
}
