/**
 * Funding and breakdown charts as SVG strings (pure, deterministic: no dates, no random ids) and their
 * PNG rasterisation with resvg using only the bundled font (Hankebotti Sans, an OFL subset of Source
 * Sans 3: see assets/fonts/README.md). The same data is available as terminal text charts from
 * chart-text.ts (re-exported here).
 *
 * Layout is for an 800 px wide image that Discord typically shows at ~400 px: text is ≥ 22 px, dark on
 * an opaque near-white rounded panel (so it reads the same on dark and light Discord themes), and the
 * two bar colours are the Okabe–Ito blue / vermillion pair, which stays distinct under colour blindness.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import {
  type BarKind,
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
import { type FontMetrics, loadFontMetrics } from './font-metrics.ts';

export type { BreakdownChartInput, BreakdownRow, FundingChartInput, Lang } from './chart-common.ts';
export { breakdownChartText, fundingChartText } from './chart-text.ts';

/** Width of the SVG and of the rendered PNG, in pixels. */
export const CHART_WIDTH = 800;

const FONT_FAMILY = 'Hankebotti Sans';
const FONT_DIR = fileURLToPath(new URL('../../assets/fonts/', import.meta.url));
/** The only fonts resvg may use. */
export const CHART_FONT_FILES: readonly string[] = [
  join(FONT_DIR, 'HankebottiSans-Regular.otf'),
  join(FONT_DIR, 'HankebottiSans-Semibold.otf'),
];

const PAD = 32;
const INNER = CHART_WIDTH - 2 * PAD;

const COLOR = {
  panel: '#fbfbfc',
  panelBorder: '#c9cdd3',
  rule: '#dde0e4',
  text: '#16181d',
  muted: '#464b53',
  plan: '#0072b2',
  realised: '#d55e00',
  other: '#6e747c',
} as const;

const BAR_COLOR: Record<BarKind, string> = { plan: COLOR.plan, realised: COLOR.realised };

type Weight = 400 | 600;

let metrics: Record<Weight, FontMetrics> | null = null;

function fontMetrics(weight: Weight): FontMetrics {
  if (!metrics) {
    metrics = {
      400: loadFontMetrics(CHART_FONT_FILES[0] as string),
      600: loadFontMetrics(CHART_FONT_FILES[1] as string),
    };
  }
  return metrics[weight];
}

/** Estimated rendered width in px (advance widths from the font, kerning ignored). */
export function textWidth(text: string, size: number, weight: Weight = 400): number {
  const m = fontMetrics(weight);
  let units = 0;
  for (const ch of text) units += m.advance(ch.codePointAt(0) ?? 0);
  return (units / m.unitsPerEm) * size;
}

/** The text, cut with "…" if it is wider than maxWidth. */
export function fitText(text: string, maxWidth: number, size: number, weight: Weight = 400): string {
  if (textWidth(text, size, weight) <= maxWidth) return text;
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  // Longest prefix that still fits together with the ellipsis.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (textWidth(`${chars.slice(0, mid).join('').trimEnd()}…`, size, weight) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('').trimEnd()}…`;
}

/** Word-wraps into at most maxLines lines; the last line is cut with "…" if text remains. */
export function wrapText(
  text: string,
  maxWidth: number,
  size: number,
  weight: Weight,
  maxLines: number,
): string[] {
  const words = text.split(' ').filter((w) => w.length > 0);
  const lines: string[] = [];
  let i = 0;
  while (i < words.length && lines.length < maxLines) {
    if (lines.length === maxLines - 1) {
      lines.push(fitText(words.slice(i).join(' '), maxWidth, size, weight));
      break;
    }
    let line = words[i] as string;
    i++;
    while (i < words.length && textWidth(`${line} ${words[i]}`, size, weight) <= maxWidth) {
      line = `${line} ${words[i]}`;
      i++;
    }
    lines.push(fitText(line, maxWidth, size, weight));
  }
  return lines;
}

/** Escapes the five XML special characters (for text content and attribute values alike). */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&apos;',
  );
}

