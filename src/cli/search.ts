/** `search QUERY`: ranked hits. */
import { openForCli } from './data.ts';

export async function runSearch(
  query: string,
  options: { data: string; json?: boolean; limit: number },
): Promise<number> {
  const { catalog } = await openForCli(options.data);
  const hits = catalog
    .search(query, {}, options.limit)
    .map(({ code, name, score }) => ({ code, name, score }));
  if (options.json) {
    process.stdout.write(`${JSON.stringify(hits)}\n`);
  } else if (!hits.length) {
    process.stdout.write(`No projects match "${query}".\n`);
  } else {
    for (const hit of hits)
      process.stdout.write(`${hit.code}  ${hit.score.toFixed(2).padStart(7)}  ${hit.name ?? ''}\n`);
  }
  return 0;
}
