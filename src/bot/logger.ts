/** The structured logger (pino, JSON to stderr). Secrets are redacted wherever they appear in a log object. */
import { pino } from 'pino';

export function createLogger(level: string) {
  return pino(
    {
      level,
      name: 'hankebotti',
      redact: {
        paths: ['token', '*.token', 'DISCORD_TOKEN', '*.DISCORD_TOKEN', 'headers.authorization'],
        censor: '[redacted]',
      },
    },
    pino.destination(2),
  );
}
export type Logger = ReturnType<typeof createLogger>;
