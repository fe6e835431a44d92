/**
 * The environment, read and checked once. Every other module takes its settings from here instead of
 * reading `process.env` itself.
 */
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

// Quiet: dotenv otherwise prints to stdout, which must carry nothing but the CLI's JSON.
loadDotenv({ quiet: true });

const optional = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

export const Environment = z.object({
  DISCORD_TOKEN: optional,
  DISCORD_CLIENT_ID: optional,
  DISCORD_GUILD_ID: optional,
  DISCORD_API_URL: optional.pipe(z.url().optional()),
  PROJECTS_DIR: optional.default('seeds'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SHARD_COUNT: optional.pipe(z.coerce.number<string | undefined>().int().positive().optional()),
  CACHE_DIR: optional.default('.cache'),
});
export type Environment = z.infer<typeof Environment>;

/** Reads the environment; a bad value is reported by name, never with its content (it may be a token). */
export function readEnvironment(env: NodeJS.ProcessEnv = process.env): Environment {
  const parsed = Environment.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    throw new Error(`hankebotti: invalid environment: ${problems}`);
  }
  return parsed.data;
}
