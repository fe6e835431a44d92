/**
 * `npm run bench`: every benchmark, printed as tables. Parts and sizes are selectable:
 *   npm run bench -- --only parse,search,charts,discord,analyzer --parse-count 10000 --sizes 1000,10000,50000
 * Speed is measured here, not asserted in tests.
 *
 * Each part's module is imported only when the part runs: loading discord.js, the search engines and
 * the chart renderer before the parse part would leave it timing a process several times its size.
 */
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    only: { type: 'string', default: 'parse,search,charts,discord,analyzer' },
    'parse-count': { type: 'string', default: '10000' },
    sizes: { type: 'string', default: '1000,10000,50000' },
    interactions: { type: 'string', default: '1000' },
    concurrency: { type: 'string', default: '50' },
  },
});
const parts = new Set(values.only.split(','));
const heading = (title: string) => console.log(`\n## ${title}\n`);

if (parts.has('parse')) {
  const { benchParse, formatParseTable } = await import('./parse.ts');
  heading('Parsing and validating documents from disk');
  console.log(formatParseTable(await benchParse({ count: Number(values['parse-count']) })));
}
if (parts.has('search')) {
  const { benchSearch, formatSearchTable } = await import('./search.ts');
  heading('Search: hankebotti (MiniSearch) vs lunr + lunr-languages (fi) vs flexsearch');
  const sizes = values.sizes.split(',').map(Number);
  console.log(formatSearchTable(await benchSearch({ sizes })));
}
if (parts.has('charts')) {
  const { benchCharts } = await import('./charts.ts');
  heading('Chart rendering (SVG + PNG)');
  const { p50Ms, p99Ms } = benchCharts(300);
  console.log(
    `| charts | p50 ms | p99 ms | target |\n|---|---:|---:|---|\n| funding, 300 renders | ${p50Ms.toFixed(1)} | ${p99Ms.toFixed(1)} | < 50 ms |`,
  );
}
if (parts.has('discord')) {
  const { benchDiscordLoad, formatDiscordLoadTable } = await import('./discord-load.ts');
  heading('Discord load through the local stand-in');
  const result = await benchDiscordLoad({
    interactions: Number(values.interactions),
    concurrency: Number(values.concurrency),
  });
  console.log(formatDiscordLoadTable(result));
}
if (parts.has('analyzer')) {
  const { benchTreebank, formatTreebankTable } = await import('./analyzer-treebank.ts');
  heading('Finnish word analysers against UD Finnish-TDT gold lemmas (pairwise P / R / F1)');
  console.log(formatTreebankTable(await benchTreebank()));
}
