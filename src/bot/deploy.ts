/**
 * `npm run deploy`: registers the slash commands, in DISCORD_GUILD_ID when set (instantly visible,
 * for testing) or globally. A PUT replaces the whole set, so running it again changes nothing.
 */
import { REST, Routes } from 'discord.js';
import { commandList } from '../../commands/index.ts';
import { runFrontEnd } from '../cli/data.ts';
import { DEFAULT_DISCORD_API, type Environment, EXIT, readEnvironment, StartupError } from '../config.ts';
import { t } from '../i18n/messages.ts';
import { loginFailure } from './main.ts';

export async function deployCommands(env: Environment): Promise<{ scope: string; names: string[] }> {
  if (!env.DISCORD_TOKEN || !env.DISCORD_CLIENT_ID) {
    throw new StartupError(`hankebotti deploy: ${t('en', 'deployNeedsIds')}`, EXIT.config);
  }
  const rest = new REST(env.DISCORD_API_URL ? { api: env.DISCORD_API_URL } : {}).setToken(env.DISCORD_TOKEN);
  const body = commandList.map((command) => command.data.toJSON());
  const route = env.DISCORD_GUILD_ID
    ? Routes.applicationGuildCommands(env.DISCORD_CLIENT_ID, env.DISCORD_GUILD_ID)
    : Routes.applicationCommands(env.DISCORD_CLIENT_ID);
  let registered: { name: string; name_localizations?: Record<string, string> }[];
  try {
    registered = (await rest.put(route, { body })) as typeof registered;
  } catch (error) {
    throw deployFailure(error, env.DISCORD_API_URL ?? DEFAULT_DISCORD_API);
  }
  return {
    scope: env.DISCORD_GUILD_ID ? `guild ${env.DISCORD_GUILD_ID}` : 'global',
    names: registered.map((c) =>
      c.name_localizations?.fi ? `/${c.name} (/${c.name_localizations.fi})` : `/${c.name}`,
    ),
  };
}

/** A failed PUT as one StartupError: the token and network cases as at login, else Discord's own reason. */
function deployFailure(error: unknown, apiUrl: string): StartupError {
  const known = loginFailure(error, apiUrl);
  const message = known?.message ?? t('en', 'deployFailed')((error as Error).message);
  return new StartupError(`hankebotti deploy: ${message}`, known?.exitCode ?? 1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runFrontEnd(async () => {
    const { scope, names } = await deployCommands(readEnvironment());
    console.log(`Registered ${names.length} commands (${scope}):\n  ${names.join('\n  ')}`);
    if (scope === 'global') console.log('Global commands can take up to an hour to appear in every server.');
  });
}
