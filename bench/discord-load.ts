/**
 * Load benchmark of the real bot process through the local Discord stand-in: starts the stand-in and
 * `node --import tsx src/main.ts` (DISCORD_TOKEN set, a temporary copy of seeds/ as PROJECTS_DIR), then
 * dispatches slash-command interactions with a fixed number in flight and times each one from dispatch to its
 * interaction callback (the first answer Discord sees, a reply or a defer).
 *
 * The mix: /project, /funding (renders a chart PNG and uploads it as multipart), /search, /ask (every
 * interaction comes from a user of its own, so the per-user 3 s /ask cooldown never answers instead) and
 * autocomplete on the code option. The stand-in rejects callbacks later than 3 s like Discord does.
 *
 * Called by bench/main.ts; also runs alone: `npx tsx bench/discord-load.ts [interactions] [concurrency]`.
 *
 * @example
 * const result = await benchDiscordLoad({ interactions: 1000, concurrency: 50 });
 * console.log(formatDiscordLoadTable(result));
 */
import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { REST, Routes } from 'discord.js';
import { commandList } from '../commands/index.ts';
import {
  type DiscordStandIn,
  type InteractionInput,
  snowflake,
  startDiscordStandIn,
} from '../test/support/discord-stand-in.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TOKEN = 'test';

/** The kinds of interaction in the mix, with their share of the total. */
export const LOAD_MIX = {
  project: 0.25,
  funding: 0.15,
  search: 0.2,
  ask: 0.2,
  autocomplete: 0.2,
} as const;
export type LoadKind = keyof typeof LOAD_MIX;

export interface DiscordLoadOptions {
  /** Interactions to time. Default 1000. */
  interactions?: number;
  /** Interactions in flight at once. Default 50. */
  concurrency?: number;
  /** Untimed interactions sent one by one first, so start-up costs (JIT, first chart) stay out. Default 20. */
  warmup?: number;
  /** An interaction without a callback after this long counts as an error. Default 10000 ms. */
  timeoutMs?: number;
  /** Data folder the bot serves (copied to a temporary folder first). Default seeds/. */
  dataDir?: string;
}

export interface KindFigures {
  count: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

export interface DiscordLoadResult {
  /** Median latency from dispatch to the interaction callback. */
  p50Ms: number;
  p99Ms: number;
  /** Callbacks missing within the timeout or answered with a non-2xx status. */
  errors: number;
  /** Peak resident memory of the bot process (VmHWM). */
  rssMb: number;
  /** Wall-clock time of the timed run. */
  seconds: number;
  interactions?: number;
  concurrency?: number;
  /** Callbacks that were a defer (type 5/6) rather than the answer itself. */
  deferred?: number;
  /** Lines the bot logged at error level or above during the run. */
  botErrorLogs?: number;
  byKind?: Partial<Record<LoadKind, KindFigures>>;
}

const PROJECT_CODES = ['S21154', 'S22786', 'S20562', 'S22154'];
const SEARCH_QUERIES = ['hanke', 'nuoret', 'osallisuus', 'Joensuu', 'kansalaistoiminta', 'työllistyminen'];
const ASK_QUESTIONS = [
  'Kuka on KANTO-hankkeen yhteyshenkilö?',
  'Paljonko Joensuun KAKE 2.0 sai rahoitusta?',
  'Mitä hankkeita on Pohjois-Karjalassa?',
  'Who is the contact person of S22154?',
  'Mitkä ovat PORE-hankkeen kohderyhmät?',
];
const AUTOCOMPLETE_INPUTS = ['', 'ka', 'S2', 'S221', 'pore', 'elin', 'joensuu'];

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The kind of the i-th interaction: a fixed interleaving that keeps the shares of LOAD_MIX. */
function kindAt(index: number): LoadKind {
  // Bresenham-like: pick the kind whose count lags its share the most, deterministically.
  const slots = 20;
  const position = index % slots;
  const order: LoadKind[] = [];
  const kinds = Object.keys(LOAD_MIX) as LoadKind[];
  const counts = new Map<LoadKind, number>(kinds.map((kind) => [kind, 0]));
  for (let slot = 0; slot < slots; slot++) {
    let best = kinds[0] as LoadKind;
    let bestLag = -Infinity;
    for (const kind of kinds) {
      const lag = LOAD_MIX[kind] * (slot + 1) - (counts.get(kind) ?? 0);
      if (lag > bestLag) {
        best = kind;
        bestLag = lag;
      }
    }
    counts.set(best, (counts.get(best) ?? 0) + 1);
    order.push(best);
  }
  return order[position] as LoadKind;
}

/** The interaction for index i of the run. */
function interactionAt(index: number, timeoutMs: number): { kind: LoadKind; input: InteractionInput } {
  const kind = kindAt(index);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(index / 20) % items.length] as T;
  const base: InteractionInput = {
    timeoutMs,
    user: { id: snowflake() },
    locale: index % 3 === 0 ? 'en-US' : 'fi',
  };
  switch (kind) {
    case 'project':
      return { kind, input: { ...base, commandName: 'project', options: { code: pick(PROJECT_CODES) } } };
    case 'funding':
      return { kind, input: { ...base, commandName: 'funding', options: { code: pick(PROJECT_CODES) } } };
    case 'search':
      return { kind, input: { ...base, commandName: 'search', options: { query: pick(SEARCH_QUERIES) } } };
    case 'ask':
      return { kind, input: { ...base, commandName: 'ask', options: { question: pick(ASK_QUESTIONS) } } };
    case 'autocomplete':
      return {
        kind,
        input: {
          ...base,
          commandName: index % 2 ? 'project' : 'funding',
          options: { code: pick(AUTOCOMPLETE_INPUTS) },
          focused: 'code',
        },
      };
  }
}

