/**
 * Writes a generated corpus to disk.
 *
 * Usage: tsx bench/generate.ts --count 1000 --seed 1 --out DIR [--card-share 0.1]
 *
 * Prints one line of totals and timing; the same arguments always give the same files.
 */
import { parseArgs } from 'node:util';
import { writeCorpusFiles } from './corpus.ts';

const USAGE = 'usage: tsx bench/generate.ts --count N --seed N --out DIR [--card-share 0..1]';

/** Reads a numeric option, failing with the usage line instead of silently producing NaN. */
function numberOption(name: string, raw: string | undefined, fallback?: number): number {
  if (raw === undefined) {
    if (fallback !== undefined) return fallback;
    throw new Error(`generate: --${name} is required\n${USAGE}`);
  }
  const value = Number(raw);
  if (!Number.isFinite(value))
    throw new Error(`generate: --${name} must be a number, got "${raw}"\n${USAGE}`);
  return value;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      'card-share': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (!values.out) throw new Error(`generate: --out is required\n${USAGE}`);
  const count = numberOption('count', values.count);
  const seed = numberOption('seed', values.seed, 1);
  const cardShare = numberOption('card-share', values['card-share'], 0.1);
  const started = performance.now();
  const stats = await writeCorpusFiles(values.out, { count, seed, cardShare });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `wrote ${stats.documents} documents (${stats.descriptions} descriptions, ${stats.cards} cards, ` +
      `${(stats.bytes / 1e6).toFixed(1)} MB) to ${values.out} in ${seconds.toFixed(2)} s`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
