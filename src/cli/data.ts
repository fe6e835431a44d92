/** Opening the data folder for a CLI command, with load problems summarised on stderr. */
import { checkDataFolder, readEnvironment, StartupError } from '../config.ts';
import type { Lang } from '../i18n/format.ts';
import { type OpenedCatalog, openCatalog } from '../search/cache.ts';

/**
 * Opens `dir`; a missing, non-folder or unreadable `dir` throws a StartupError, which the front end
 * (src/cli/main.ts, src/main.ts) prints as one line in `lang`.
 */
export async function openForCli(dir: string, lang: Lang = cliLang()): Promise<OpenedCatalog> {
  const env = readEnvironment();
  await checkDataFolder(dir, lang);
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

/**
 * The language of the CLI's own messages: `--lang en` / `--lang=en` / `--en` on the command line,
 * else Finnish. Read from argv so that every command speaks the same language without each passing it.
 */
export function cliLang(argv: readonly string[] = process.argv): Lang {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--en') return 'en';
    if (argv[i] === '--lang' && argv[i + 1] === 'en') return 'en';
    if (argv[i] === '--lang=en') return 'en';
  }
  return 'fi';
}

/**
 * Runs a front end's `main`; an expected failure (StartupError) becomes its one line on stderr and its
 * exit code instead of a stack trace. Anything else is a bug and keeps its trace.
 */
export async function runFrontEnd(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (!(error instanceof StartupError)) throw error;
    process.stderr.write(`${error.message.startsWith('hankebotti') ? '' : 'hankebotti: '}${error.message}\n`);
    process.exitCode = error.exitCode;
  }
}