/** Peak resident set size of a process in MB (VmHWM in /proc/<pid>/status), NaN where /proc is missing. */
export function peakRssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
    return match ? round(Number(match[1]) / 1024) : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

interface BotChild {
  child: ChildProcessByStdio<null, Readable, Readable>;
  errorLogs: () => number;
  tail: () => string;
  ready: Promise<void>;
  exited: Promise<number | null>;
}

function startBotProcess(env: Record<string, string>): BotChild {
  const childEnv: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(DISCORD_|NODE_OPTIONS$|PROJECTS_DIR$|CACHE_DIR$|LOG_LEVEL$|SHARD_COUNT$)/.test(key))
      childEnv[key] = value;
  }
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { ...childEnv, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let errors = 0;
  let pending = '';
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  // The pipes must be drained, or the bot blocks on a full stderr.
  child.stdout.resume();
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    for (const line of parts) {
      if (!line.trim()) continue;
      lines.push(line);
      if (lines.length > 50) lines.shift();
      try {
        const log = JSON.parse(line) as { level?: number; msg?: string };
        if ((log.level ?? 0) >= 50) errors++;
        if (log.msg === 'bot ready') markReady();
      } catch {
        // Not pino output.
      }
    }
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, ready, exited, errorLogs: () => errors, tail: () => lines.slice(-15).join('\n') };
}

/**
 * Starts the stand-in and the bot, then dispatches `interactions` slash-command interactions with `concurrency`
 * in flight and measures dispatch → callback.
 */
