/**
 * Start-up as a new user meets it: the bot from a `.env` copied from `.env.example` (empty SHARD_COUNT=
 * and all), and each expected failure as one line and a documented exit code instead of a stack trace.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DiscordStandIn, startDiscordStandIn } from './support/discord-stand-in.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TOKEN = 'startup-test-token';
// By path: the child's cwd is a temporary folder, where the bare name `tsx` does not resolve.
const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `script` with tsx in `cwd`, with an environment free of this process's Discord settings. */
function run(
  script: string,
  args: string[],
  cwd: string,
  extra: Record<string, string> = {},
  until?: RegExp,
): Promise<Run> {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env))
    if (!/^(DISCORD_|VITEST|NODE_OPTIONS$|PROJECTS_DIR$|CACHE_DIR$|LOG_LEVEL$|SHARD_COUNT$)/.test(key))
      env[key] = value;
  const child = spawn(process.execPath, ['--import', TSX, join(ROOT, script), ...args], {
    cwd,
    env: { ...env, ...extra },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
    if (until?.test(stderr)) child.kill('SIGTERM');
  });
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('start-up', { timeout: 60_000 }, () => {
  let standIn: DiscordStandIn;
  let work: string;

  beforeAll(async () => {
    standIn = await startDiscordStandIn({ token: TOKEN, heartbeatIntervalMs: 500 });
    work = mkdtempSync(join(tmpdir(), 'hankebotti-startup-'));
    cpSync(join(ROOT, 'seeds'), join(work, 'seeds'), { recursive: true });
  });
  afterAll(async () => {
    await standIn?.close();
    rmSync(work, { recursive: true, force: true });
  });

  function writeEnv(token: string, apiUrl: string): void {
    const example = readFileSync(join(ROOT, '.env.example'), 'utf8');
    writeFileSync(
      join(work, '.env'),
      example
        .replace(/^DISCORD_TOKEN=.*$/m, `DISCORD_TOKEN=${token}`)
        .replace(/^DISCORD_API_URL=.*$/m, `DISCORD_API_URL=${apiUrl}`),
    );
  }

  it('logs in from a .env copied from .env.example with only the token filled in', async () => {
    expect(readFileSync(join(ROOT, '.env.example'), 'utf8')).toMatch(/^SHARD_COUNT=$/m);
    writeEnv(TOKEN, standIn.apiUrl);
    const result = await run('src/main.ts', [], work, {}, /bot ready/);
    expect(result.stderr).toMatch(/bot ready/);
    expect(result.stderr).not.toMatch(/ClientInvalidOption/);
  });

  it('exits 78 with one log line for a token Discord rejects', async () => {
    writeEnv('wrong-token', standIn.apiUrl);
    const result = await run('src/main.ts', [], work);
    expect(result.code).toBe(78);
    expect(result.stderr).toMatch(/Discord rejected DISCORD_TOKEN/);
    expect(result.stderr).not.toMatch(/wrong-token|\n\s+at /);
  });

  it('exits 69 with one log line when Discord cannot be reached', async () => {
    writeEnv(TOKEN, `http://127.0.0.1:${await closedPort()}/api`);
    const result = await run('src/main.ts', [], work);
    expect(result.code).toBe(69);
    expect(result.stderr).toMatch(/Discord cannot be reached .*ECONNREFUSED/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('deploy: exits 69 with one line when Discord cannot be reached, 78 without an application ID', async () => {
    writeEnv(TOKEN, `http://127.0.0.1:${await closedPort()}/api`);
    const unreachable = await run('src/bot/deploy.ts', [], work, { DISCORD_CLIENT_ID: '123456789012345678' });
    expect(unreachable.code).toBe(69);
    expect(unreachable.stderr).not.toMatch(/\n\s+at /);
    const missing = await run('src/bot/deploy.ts', [], work);
    expect(missing.code).toBe(78);
    expect(missing.stderr).toMatch(/DISCORD_CLIENT_ID/);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });

  it.each(['project S21154', 'search nuoret', 'ask mitä', 'chat'])(
    'cli %s: a missing folder is one Finnish line, exit 66',
    async (command) => {
      const result = await run(
        'src/cli/main.ts',
        [...command.split(' '), '--data', join(work, 'nope')],
        work,
      );
      expect(result.code).toBe(66);
      expect(result.stderr).toBe(
        `hankebotti: Aineistokansiota ei löydy: ${join(work, 'nope')} (aseta --data tai PROJECTS_DIR)\n`,
      );
    },
  );

  it('cli: a data folder that is a file, in English with --lang en', async () => {
    const result = await run(
      'src/cli/main.ts',
      ['project', 'S21154', '--lang', 'en', '--data', join(work, '.env')],
      work,
    );
    expect(result.code).toBe(66);
    expect(result.stderr).toBe(`hankebotti: Data folder is a file, not a folder: ${join(work, '.env')}\n`);
  });
});