/** A coordinate rounded to 0.1 px; never NaN. */
function px(n: number): string {
  return String(Number.isFinite(n) ? Math.round(n * 10) / 10 : 0);
}

interface TextOptions {
  size: number;
  weight?: Weight;
  fill?: string;
  anchor?: 'start' | 'end';
}

function text(x: number, y: number, content: string, o: TextOptions): string {
  const weight = o.weight ?? 400;
  const anchor = o.anchor === 'end' ? ' text-anchor="end"' : '';
  return `<text x="${px(x)}" y="${px(y)}" font-size="${o.size}" font-weight="${weight}" fill="${o.fill ?? COLOR.text}"${anchor}>${escapeXml(content)}</text>`;
}

function rect(x: number, y: number, w: number, h: number, fill: string, rx = 4): string {
  return `<rect x="${px(x)}" y="${px(y)}" width="${px(w)}" height="${px(h)}" rx="${rx}" fill="${fill}"/>`;
}

function rule(y: number): string {
  return `<rect x="${PAD}" y="${px(y)}" width="${INNER}" height="2" fill="${COLOR.rule}"/>`;
}

/** Baseline for a line of text of the given size centred in a box [top, top + height]. */
function baseline(top: number, height: number, size: number): number {
  // The font's cap height is 0.66 em: centre the capitals in the box.
  return top + height / 2 + size * 0.33;
}