export async function benchDiscordLoad(options: DiscordLoadOptions = {}): Promise<DiscordLoadResult> {
  const interactions = Math.max(1, Math.floor(options.interactions ?? 1000));
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 50));
  const warmup = Math.max(0, Math.floor(options.warmup ?? 20));
  const timeoutMs = options.timeoutMs ?? 10_000;
  const workDir = mkdtempSync(join(tmpdir(), 'hankebotti-load-'));
  let standIn: DiscordStandIn | null = null;
  let bot: BotChild | null = null;
  try {
    standIn = await startDiscordStandIn({
      heartbeatIntervalMs: 5000,
      // Discord's 3-second window: a later callback is refused (and counted as an error here).
      interactionDeadlineMs: 3000,
      defaultTimeoutMs: timeoutMs,
    });
    const dataDir = join(workDir, 'data');
    cpSync(options.dataDir ?? join(ROOT, 'seeds'), dataDir, { recursive: true });
    // Registered commands give the dispatched options their declared types.
    await new REST({ api: standIn.apiUrl })
      .setToken(TOKEN)
      .put(Routes.applicationGuildCommands(standIn.applicationId, standIn.guildId), {
        body: commandList.map((command) => command.data.toJSON()),
      });
    const running = startBotProcess({
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: standIn.apiUrl,
      DISCORD_CLIENT_ID: standIn.applicationId,
      PROJECTS_DIR: dataDir,
      CACHE_DIR: join(workDir, 'cache'),
      LOG_LEVEL: 'info',
    });
    bot = running;
    const died = running.exited.then((code) => {
      throw new Error(`discord-load: the bot exited during start-up (code ${code}):\n${running.tail()}`);
    });
    died.catch(() => {});
    await Promise.race([Promise.all([running.ready, standIn.waitForReady(30_000)]), died]);

    const stand = standIn;
    const runOne = async (index: number) => {
      const { kind, input } = interactionAt(index, timeoutMs);
      const started = performance.now();
      try {
        const callback = await stand.dispatchInteraction(input).callback;
        const ms = performance.now() - started;
        const type = Number((callback.payload as { type?: unknown } | undefined)?.type);
        return {
          kind,
          ms,
          ok: callback.status >= 200 && callback.status < 300,
          deferred: type === 5 || type === 6,
        };
      } catch {
        return { kind, ms: performance.now() - started, ok: false, deferred: false };
      }
    };

    for (let i = 0; i < warmup; i++) await runOne(i);
    standIn.clearRequests();

    const results: Awaited<ReturnType<typeof runOne>>[] = [];
    let next = 0;
    const runStarted = performance.now();
    await Promise.all(
      Array.from({ length: Math.min(concurrency, interactions) }, async () => {
        while (next < interactions) {
          const index = next++;
          results.push(await runOne(index));
          // Keep the stand-in's request log (scanned by every wait) small on long runs.
          if (results.length % 2000 === 0) stand.clearRequests();
        }
      }),
    );
    const seconds = (performance.now() - runStarted) / 1000;
    const rssMb = peakRssMb(running.child.pid ?? -1);

    const figures = (items: typeof results): KindFigures => {
      const times = items.filter((r) => r.ok).map((r) => r.ms);
      times.sort((a, b) => a - b);
      return {
        count: items.length,
        p50Ms: round(percentile(times, 50)),
        p99Ms: round(percentile(times, 99)),
        errors: items.filter((r) => !r.ok).length,
      };
    };
    const all = figures(results);
    const byKind: Partial<Record<LoadKind, KindFigures>> = {};
    for (const kind of Object.keys(LOAD_MIX) as LoadKind[]) {
      const items = results.filter((r) => r.kind === kind);
      if (items.length) byKind[kind] = figures(items);
    }
    return {
      p50Ms: all.p50Ms,
      p99Ms: all.p99Ms,
      errors: all.errors,
      rssMb,
      seconds: round(seconds, 2),
      interactions,
      concurrency,
      deferred: results.filter((r) => r.deferred).length,
      botErrorLogs: running.errorLogs(),
      byKind,
    };
  } finally {
    if (bot && bot.child.exitCode === null && bot.child.signalCode === null) {
      bot.child.kill('SIGTERM');
      const timer = setTimeout(() => bot?.child.kill('SIGKILL'), 5000);
      await bot.exited;
      clearTimeout(timer);
    }
    await standIn?.close();
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** A Markdown table of a run: the totals, then one row per kind of interaction when known. */
export function formatDiscordLoadTable(result: DiscordLoadResult): string {
  const rate =
    result.seconds > 0 && result.interactions ? round(result.interactions / result.seconds, 0) : null;
  const lines = [
    `Discord load (real bot process via the stand-in${result.interactions ? `, ${result.interactions} interactions` : ''}${result.concurrency ? `, ${result.concurrency} in flight` : ''})`,
    '',
    '| interactions | p50 ms | p99 ms | errors | peak RSS MB | seconds | per second |',
    '|---|---:|---:|---:|---:|---:|---:|',
    `| ${result.interactions ?? '–'} | ${result.p50Ms} | ${result.p99Ms} | ${result.errors} | ${Number.isNaN(result.rssMb) ? '–' : result.rssMb} | ${result.seconds} | ${rate ?? '–'} |`,
  ];
  const kinds = Object.entries(result.byKind ?? {}) as [LoadKind, KindFigures][];
  if (kinds.length) {
    lines.push('', '| kind | count | p50 ms | p99 ms | errors |', '|---|---:|---:|---:|---:|');
    for (const [kind, figures] of kinds) {
      const label = kind === 'autocomplete' ? 'autocomplete' : `/${kind}`;
      lines.push(`| ${label} | ${figures.count} | ${figures.p50Ms} | ${figures.p99Ms} | ${figures.errors} |`);
    }
  }
  if (result.deferred !== undefined || result.botErrorLogs !== undefined) {
    lines.push(
      '',
      `Deferred callbacks: ${result.deferred ?? '–'}; error lines in the bot log: ${result.botErrorLogs ?? '–'}.`,
    );
  }
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const interactions = Number(process.argv[2] ?? 1000) || 1000;
  const concurrency = Number(process.argv[3] ?? 50) || 50;
  const result = await benchDiscordLoad({ interactions, concurrency });
  console.log(formatDiscordLoadTable(result));
  console.log(JSON.stringify({ discordLoad: result }));
}
