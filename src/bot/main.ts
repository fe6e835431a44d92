/**
 * The Discord bot: a discord.js client with the Guilds, GuildMessages and DirectMessages intents (no
 * privileged intent: a message that mentions the bot carries its content anyway), interaction routing,
 * data reload, and a graceful shutdown on SIGINT/SIGTERM.
 */
import { Client, Events, GatewayIntentBits, Options, Partials } from 'discord.js';
import {
  checkDataFolder,
  DEFAULT_DISCORD_API,
  dropEmptyDiscordVariables,
  type Environment,
  EXIT,
  StartupError,
} from '../config.ts';
import { t } from '../i18n/messages.ts';
import { Cooldown } from './cooldown.ts';
import { DataStore } from './data.ts';
import {
  type BotDeps,
  guarded,
  handleAutocomplete,
  handleButton,
  handleChatInput,
  handleMessage,
} from './handlers.ts';
import { createLogger } from './logger.ts';

/** Seconds between two /ask questions of one user. */
export const ASK_COOLDOWN_MS = 3000;

export function createClient(env: Environment): Client {
  dropEmptyDiscordVariables();
  return new Client({
    // Only when set: otherwise discord.js takes SHARDS/SHARD_COUNT from a ShardingManager parent, or 1.
    ...(env.SHARD_COUNT ? { shardCount: env.SHARD_COUNT } : {}),
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    // DM channels are not cached until used: without the Channel partial their messages are dropped.
    partials: [Partials.Channel],
    allowedMentions: { parse: [] },
    // Every user who asks would otherwise stay cached for the life of the process.
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      UserManager: { maxSize: 500, keepOverLimit: (user) => user.id === user.client.user.id },
      GuildMemberManager: { maxSize: 200, keepOverLimit: (member) => member.id === member.client.user.id },
    }),
    rest: env.DISCORD_API_URL ? { api: env.DISCORD_API_URL } : {},
  });
}

export interface RunningBot {
  client: Client;
  deps: BotDeps;
  stop(): Promise<void>;
}

export async function startBot(
  env: Environment,
  options: { handleSignals?: boolean } = {},
): Promise<RunningBot> {
  const logger = createLogger(env.LOG_LEVEL);
  try {
    await checkDataFolder(env.PROJECTS_DIR, 'en');
  } catch (error) {
    if (error instanceof StartupError) logger.fatal({ dir: env.PROJECTS_DIR }, error.message);
    throw error;
  }
  const data = new DataStore({ dir: env.PROJECTS_DIR, cacheDir: env.CACHE_DIR, logger });
  await data.load();
  data.watch();
  const deps: BotDeps = { data, logger, cooldown: new Cooldown(ASK_COOLDOWN_MS) };
  const client = createClient(env);

  client.once(Events.ClientReady, (ready) => {
    logger.info(
      { user: ready.user.tag, guilds: ready.guilds.cache.size, shard: ready.shard?.ids },
      'bot ready',
    );
  });
  client.on(
    Events.InteractionCreate,
    guarded('interaction', deps, async (interaction) => {
      if (interaction.isChatInputCommand()) await handleChatInput(interaction, deps);
      else if (interaction.isAutocomplete()) await handleAutocomplete(interaction, deps);
      else if (interaction.isButton()) await handleButton(interaction, deps);
    }),
  );
  client.on(
    Events.MessageCreate,
    guarded('message', deps, (message) => handleMessage(message, client, deps)),
  );
  client.on(Events.ShardDisconnect, (event, shard) =>
    logger.warn({ code: event.code, shard }, 'gateway disconnected'),
  );
  client.on(Events.ShardResume, (shard) => logger.info({ shard }, 'gateway resumed'));
  client.on(Events.ShardReconnecting, (shard) => logger.info({ shard }, 'gateway reconnecting'));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'client error'));

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down');
    data.close();
    await client.destroy();
  };
  if (options.handleSignals !== false) {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        void stop().then(() => process.exit(0));
      });
    }
  }
  try {
    await client.login(env.DISCORD_TOKEN);
  } catch (error) {
    const failure = loginFailure(error, env.DISCORD_API_URL ?? DEFAULT_DISCORD_API);
    data.close();
    await client.destroy();
    if (!failure) throw error;
    logger.fatal({ exitCode: failure.exitCode }, failure.message);
    throw failure;
  }
  return { client, deps, stop };
}

/**
 * The expected ways a login fails, as StartupErrors: a rejected token (exit 78, restarting cannot
 * help) and an unreachable API (exit 69, a restart later may). Null for anything else.
 */
export function loginFailure(error: unknown, apiUrl: string): StartupError | null {
  const { code, status } = error as { code?: unknown; status?: unknown };
  if (code === 'TokenInvalid' || status === 401)
    return new StartupError(t('en', 'tokenInvalid'), EXIT.config);
  const reason = networkReason(error);
  if (reason) return new StartupError(t('en', 'discordUnreachable')(apiUrl, reason), EXIT.unavailable);
  return null;
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET',
]);

/** The network error code somewhere in `error`'s cause chain (undici wraps it in "fetch failed"). */
function networkReason(error: unknown): string | null {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const { code, cause, name } = current as { code?: unknown; cause?: unknown; name?: unknown };
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return code;
    if (name === 'AbortError' || name === 'TimeoutError') return 'timeout';
    current = cause;
  }
  return null;
}
