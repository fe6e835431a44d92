/**
 * The environment, read and checked once. Every other module takes its settings from here instead of
 * reading `process.env` itself.
 */
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';
import type { Lang } from './i18n/format.ts';
import { t } from './i18n/messages.ts';

// Quiet: dotenv otherwise prints to stdout, which must carry nothing but the CLI's JSON.
loadDotenv({ quiet: true });

/** Exit codes of an expected start-up failure (sysexits.h), documented in the README for process managers. */
export const EXIT = {
  /** A setting is wrong (a bad value, an invalid token): restarting cannot help. */
  config: 78,
  /** Discord could not be reached: a restart later may help. */
  unavailable: 69,
  /** The data folder is missing, not a folder or unreadable. */
  noInput: 66,
} as const;

/**
 * An expected failure at start-up: `message` is the one line the user sees (it never holds a secret),
 * `exitCode` what the process exits with.
 */
export class StartupError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'StartupError';
  }
}

// An empty line in .env (`SHARD_COUNT=`) means "not set", as it does for every tool reading the file.
const optional = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

/** Discord's HTTP API, discord.js's own default; named so that messages can say where they tried. */
export const DEFAULT_DISCORD_API = 'https://discord.com/api';

export const ANALYZER_ENGINES = ['auto', 'voikko', 'fallback'] as const;

export const Environment = z.object({
  DISCORD_TOKEN: optional,
  DISCORD_CLIENT_ID: optional,
  DISCORD_GUILD_ID: optional,
  DISCORD_API_URL: optional.pipe(z.url().optional()),
  PROJECTS_DIR: optional.default('seeds'),
  LOG_LEVEL: optional.pipe(
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional().default('info'),
  ),
  SHARD_COUNT: optional.pipe(z.coerce.number<string | undefined>().int().positive().optional()),
  CACHE_DIR: optional.default('.cache'),
  HANKEBOTTI_ANALYZER: optional.pipe(
    z
      .string()
      .transform((value) => value.toLowerCase())
      .pipe(z.enum(ANALYZER_ENGINES))
      .optional()
      .default('auto'),
  ),
});
export type Environment = z.infer<typeof Environment>;

/**
 * Reads the environment; a bad value is reported by the variable's name and what it should be, never
 * with its content (it may be a token). Throws a StartupError with exit code 78.
 */
export function readEnvironment(env: NodeJS.ProcessEnv = process.env): Environment {
  const parsed = Environment.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    throw new StartupError(`hankebotti: invalid environment: ${problems}`, EXIT.config);
  }
  return parsed.data;
}

/**
 * The variables discord.js reads from process.env by itself. An empty one (`SHARD_COUNT=` from
 * .env.example) would reach it as `Number("")`, 0 shards, so empty ones are removed before a client
 * is made.
 */
const DISCORD_JS_VARIABLES = [
  'SHARDS',
  'SHARD_COUNT',
  'SHARDING_MANAGER',
  'SHARDING_MANAGER_MODE',
  'DISCORD_TOKEN',
];

export function dropEmptyDiscordVariables(env: NodeJS.ProcessEnv = process.env): void {
  for (const name of DISCORD_JS_VARIABLES) {
    if (name in env && !env[name]?.trim()) delete env[name];
  }
}

/**
 * Fails with one clear StartupError when `dir` is missing, a file, or cannot be listed, before any
 * loader meets it with a raw ENOENT trace. An empty folder is the loader's to warn about.
 */
export async function checkDataFolder(dir: string, lang: Lang): Promise<void> {
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) throw new StartupError(t(lang, 'dataNotFolder')(dir), EXIT.noInput);
    await access(dir, constants.R_OK | constants.X_OK);
  } catch (error) {
    if (error instanceof StartupError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    if (code === 'ENOENT') throw new StartupError(t(lang, 'dataMissing')(dir), EXIT.noInput);
    if (code === 'ENOTDIR') throw new StartupError(t(lang, 'dataNotFolder')(dir), EXIT.noInput);
    throw new StartupError(t(lang, 'dataUnreadable')(dir, code), EXIT.noInput);
  }
}
