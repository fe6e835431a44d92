/**
 * Micro-benchmark of the chart module: each iteration builds the funding chart SVG for one of a set of
 * varied inputs and rasterises it to PNG (what the bot does per chart). Called by bench/main.ts; can also
 * be run alone: `npx tsx bench/charts.ts [iterations]`.
 */
import { pathToFileURL } from 'node:url';
import { type FundingChartInput, fundingChartSvg, type Lang, renderPng } from '../src/render/chart.ts';

const NAMES = [
  'Joensuun KAKE 2.0',
  'Pohjois-Karjalan maakunnallinen kasvuyrittäjyyden ja kansainvälistymisen kehittämishanke',
  'Smart & Clean <Lahti> "pilotti"',
  'ESR',
];

/** Deterministic varied inputs: full figures, missing realised figures, zeros, large amounts. */
export function benchInputs(): FundingChartInput[] {
  const inputs: FundingChartInput[] = [];
  for (let i = 0; i < 16; i++) {
    const base = 50_000 + ((i * 7_919_723) % 9_000_000);
    const missing = i % 4 === 1;
    inputs.push({
      code: `S2${String(1000 + i * 37).padStart(4, '0')}`,
      name: NAMES[i % NAMES.length] as string,
      grantedEuState: i % 8 === 3 ? null : base,
      realizedEuState: missing ? null : i % 8 === 7 ? 0 : Math.round(base * (0.5 + (i % 5) / 10)),
      plannedPublicTotal: Math.round(base * 1.25),
      realizedPublicTotal: missing ? null : Math.round(base * 1.2),
    });
  }
  return inputs;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx] as number;
}

/** Times SVG + PNG rendering of one funding chart per iteration (after a short warm-up). */
export function benchCharts(iterations: number): { p50Ms: number; p99Ms: number } {
  const inputs = benchInputs();
  const langs: Lang[] = ['fi', 'en'];
  const n = Math.max(1, Math.floor(iterations));
  for (let i = 0; i < Math.min(3, n); i++)
    renderPng(fundingChartSvg(inputs[i % inputs.length] as FundingChartInput, 'fi'));
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const input = inputs[i % inputs.length] as FundingChartInput;
    const lang = langs[Math.floor(i / inputs.length) % 2] as Lang;
    const start = performance.now();
    const png = renderPng(fundingChartSvg(input, lang));
    times.push(performance.now() - start);
    if (png.length < 8) throw new Error('empty PNG');
  }
  times.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return { p50Ms: round(percentile(times, 50)), p99Ms: round(percentile(times, 99)) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const iterations = Number(process.argv[2] ?? 200) || 200;
  console.log(JSON.stringify({ charts: { iterations, ...benchCharts(iterations) } }));
}
