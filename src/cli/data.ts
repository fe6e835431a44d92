/** Opening the data folder for a CLI command, with load problems summarised on stderr. */
import { readEnvironment } from '../config.ts';
import { type OpenedCatalog, openCatalog } from '../search/cache.ts';

export async function openForCli(dir: string): Promise<OpenedCatalog> {
  const env = readEnvironment();
  const opened = await openCatalog(dir, { cacheDir: env.CACHE_DIR });
  const broken = opened.load.files.filter((file) => !file.ok);
  if (broken.length) {
    process.stderr.write(
      `hankebotti: ${broken.length} of ${opened.load.files.length} files could not be read (run "validate" for details): ${broken
        .slice(0, 5)
        .map((f) => f.file)
        .join(', ')}${broken.length > 5 ? ', …' : ''}\n`,
    );
  }
  return opened;
}
