/**
 * `npm start`: the Discord bot when DISCORD_TOKEN is set, otherwise the terminal chat over the data
 * folder (seeds/ by default), so anyone can try the bot without a token. An expected failure (bad
 * setting, missing data folder, rejected token, unreachable Discord) is one line and an exit code
 * (see the README's "Running it for real").
 */

import { runFrontEnd } from './cli/data.ts';
import { checkDataFolder, readEnvironment, StartupError } from './config.ts';

const lang = process.argv.includes('--en') ? 'en' : 'fi';
await runFrontEnd(async () => {
  const env = readEnvironment();
  if (env.DISCORD_TOKEN) {
    const { startBot } = await import('./bot/main.ts');
    try {
      await startBot(env);
    } catch (error) {
      // The bot has logged it as a pino line already; a second plain line would repeat it.
      if (!(error instanceof StartupError)) throw error;
      process.exit(error.exitCode);
    }
  } else {
    await checkDataFolder(env.PROJECTS_DIR, lang);
    const { startTerminalChat } = await import('./cli/terminal-chat.ts');
    process.exitCode = await startTerminalChat({ data: env.PROJECTS_DIR, lang });
  }
});
