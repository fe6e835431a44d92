/**
 * End-to-end tests of the REAL bot process (`node --import tsx src/main.ts`, what `npm start` runs with a
 * DISCORD_TOKEN) and the deploy script (`src/bot/deploy.ts`) against the local Discord stand-in
 * (test/support/discord-stand-in.ts): command registration, every kind of interaction, mentions and DMs,
 * charts as attachments, page buttons, gateway reconnects, data reload, handler errors and a clean SIGTERM.
 *
 * The data folder is a temporary copy of seeds/ plus 30 documents made from a seed with new codes and names,
 * so that /search has more than one page of results.
 */
import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DiscordStandIn,
  type InteractionInput,
  type InteractionResponse,
  type JsonObject,
  type RecordedRequest,
  snowflake,
  startDiscordStandIn,
} from './support/discord-stand-in.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEEDS = join(ROOT, 'seeds');
const TOKEN = 'test';
/** The eight commands with their Finnish names. */
const COMMAND_NAMES: Record<string, string> = {
  project: 'hanke',
  funding: 'rahoitus',
  contact: 'yhteystiedot',
  targets: 'kohderyhmät',
  search: 'haku',
  ask: 'kysy',
  stats: 'tilastot',
  help: 'ohje',
};
/** Discord's rule for command and option names (the API docs, "Application Command Naming"). */
const DISCORD_NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Extra documents made from a seed, so that /search 'hanke' has 4 + 30 hits: seven pages of five. */
const FILLER_COUNT = 30;
const SEARCH_PAGE_SIZE = 5;
const WAIT_MS = 20_000;

// ---------------------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------------------

function obj(value: unknown): JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : {};
}

function list(value: unknown): JsonObject[] {
  return Array.isArray(value) ? value.map(obj) : [];
}

/** The first embed of a message payload. */
function embedOf(data: JsonObject): JsonObject {
  const [embed] = list(data.embeds);
  if (!embed) throw new Error(`expected an embed in ${JSON.stringify(data).slice(0, 500)}`);
  return embed;
}

/** Every text a user sees in a message payload, in one string. */
function visibleText(data: JsonObject): string {
  const parts: string[] = [];
  if (typeof data.content === 'string') parts.push(data.content);
  for (const embed of list(data.embeds)) {
    for (const key of ['title', 'description'] as const)
      if (typeof embed[key] === 'string') parts.push(embed[key]);
    for (const field of list(embed.fields)) parts.push(String(field.name), String(field.value));
    if (typeof obj(embed.footer).text === 'string') parts.push(String(obj(embed.footer).text));
  }
  return parts.join('\n');
}

function fieldValue(data: JsonObject, name: string): string | undefined {
  const field = list(embedOf(data).fields).find((f) => f.name === name);
  return field ? String(field.value) : undefined;
}

/** Project codes listed in an embed as `S12345`. */
function listedCodes(data: JsonObject): string[] {
  return [...String(embedOf(data).description ?? '').matchAll(/`([SA]\d{5})`/g)].map((m) => m[1] as string);
}

/** Custom ids of the page buttons (Previous, page counter, Next) of a reply. */
function pageButtons(data: JsonObject): { previous: JsonObject; next: JsonObject } {
  const [row] = list(data.components);
  const buttons = list(row?.components);
  expect(buttons).toHaveLength(3);
  return { previous: buttons[0] as JsonObject, next: buttons[2] as JsonObject };
}

/** Every string value in a JSON value (recursively). */
function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, out);
  else if (typeof value === 'object' && value !== null)
    for (const item of Object.values(value)) stringsIn(item, out);
  return out;
}

/** A seed description turned into another project: new code and name, everything else the same. */
function variantOf(seedFile: string, code: string, name: string): string {
  const text = readFileSync(join(SEEDS, seedFile), 'utf8');
  const changed = text
    .replace(/^Hankekoodi: .*$/m, `Hankekoodi: ${code}`)
    .replace(/^Hankkeen nimi: .*$/m, `Hankkeen nimi: ${name}`);
  if (changed === text) throw new Error(`e2e: ${seedFile} has no Hankekoodi / Hankkeen nimi line`);
  return changed;
}

/** Writes a file so that the watcher sees it complete: written under another name, then renamed. */
function writeAtomically(path: string, text: string): void {
  writeFileSync(`${path}.partial`, text);
  renameSync(`${path}.partial`, path);
}