function svgDocument(height: number, title: string, body: string[]): string {
  const h = px(height);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${h}" viewBox="0 0 ${CHART_WIDTH} ${h}" font-family="${FONT_FAMILY}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect x="1" y="1" width="${CHART_WIDTH - 2}" height="${px(height - 2)}" rx="18" fill="${COLOR.panel}" stroke="${COLOR.panelBorder}" stroke-width="2"/>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

const TITLE_SIZE = 30;
const TITLE_LINE = 38;
const LABEL_SIZE = 24;
const LABEL_LINE = 30;
const SMALL_SIZE = 22;

/** Title lines (semibold), word-wrapped to two lines, the rest cut with "…". Returns the next y. */
function titleBlock(title: string, top: number, body: string[]): number {
  const lines = wrapText(title, INNER, TITLE_SIZE, 600, 2);
  lines.forEach((line, i) => {
    body.push(
      text(PAD, baseline(top + i * TITLE_LINE, TITLE_LINE, TITLE_SIZE), line, {
        size: TITLE_SIZE,
        weight: 600,
      }),
    );
  });
  return top + Math.max(1, lines.length) * TITLE_LINE;
}

/** Funding chart: granted vs realised EU + state funding, planned vs realised total public funding. */
export function fundingChartSvg(input: FundingChartInput, lang: Lang): string {
  const s = chartStrings(lang);
  const model = fundingModel(input, lang);
  const body: string[] = [];
  const title = model.code && model.name ? `${model.code} ${model.name}` : model.code || model.name;
  let y = titleBlock(title, PAD - 6, body);

  if (model.realisedMissing) {
    body.push(
      text(PAD, baseline(y, LABEL_LINE, LABEL_SIZE), s.realizedMissing, {
        size: LABEL_SIZE,
        weight: 600,
        fill: COLOR.muted,
      }),
    );
    y += LABEL_LINE;
  }

  const BAR_H = 32;
  const values = model.groups.flatMap((g) => g.bars.map((b) => b.value));
  const valueLabelWidth = Math.max(
    0,
    ...values.map((v) => (v === null ? 0 : textWidth(formatEuro(v, lang), LABEL_SIZE, 600))),
  );
  const barMax = Math.max(40, INNER - valueLabelWidth - 14);

  for (const group of model.groups) {
    y += 12;
    body.push(rule(y));
    y += 14;
    for (const bar of group.bars) {
      body.push(
        text(PAD, baseline(y, LABEL_LINE, LABEL_SIZE), fitText(bar.label, INNER, LABEL_SIZE), {
          size: LABEL_SIZE,
        }),
      );
      y += LABEL_LINE + 2;
      const textY = baseline(y, BAR_H, LABEL_SIZE);
      if (bar.value === null) {
        body.push(text(PAD, textY, s.noData, { size: LABEL_SIZE, fill: COLOR.muted }));
      } else {
        const w = model.max > 0 && bar.value > 0 ? Math.max(3, (bar.value / model.max) * barMax) : 0;
        if (w > 0) body.push(rect(PAD, y, w, BAR_H, BAR_COLOR[bar.kind]));
        body.push(
          text(PAD + w + (w > 0 ? 10 : 0), textY, formatEuro(bar.value, lang), {
            size: LABEL_SIZE,
            weight: 600,
          }),
        );
      }
      y += BAR_H + 8;
    }
    if (group.share !== null) {
      body.push(
        text(PAD, baseline(y, LABEL_LINE, LABEL_SIZE), formatShare(group.share, lang), {
          size: LABEL_SIZE,
          weight: 600,
          fill: COLOR.muted,
        }),
      );
      y += LABEL_LINE;
    }
  }
  y += PAD - 8;
  return svgDocument(y, title, body);
}

/** Breakdown chart: one bar per row of realised public funding, largest first, with totals. */
export function breakdownChartSvg(input: BreakdownChartInput, lang: Lang): string {
  const s = chartStrings(lang);
  const model = breakdownModel(input, lang);
  const body: string[] = [];
  let y = model.title ? titleBlock(model.title, PAD - 6, body) : PAD - 6;
  y += 10;
  body.push(rule(y));
  y += 14;

  const BAR_H = 28;
  const parts = model.rows.map((r) => ({
    value: formatEuro(r.value, lang),
    count: ` · ${formatProjectCount(r.count, lang)}`,
  }));
  const labelWidth = Math.max(
    0,
    ...parts.map((p) => textWidth(p.value, SMALL_SIZE, 600) + textWidth(p.count, SMALL_SIZE, 400)),
  );
  const barMax = Math.max(40, INNER - labelWidth - 14);

  if (model.rows.length === 0) {
    body.push(
      text(PAD, baseline(y, LABEL_LINE, LABEL_SIZE), s.noData, { size: LABEL_SIZE, fill: COLOR.muted }),
    );
    y += LABEL_LINE + 8;
  }
  model.rows.forEach((row, i) => {
    const part = parts[i] ?? { value: '', count: '' };
    body.push(
      text(PAD, baseline(y, LABEL_LINE, LABEL_SIZE), fitText(row.label, INNER, LABEL_SIZE), {
        size: LABEL_SIZE,
      }),
    );
    y += LABEL_LINE + 2;
    const w = model.max > 0 && row.value > 0 ? Math.max(3, (row.value / model.max) * barMax) : 0;
    if (w > 0) body.push(rect(PAD, y, w, BAR_H, row.other ? COLOR.other : COLOR.plan));
    const x = PAD + w + (w > 0 ? 10 : 0);
    const textY = baseline(y, BAR_H, SMALL_SIZE);
    body.push(
      `<text x="${px(x)}" y="${px(textY)}" font-size="${SMALL_SIZE}" fill="${COLOR.text}"><tspan font-weight="600">${escapeXml(part.value)}</tspan><tspan font-weight="400" fill="${COLOR.muted}">${escapeXml(part.count)}</tspan></text>`,
    );
    y += BAR_H + 12;
  });

  y += 2;
  body.push(rule(y));
  y += 10;
  const totals = fitText(formatTotals(model, lang), INNER, LABEL_SIZE, 600);
  body.push(text(PAD, baseline(y, LABEL_LINE + 6, LABEL_SIZE), totals, { size: LABEL_SIZE, weight: 600 }));
  y += LABEL_LINE + 6 + PAD - 8;
  return svgDocument(y, model.title || totals, body);
}

/** Rasterises a chart SVG to PNG at CHART_WIDTH px wide, with the bundled font only. */
export function renderPng(svg: string): Uint8Array {
  const resvg = new Resvg(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles: [...CHART_FONT_FILES],
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
    fitTo: { mode: 'width', value: CHART_WIDTH },
    logLevel: 'error',
  });
  return resvg.render().asPng();
}
