/** One shard's process under the ShardingManager: the ordinary bot (discord.js reads SHARDS from the environment). */
import { readEnvironment } from '../config.ts';
import { startBot } from './main.ts';

await startBot(readEnvironment());