interface LogLine {
  raw: string;
  json: JsonObject | null;
}

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** The bot (or deploy) process with its stderr log lines. */
class BotProcess {
  readonly logs: LogLine[] = [];
  stdout = '';
  readonly exited: Promise<Exit>;
  private readonly waiters = new Set<{
    test: (line: LogLine) => boolean;
    resolve: (line: LogLine) => void;
  }>();
  private pending = '';
  private exit: Exit | null = null;

  constructor(readonly child: ChildProcessByStdio<null, Readable, Readable>) {
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      this.stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      this.pending += chunk;
      const lines = this.pending.split('\n');
      this.pending = lines.pop() ?? '';
      for (const raw of lines) if (raw.trim()) this.add(raw);
    });
    this.exited = new Promise((resolve) => {
      child.on('exit', (code, signal) => {
        if (this.pending.trim()) this.add(this.pending);
        this.pending = '';
        this.exit = { code, signal };
        resolve(this.exit);
      });
    });
  }

  get running(): boolean {
    return this.exit === null;
  }

  private add(raw: string): void {
    let json: JsonObject | null = null;
    try {
      json = obj(JSON.parse(raw));
    } catch {
      // Not pino output (e.g. a Node warning); kept as text.
    }
    const line = { raw, json };
    this.logs.push(line);
    for (const waiter of this.waiters) {
      if (waiter.test(line)) {
        this.waiters.delete(waiter);
        waiter.resolve(line);
      }
    }
  }

  /** Resolves with the first log line (from index `after` on) that matches. */
  waitForLog(
    test: (json: JsonObject) => boolean,
    options: { after?: number; timeoutMs?: number } = {},
  ): Promise<LogLine> {
    const { after = 0, timeoutMs = WAIT_MS } = options;
    const matches = (line: LogLine): boolean => line.json !== null && test(line.json);
    const found = this.logs.slice(after).find(matches);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const waiter = {
        test: matches,
        resolve: (line: LogLine) => {
          clearTimeout(timer);
          resolve(line);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`e2e: no matching log line within ${timeoutMs} ms; last lines:\n${this.tail()}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  tail(count = 15): string {
    return this.logs
      .slice(-count)
      .map((line) => line.raw)
      .join('\n');
  }
}

/** The environment of a child process: this one's, without anything Discord-, Node-option- or vitest-related. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(DISCORD_|VITEST|NODE_OPTIONS$|PROJECTS_DIR$|CACHE_DIR$|LOG_LEVEL$|SHARD_COUNT$)/.test(key))
      continue;
    env[key] = value;
  }
  return { ...env, ...extra };
}

function spawnTs(script: string, env: Record<string, string>): BotProcess {
  return new BotProcess(
    spawn(process.execPath, ['--import', 'tsx', script], {
      cwd: ROOT,
      env: childEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
}

/** Resolves with the exit, or rejects after `ms`. */
function exitWithin(processHandle: BotProcess, ms: number): Promise<Exit> {
  return Promise.race([
    processHandle.exited,
    new Promise<Exit>((_resolve, reject) =>
      setTimeout(() => reject(new Error(`e2e: the process did not exit within ${ms} ms`)), ms).unref(),
    ),
  ]);
}

// ---------------------------------------------------------------------------------------------------------------
// The tests
// ---------------------------------------------------------------------------------------------------------------

describe('the bot process end to end against the Discord stand-in', { timeout: 30_000 }, () => {
  let standIn: DiscordStandIn;
  let bot: BotProcess;
  let workDir: string;
  let dataDir: string;
  const deploys: BotProcess[] = [];
  const registrations: JsonObject[][] = [];

  /** Dispatches an interaction and returns what the user finally sees (following defers). */
  async function interact(input: InteractionInput): Promise<InteractionResponse> {
    const dispatched = standIn.dispatchInteraction({ timeoutMs: WAIT_MS, ...input });
    return standIn.waitForInteractionResponse(dispatched.id, dispatched.token, { timeoutMs: WAIT_MS });
  }

  /** A user of its own, so the per-user /ask cooldown never gets in the way. */
  const freshUser = () => ({ id: snowflake() });

  async function deploy(): Promise<JsonObject[]> {
    const run = spawnTs('src/bot/deploy.ts', {
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: standIn.apiUrl,
      DISCORD_CLIENT_ID: standIn.applicationId,
      DISCORD_GUILD_ID: standIn.guildId,
      LOG_LEVEL: 'info',
    });
    deploys.push(run);
    const exit = await exitWithin(run, WAIT_MS);
    if (exit.code !== 0) throw new Error(`e2e: deploy failed (${JSON.stringify(exit)}):\n${run.tail()}`);
    return standIn.getCommands(standIn.guildId);
  }

  beforeAll(async () => {
    standIn = await startDiscordStandIn({ heartbeatIntervalMs: 500 });
    workDir = mkdtempSync(join(tmpdir(), 'hankebotti-e2e-'));
    dataDir = join(workDir, 'data');
    cpSync(SEEDS, dataDir, { recursive: true });
    for (let n = 1; n <= FILLER_COUNT; n++) {
      const code = `S3${String(n).padStart(4, '0')}`;
      writeFileSync(
        join(dataDir, `filler_${code}.txt`),
        variantOf('002_e8d6e0a9bf609506.txt', code, `Kopiohanke ${n}`),
      );
    }
    // Deploy (twice, in sequence) while the bot starts.
    const deployed = (async () => {
      registrations.push(await deploy());
      registrations.push(await deploy());
    })();
    bot = spawnTs('src/main.ts', {
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: standIn.apiUrl,
      DISCORD_CLIENT_ID: standIn.applicationId,
      PROJECTS_DIR: dataDir,
      CACHE_DIR: join(workDir, 'cache'),
      LOG_LEVEL: 'info',
    });
    const ready = bot.waitForLog((log) => log.msg === 'bot ready', { timeoutMs: 30_000 });
    const died = bot.exited.then((exit) => {
      throw new Error(`e2e: the bot exited during start-up (${JSON.stringify(exit)}):\n${bot.tail()}`);
    });
    await Promise.race([Promise.all([ready, standIn.waitForReady(30_000)]), died]);
    died.catch(() => {});
    await deployed;
  }, 60_000);

  afterAll(async () => {
    if (bot?.running) {
      bot.child.kill('SIGKILL');
      await bot.exited;
    }
    for (const run of deploys) if (run.running) run.child.kill('SIGKILL');
    await standIn?.close();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  describe('deploy', () => {
    it('registers 8 valid commands with Finnish localizations on every command and option', () => {
      const commands = registrations[0] ?? [];
      expect(commands.map((c) => c.name).sort()).toEqual(Object.keys(COMMAND_NAMES).sort());
      const checkNamed = (item: JsonObject, where: string) => {
        const name = String(item.name);
        const fiName = String(obj(item.name_localizations).fi ?? '');
        const description = String(item.description ?? '');
        const fiDescription = String(obj(item.description_localizations).fi ?? '');
        for (const n of [name, fiName]) {
          expect(n, `${where}: name ${n}`).toMatch(DISCORD_NAME);
          expect(n, `${where}: name ${n} is lower case`).toBe(n.toLocaleLowerCase());
        }
        for (const d of [description, fiDescription]) {
          expect(d.length, `${where}: description "${d}"`).toBeGreaterThanOrEqual(1);
          expect(d.length, `${where}: description "${d}"`).toBeLessThanOrEqual(100);
        }
      };
      for (const command of commands) {
        checkNamed(command, `/${String(command.name)}`);
        expect(obj(command.name_localizations).fi).toBe(COMMAND_NAMES[String(command.name)]);
        for (const option of list(command.options)) {
          checkNamed(option, `/${String(command.name)} ${String(option.name)}`);
          for (const choice of list(option.choices)) {
            expect(String(choice.name).length).toBeGreaterThanOrEqual(1);
            expect(String(choice.name).length).toBeLessThanOrEqual(100);
          }
        }
      }
      const optionsOf = (name: string) =>
        list(commands.find((c) => c.name === name)?.options).map(
          (o) => `${String(o.name)}/${String(obj(o.name_localizations).fi)}`,
        );
      expect(optionsOf('project')).toEqual(['code/koodi']);
      expect(optionsOf('search')).toEqual(['query/haku', 'region/maakunta', 'status/tila']);
      expect(optionsOf('ask')).toEqual(['question/kysymys']);
      expect(optionsOf('stats')).toEqual(['by/peruste']);
      expect(deploys[0]?.stdout).toMatch(/Registered 8 commands \(guild /);
    });

    it('is idempotent: a second deploy leaves the same set (same names and ids)', () => {
      const [first, second] = registrations;
      const summary = (commands: JsonObject[] | undefined) =>
        (commands ?? []).map((c) => ({
          id: c.id,
          name: c.name,
          options: c.options,
          fi: c.name_localizations,
        }));
      expect(second).toHaveLength(8);
      expect(summary(second)).toEqual(summary(first));
      // Nothing was registered globally.
      expect(standIn.getCommands()).toEqual([]);
    });
  });

  describe('slash commands', () => {
    it('/project S21154 in English: name, period and funding figures', async () => {
      const response = await interact({
        commandName: 'project',
        options: { code: 'S21154' },
        locale: 'en-US',
      });
      expect(response.type).toBe(4);
      expect(response.ephemeral).toBe(false);
      const embed = embedOf(response.data);
      expect(embed.title).toContain('Joensuun KAKE 2.0');
      expect(fieldValue(response.data, 'Period')).toBe('2 Jan 2018–31 Dec 2021');
      expect(fieldValue(response.data, 'Granted EU + state funding')).toBe('€1,319,685');
      expect(response.data.allowed_mentions).toEqual({ parse: [] });
    });

    it('/hanke S21154 in Finnish: Finnish field names and number format', async () => {
      const response = await interact({ commandName: 'project', options: { code: 'S21154' }, locale: 'fi' });
      const embed = embedOf(response.data);
      expect(embed.title).toContain('Joensuun KAKE 2.0');
      expect(fieldValue(response.data, 'Toteutusaika')).toBe('2.1.2018–31.12.2021');
      expect(fieldValue(response.data, 'Myönnetty EU- ja valtion rahoitus')).toBe(
        '1\u00a0319\u00a0685\u00a0€',
      );
      expect(visibleText(response.data)).not.toMatch(/Period|Granted/);
    });

    it('autocomplete on the code option: at most 25 choices with names of at most 100 characters', async () => {
      const choicesFor = async (typed: string) => {
        const response = await interact({
          commandName: 'project',
          options: { code: typed },
          focused: 'code',
        });
        expect(response.type).toBe(8);
        const choices = list(response.data.choices);
        expect(choices.length).toBeLessThanOrEqual(25);
        for (const choice of choices) {
          expect(String(choice.name).length).toBeGreaterThanOrEqual(1);
          expect(String(choice.name).length).toBeLessThanOrEqual(100);
          expect(String(choice.value)).toMatch(/^[SA]\d{5}$/);
        }
        return choices;
      };
      // 34 projects: an empty input offers a full list, capped at 25.
      expect(await choicesFor('')).toHaveLength(25);
      const ka = await choicesFor('ka');
      expect(ka.map((c) => c.value)).toContain('S22786');
      const s2 = await choicesFor('S2');
      expect(s2.map((c) => c.value).sort()).toEqual(['S20562', 'S21154', 'S22154', 'S22786']);
      // The funding command shares the option.
      expect((await choicesFor('S2115')).map((c) => c.value)).toEqual(['S21154']);
    });

    it('/project S99999 gives a clear not-found with a search hint, not an error', async () => {
      const en = await interact({ commandName: 'project', options: { code: 'S99999' }, locale: 'en-US' });
      const text = visibleText(en.data);
      expect(text).toContain('S99999');
      expect(text).toMatch(/No project matches/);
      expect(text).toMatch(/\/search|Did you mean/);
      expect(text).not.toMatch(/went wrong/);
      const fi = await interact({ commandName: 'project', options: { code: 'S99999' }, locale: 'fi' });
      expect(visibleText(fi.data)).toMatch(/Hanketta ”S99999” ei löytynyt\..*(\/haku|Tarkoititko)/s);
    });

    it('/funding S21154 attaches the chart PNG shown in the embed as attachment://chart.png', async () => {
      const response = await interact({
        commandName: 'funding',
        options: { code: 'S21154' },
        locale: 'en-US',
      });
      const embed = embedOf(response.data);
      expect(obj(embed.image).url).toBe('attachment://chart.png');
      expect(visibleText(response.data)).toContain('€1,319,685');
      expect(response.request.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
      expect(response.files).toHaveLength(1);
      const [file] = response.files;
      expect(file?.filename).toBe('chart.png');
      expect(file?.data.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      expect(file?.size).toBeGreaterThan(1000);
      expect(list(response.data.attachments).map((a) => a.filename ?? a.id)).toHaveLength(1);
    });

    it('/stats by=region attaches its chart PNG too', async () => {
      const response = await interact({ commandName: 'stats', options: { by: 'region' } });
      expect(obj(embedOf(response.data).image).url).toBe('attachment://chart.png');
      expect(response.files.map((f) => f.filename)).toEqual(['chart.png']);
      expect(response.files[0]?.data.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      expect(visibleText(response.data)).toMatch(/Pohjois-Karjala/);
    });

    it('/search pages forward and back with the buttons, and a button works from its custom id alone', async () => {
      const total = 4 + FILLER_COUNT;
      const pages = Math.ceil(total / SEARCH_PAGE_SIZE);
      const first = await interact({ commandName: 'search', options: { query: 'hanke' }, locale: 'en-US' });
      expect(visibleText(first.data)).toContain(`${total} hits`);
      expect(obj(embedOf(first.data).footer).text).toBe(`Page 1/${pages}`);
      const page1 = listedCodes(first.data);
      expect(page1).toHaveLength(SEARCH_PAGE_SIZE);
      let buttons = pageButtons(first.data);
      expect(buttons.previous.disabled).toBe(true);
      expect(buttons.next.disabled).toBe(false);

      // A click on Next, with the message the button belongs to.
      const click = async (customId: string, message: JsonObject) =>
        interact({
          customId: String(customId),
          message: { embeds: message.embeds, components: message.components },
          locale: 'en-US',
        });
      const second = await click(String(buttons.next.custom_id), first.data);
      expect(second.type).toBe(7);
      expect(obj(embedOf(second.data).footer).text).toBe(`Page 2/${pages}`);
      const page2 = listedCodes(second.data);
      expect(page2).toHaveLength(SEARCH_PAGE_SIZE);
      expect(page2.filter((code) => page1.includes(code))).toEqual([]);
      buttons = pageButtons(second.data);
      expect(buttons.previous.disabled).toBe(false);

      const third = await click(String(buttons.next.custom_id), second.data);
      expect(obj(embedOf(third.data).footer).text).toBe(`Page 3/${pages}`);
      const back = await click(String(pageButtons(third.data).previous.custom_id), third.data);
      expect(obj(embedOf(back.data).footer).text).toBe(`Page 2/${pages}`);
      expect(listedCodes(back.data)).toEqual(page2);
      expect(back.data.allowed_mentions).toEqual({ parse: [] });

      // Restart-safe: the state lives in the custom id, no message or in-memory collector needed.
      const nextId = String(pageButtons(back.data).next.custom_id);
      const bare = await interact({ customId: nextId, locale: 'en-US' });
      expect(bare.type).toBe(7);
      expect(obj(embedOf(bare.data).footer).text).toBe(`Page 3/${pages}`);
      expect(listedCodes(bare.data)).toEqual(listedCodes(third.data));

      // The last page has Next disabled.
      let last = bare;
      for (let page = 3; page < pages; page++)
        last = await interact({ customId: String(pageButtons(last.data).next.custom_id) });
      expect(obj(embedOf(last.data).footer).text).toBe(`Sivu ${pages}/${pages}`);
      expect(listedCodes(last.data)).toHaveLength(total - (pages - 1) * SEARCH_PAGE_SIZE);
      expect(pageButtons(last.data).next.disabled).toBe(true);
    });

    it('/ask answers who the contact person of KANTO is', async () => {
      const response = await interact({
        commandName: 'ask',
        options: { question: 'Kuka on KANTO-hankkeen yhteyshenkilö?' },
        user: freshUser(),
      });
      const text = visibleText(response.data);
      expect(text).toContain('Anne Pyykkönen');
      expect(text).toContain('anne.pyykkonen@pksotu.fi');
      expect(response.data.allowed_mentions).toEqual({ parse: [] });
    });

    it('/ask with @everyone and markdown pings no one and escapes the user text', async () => {
      const asked = await interact({
        commandName: 'ask',
        options: { question: '@everyone **KANTO** yhteyshenkilö? <@123456789012345678>' },
        user: freshUser(),
      });
      expect(asked.data.allowed_mentions).toEqual({ parse: [] });
      expect(visibleText(asked.data)).toContain('Anne Pyykkönen');
      expect(visibleText(asked.data)).not.toContain('@everyone');
      expect(visibleText(asked.data)).not.toContain('**KANTO**');
      // An answer that quotes the user text quotes it escaped.
      const searched = await interact({
        commandName: 'search',
        options: { query: '@everyone **hanke** _x_' },
        locale: 'en-US',
      });
      const quoted = visibleText(searched.data);
      expect(searched.data.allowed_mentions).toEqual({ parse: [] });
      expect(quoted).not.toContain('@everyone');
      expect(quoted).toContain('@\u200beveryone');
      expect(quoted).toContain('\\*\\*hanke\\*\\*');
      expect(quoted).toContain('\\_x\\_');
    });

    it('every command answers in Finnish to a Finnish client and in English to an English one', async () => {
      // Each command with typical options, and a phrase its answer holds in each language.
      const cases: { commandName: string; options: Record<string, string>; fi: RegExp; en: RegExp }[] = [
        { commandName: 'project', options: { code: 'S22786' }, fi: /Toteutusaika/, en: /Period/ },
        {
          commandName: 'funding',
          options: { code: 'S22786' },
          fi: /Myönnetty EU- ja valtion rahoitus/,
          en: /Granted EU \+ state funding/,
        },
        {
          commandName: 'contact',
          options: { code: 'S22786' },
          fi: /yhteyshenkilö on Anne Pyykkönen/,
          en: /contact person is Anne Pyykkönen/,
        },
        {
          commandName: 'targets',
          options: { code: 'S22786' },
          fi: /Varsinaiset kohderyhmät/,
          en: /Primary target groups/,
        },
        { commandName: 'search', options: { query: 'Porukalla' }, fi: /osuma/, en: /hit/ },
        {
          commandName: 'ask',
          options: { question: 'Paljonko PORE sai rahaa?' },
          fi: /460\s420\s€/,
          en: /€460,420/,
        },
        { commandName: 'stats', options: { by: 'status' }, fi: /Yhteensä/, en: /Total/ },
        { commandName: 'help', options: {}, fi: /\/hanke/, en: /\/project/ },
      ];
      for (const { commandName, options, fi, en } of cases) {
        const finnish = await interact({ commandName, options, locale: 'fi', user: freshUser() });
        expect(visibleText(finnish.data), `/${commandName} fi`).toMatch(fi);
        const english = await interact({ commandName, options, locale: 'en-US', user: freshUser() });
        expect(visibleText(english.data), `/${commandName} en`).toMatch(en);
      }
    });

    it('/help answers in both languages', async () => {
      const fi = await interact({ commandName: 'help', locale: 'fi' });
      expect(visibleText(fi.data)).toMatch(/\/hanke/);
      const en = await interact({ commandName: 'help', locale: 'en-GB' });
      expect(visibleText(en.data)).toMatch(/\/project/);
    });
  });

  describe('messages', () => {
    it('answers an @mention like /ask, as a reply that pings no one', async () => {
      const reply = await standIn.dispatchMessage({
        content: 'Kuka on KANTO-hankkeen yhteyshenkilö?',
        mentionsBot: true,
        authorId: snowflake(),
        timeoutMs: WAIT_MS,
      });
      const payload = obj(reply.payload);
      expect(reply.route).toBe(`/channels/${standIn.channelId}/messages`);
      expect(visibleText(payload)).toContain('Anne Pyykkönen');
      expect(visibleText(payload)).toContain('anne.pyykkonen@pksotu.fi');
      expect(payload.allowed_mentions).toEqual({ parse: [], replied_user: false });
      expect(obj(payload.message_reference).message_id).toBeDefined();
    });

    it('answers a mention with @everyone and markdown without pinging', async () => {
      const reply = await standIn.dispatchMessage({
        content: '@everyone **Kuka** on KANTO-hankkeen yhteyshenkilö? @here',
        mentionsBot: true,
        authorId: snowflake(),
        timeoutMs: WAIT_MS,
      });
      const payload = obj(reply.payload);
      expect(obj(payload.allowed_mentions).parse).toEqual([]);
      expect(visibleText(payload)).toContain('Anne Pyykkönen');
      expect(visibleText(payload)).not.toMatch(/@everyone|@here/);
    });

    it('answers a DM', async () => {
      const reply = await standIn.dispatchMessage({
        content: 'Kuka on KANTO-hankkeen yhteyshenkilö?',
        dm: true,
        authorId: snowflake(),
        timeoutMs: WAIT_MS,
      });
      expect(reply.route).not.toBe(`/channels/${standIn.channelId}/messages`);
      expect(visibleText(obj(reply.payload))).toContain('Anne Pyykkönen');
      expect(obj(obj(reply.payload).allowed_mentions).parse).toEqual([]);
    });

    it('answers a slash command used in a DM', async () => {
      const response = await interact({
        commandName: 'contact',
        options: { code: 'S22786' },
        dm: true,
        locale: 'en-US',
      });
      expect(visibleText(response.data)).toContain('Anne Pyykkönen');
    });
  });

  describe('resilience', () => {
    it('an unknown command gets a polite reply', async () => {
      const response = await interact({ commandName: 'olematon', locale: 'en-US' });
      expect(response.content).toBe('Unknown command.');
      expect(response.ephemeral).toBe(true);
      expect(response.data.allowed_mentions).toEqual({ parse: [] });
    });

    it('a handler that throws is logged, the user gets an apology, and the bot keeps serving', async () => {
      const logFrom = bot.logs.length;
      const dispatched = standIn.dispatchInteraction({
        commandName: 'project',
        options: { code: 'S22154' },
        locale: 'en-US',
      });
      // Discord refuses the reply once: interaction.reply throws inside the handler.
      standIn.injectResponse(
        (r) => r.route === `/interactions/${dispatched.id}/${dispatched.token}/callback`,
        {
          status: 400,
          body: { code: 50035, message: 'Invalid Form Body', errors: {} },
        },
      );
      const refused = await dispatched.callback;
      expect(refused.status).toBe(400);
      const apology = await standIn.waitForRequest(
        (r) => r.route === `/interactions/${dispatched.id}/${dispatched.token}/callback` && r.status < 300,
        { timeoutMs: WAIT_MS, after: refused.seq + 1 },
      );
      const data = obj(obj(apology.payload).data);
      expect(data.content).toBe('Something went wrong while handling this. Please try again in a moment.');
      expect(data.allowed_mentions).toEqual({ parse: [] });
      const logged = await bot.waitForLog((log) => log.msg === 'handler failed', { after: logFrom });
      expect(logged.json).toMatchObject({ level: 50, handler: 'interaction', command: 'project' });
      expect(bot.running).toBe(true);
      const after = await interact({ commandName: 'project', options: { code: 'S22154' }, locale: 'en-US' });
      expect(embedOf(after.data).title).toContain('PORE');
    });

    it('resumes after the stand-in drops the gateway connection and answers again', async () => {
      const logFrom = bot.logs.length;
      const resumes = standIn.resumeCount;
      expect(standIn.dropConnections()).toBe(1);
      // Queued by the stand-in until the bot is back.
      const response = await interact({ commandName: 'project', options: { code: 'S20562' } });
      expect(embedOf(response.data).title).toContain('Elinvoimaa ja osallisuutta');
      expect(standIn.resumeCount).toBe(resumes + 1);
      expect(standIn.liveConnectionCount).toBe(1);
      await bot.waitForLog((log) => log.msg === 'gateway resumed', { after: logFrom });
    });

    it('identifies again after the session ends (close 1000) and answers again', async () => {
      const identifies = standIn.identifyCount;
      expect(standIn.dropConnections(1000)).toBe(1);
      await standIn.waitForReady(WAIT_MS);
      expect(standIn.identifyCount).toBe(identifies + 1);
      const reply = await standIn.dispatchMessage({
        content: 'Kuka on KANTO-hankkeen yhteyshenkilö?',
        mentionsBot: true,
        authorId: snowflake(),
        timeoutMs: WAIT_MS,
      });
      expect(visibleText(obj(reply.payload))).toContain('Anne Pyykkönen');
    });

    it('reloads the data folder: a new document is served, a broken one is logged and the old data kept', async () => {
      const logFrom = bot.logs.length;
      writeAtomically(
        join(dataDir, 'new_S29999.txt'),
        variantOf('003_a14aa3d86e50cfa5.txt', 'S29999', 'Uusi testihanke Tuulimylly'),
      );
      await bot.waitForLog((log) => log.msg === 'data reloaded' && log.projects === 4 + FILLER_COUNT + 1, {
        after: logFrom,
      });
      const found = await interact({ commandName: 'project', options: { code: 'S29999' }, locale: 'en-US' });
      expect(embedOf(found.data).title).toBe('S29999 · Uusi testihanke Tuulimylly');

      const brokenFrom = bot.logs.length;
      writeAtomically(
        join(dataDir, 'zz_broken.txt'),
        'This is not a project document.\n\u0000\u0001 garbage\n',
      );
      const kept = await bot.waitForLog(
        (log) => log.msg === 'reload found errors; keeping the last good data',
        {
          after: brokenFrom,
        },
      );
      expect(kept.json?.level).toBe(50);
      const warned = bot.logs.slice(brokenFrom).find((line) => line.json?.msg === 'document not loaded');
      expect(warned?.json?.file).toMatch(/zz_broken\.txt$/);
      expect(bot.running).toBe(true);
      const still = await interact({ commandName: 'project', options: { code: 'S29999' }, locale: 'en-US' });
      expect(embedOf(still.data).title).toBe('S29999 · Uusi testihanke Tuulimylly');
    });
  });

  describe('conversations', () => {
    it('two /kysy in a row: the follow-up is about the project asked before', async () => {
      const user = freshUser();
      const first = await interact({
        commandName: 'ask',
        options: { question: 'Kuka on PORE-hankkeen yhteyshenkilö?' },
        user,
      });
      expect(visibleText(first.data)).not.toMatch(/460\s?420/);
      // The per-user /ask cooldown is 3 s.
      await new Promise((resolve) => setTimeout(resolve, 3_100));
      const followUp = await interact({
        commandName: 'ask',
        options: { question: 'entä sen rahoitus?' },
        user,
      });
      expect(visibleText(followUp.data)).toMatch(/460\s?420/);
    });

    it('a project view sets the subject of that user in that channel only', async () => {
      const user = freshUser();
      await interact({ commandName: 'project', options: { code: 'S21154' }, user });
      const ask = (who: { id: string }, channelId?: string) =>
        interact({ commandName: 'ask', options: { question: 'entä sen rahoitus?' }, user: who, channelId });
      expect(visibleText((await ask(user)).data)).toContain('S21154');
      // Another user in the same channel, and the same user in a thread, start without a subject.
      expect(visibleText((await ask(freshUser())).data)).not.toContain('S21154');
      await new Promise((resolve) => setTimeout(resolve, 3_100));
      expect(visibleText((await ask(user, snowflake())).data)).not.toContain('S21154');
    });
  });

  describe('every reply and the logs', () => {
    it('every message the bot sent carries allowed_mentions { parse: [] }', () => {
      const messageRequests = standIn.requests.filter(
        (r: RecordedRequest) =>
          (r.method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(r.route)) ||
          (r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.route)) ||
          (r.method === 'PATCH' && /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/.test(r.route)) ||
          (r.method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(r.route)),
      );
      const carriers = messageRequests
        .map((r) => {
          const payload = obj(r.payload);
          // Interaction callbacks wrap the message in data; autocomplete (8) and defers (5, 6) carry none.
          if (r.route.endsWith('/callback'))
            return [4, 7].includes(Number(payload.type)) ? obj(payload.data) : null;
          return payload;
        })
        .filter((payload): payload is JsonObject => payload !== null);
      expect(carriers.length).toBeGreaterThan(20);
      for (const payload of carriers)
        expect(obj(payload.allowed_mentions).parse, JSON.stringify(payload).slice(0, 300)).toEqual([]);
    });

    it('never logs the token', () => {
      expect(bot.logs.length).toBeGreaterThan(3);
      const everything = [...bot.logs, ...deploys.flatMap((run) => run.logs)];
      for (const line of everything) {
        const values = line.json ? stringsIn(line.json) : [line.raw];
        for (const value of values) {
          expect(value).not.toBe(TOKEN);
          expect(value).not.toMatch(/Bot test\b|token[=:]\s*"?test\b/i);
        }
      }
      for (const run of [bot, ...deploys]) expect(run.stdout).not.toMatch(/\btest\b/);
    });
  });

  it('exits cleanly (code 0) within a few seconds of SIGTERM', async () => {
    const started = Date.now();
    expect(bot.child.kill('SIGTERM')).toBe(true);
    const exit = await exitWithin(bot, 5000);
    expect(exit).toEqual({ code: 0, signal: null });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(bot.logs.some((line) => line.json?.msg === 'shutting down')).toBe(true);
  });
});
