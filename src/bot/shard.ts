/**
 * `npm run start:sharded`: runs the bot under discord.js's ShardingManager, one process per shard,
 * each loading the cached index. Discord requires sharding from 2,500 guilds. The count is
 * SHARD_COUNT, else Discord's recommendation — which discord.js fetches from discord.com directly,
 * ignoring DISCORD_API_URL, so set SHARD_COUNT behind a proxy or stand-in.
 */
import { fileURLToPath } from 'node:url';
import { ShardingManager } from 'discord.js';
import { EXIT, readEnvironment, StartupError } from '../config.ts';

let env: ReturnType<typeof readEnvironment>;
try {
  env = readEnvironment();
} catch (error) {
  if (!(error instanceof StartupError)) throw error;
  console.error(error.message);
  process.exit(error.exitCode);
}
if (!env.DISCORD_TOKEN) {
  console.error('hankebotti: set DISCORD_TOKEN to run the sharded bot');
  process.exit(1);
}
const manager = new ShardingManager(fileURLToPath(new URL('./shard-worker.ts', import.meta.url)), {
  token: env.DISCORD_TOKEN,
  totalShards: env.SHARD_COUNT ?? 'auto',
  execArgv: ['--import', 'tsx'],
});
const expected = new Set<number>(Object.values(EXIT));
manager.on('shardCreate', (shard) => {
  console.error(`hankebotti: launched shard ${shard.id}`);
  // A shard that stops on an expected failure (bad token, no data) would fail the same way when the
  // manager respawns it: stop everything with its code, so the process manager sees why.
  shard.on('death', (child) => {
    const code = 'exitCode' in child ? child.exitCode : null;
    if (code !== null && expected.has(code)) process.exit(code);
  });
});
await manager.spawn();
