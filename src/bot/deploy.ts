/**
 * `npm run deploy`: registers the slash commands, in DISCORD_GUILD_ID when set (instantly visible,
 * for testing) or globally. A PUT replaces the whole set, so running it again changes nothing.
 */
import { REST, Routes } from 'discord.js';
import { commandList } from '../../commands/index.ts';
import { type Environment, readEnvironment } from '../config.ts';

export async function deployCommands(env: Environment): Promise<{ scope: string; names: string[] }> {
  if (!env.DISCORD_TOKEN || !env.DISCORD_CLIENT_ID) {
    throw new Error('hankebotti deploy: set DISCORD_TOKEN and DISCORD_CLIENT_ID (see .env.example)');
  }
  const rest = new REST(env.DISCORD_API_URL ? { api: env.DISCORD_API_URL } : {}).setToken(env.DISCORD_TOKEN);
  const body = commandList.map((command) => command.data.toJSON());
  const route = env.DISCORD_GUILD_ID
    ? Routes.applicationGuildCommands(env.DISCORD_CLIENT_ID, env.DISCORD_GUILD_ID)
    : Routes.applicationCommands(env.DISCORD_CLIENT_ID);
  const registered = (await rest.put(route, { body })) as {
    name: string;
    name_localizations?: Record<string, string>;
  }[];
  return {
    scope: env.DISCORD_GUILD_ID ? `guild ${env.DISCORD_GUILD_ID}` : 'global',
    names: registered.map((c) =>
      c.name_localizations?.fi ? `/${c.name} (/${c.name_localizations.fi})` : `/${c.name}`,
    ),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const { scope, names } = await deployCommands(readEnvironment());
    console.log(`Registered ${names.length} commands (${scope}):\n  ${names.join('\n  ')}`);
    if (scope === 'global') console.log('Global commands can take up to an hour to appear in every server.');
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
