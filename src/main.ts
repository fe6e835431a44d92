/**
 * `npm start`: the Discord bot when DISCORD_TOKEN is set, otherwise the terminal chat over the data
 * folder (seeds/ by default), so anyone can try the bot without a token.
 */
import { readEnvironment } from './config.ts';

const env = readEnvironment();
if (env.DISCORD_TOKEN) {
  const { startBot } = await import('./bot/main.ts');
  await startBot(env);
} else {
  const { startTerminalChat } = await import('./cli/terminal-chat.ts');
  const lang = process.argv.includes('--en') ? 'en' : 'fi';
  process.exitCode = await startTerminalChat({ data: env.PROJECTS_DIR, lang });
}
