/** One shard's process under the ShardingManager: the ordinary bot (discord.js reads SHARDS from the environment). */
import { readEnvironment, StartupError } from '../config.ts';
import { startBot } from './main.ts';

try {
  await startBot(readEnvironment());
} catch (error) {
  // startBot has logged an expected failure; its exit code tells the manager and the process manager why.
  if (!(error instanceof StartupError)) throw error;
  process.exit(error.exitCode);
}
