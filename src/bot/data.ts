/**
 * The data the bot serves: the current catalog, reloaded in the background when PROJECTS_DIR changes
 * and swapped in one assignment. A load with errors is logged and the last good data stays in service.
 */
import { type FSWatcher, watch } from 'node:fs';
import { type OpenedCatalog, openCatalog, openCatalogOffThread } from '../search/cache.ts';
import type { Catalog } from '../search/catalog.ts';
import type { Logger } from './logger.ts';

export interface DataStoreOptions {
  dir: string;
  cacheDir: string | null;
  logger: Logger;
  /** Quiet time after the last change before reloading, so a copy of many files reloads once. */
  debounceMs?: number;
}

export class DataStore {
  private current: Catalog | null = null;
  private watcher: FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;
  private reloading: Promise<boolean> | null = null;
  private pending = false;
  /** Bumped on every successful swap; tests and logs read it. */
  generation = 0;

  constructor(private readonly options: DataStoreOptions) {}

  get catalog(): Catalog {
    if (!this.current) throw new Error('DataStore: no data loaded yet');
    return this.current;
  }

  /** First load: the bot cannot start without data, so errors here are fatal unless some records loaded. */
  async load(): Promise<OpenedCatalog> {
    const opened = await openCatalog(this.options.dir, { cacheDir: this.options.cacheDir });
    this.report(opened);
    if (!opened.load.records.length) throw new Error(`no project records in ${this.options.dir}`);
    this.current = opened.catalog;
    this.generation += 1;
    return opened;
  }

  /** Reloads now; true when the new data was swapped in. */
  reload(): Promise<boolean> {
    if (this.reloading) {
      this.pending = true;
      return this.reloading;
    }
    this.reloading = (async () => {
      try {
        const opened = await openCatalogOffThread(this.options.dir, { cacheDir: this.options.cacheDir });
        const broken = this.report(opened);
        if (broken || !opened.load.records.length) {
          this.options.logger.error(
            { dir: this.options.dir, brokenFiles: broken },
            'reload found errors; keeping the last good data',
          );
          return false;
        }
        this.current = opened.catalog;
        this.generation += 1;
        this.options.logger.info(
          { projects: opened.load.records.length, generation: this.generation },
          'data reloaded',
        );
        return true;
      } catch (error) {
        this.options.logger.error({ err: error }, 'reload failed; keeping the last good data');
        return false;
      } finally {
        this.reloading = null;
        if (this.pending) {
          this.pending = false;
          this.schedule();
        }
      }
    })();
    return this.reloading;
  }

  private report(opened: OpenedCatalog): number {
    const broken = opened.load.files.filter((file) => !file.ok);
    for (const file of broken)
      this.options.logger.warn({ file: file.file, errors: file.errors }, 'document not loaded');
    for (const file of opened.load.files.filter((f) => f.skipped))
      this.options.logger.warn({ file: file.file, reason: file.warnings[0]?.message }, 'file skipped');
    for (const warning of opened.load.folder)
      this.options.logger.warn({ dir: this.options.dir }, warning.message);
    this.options.logger.info(
      {
        projects: opened.load.records.length,
        files: opened.load.files.length,
        cache: opened.cache,
        ...opened.timings,
      },
      'data loaded',
    );
    return broken.length;
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.reload();
    }, this.options.debounceMs ?? 500);
  }

  /** Watches the data folder (recursively) and reloads after changes. */
  watch(): void {
    this.watcher = watch(this.options.dir, { recursive: true }, (_event, file) => {
      if (!file || String(file).toLowerCase().endsWith('.txt')) this.schedule();
    });
    this.watcher.on('error', (error) =>
      this.options.logger.error({ err: error }, 'data folder watch failed'),
    );
  }

  close(): void {
    this.watcher?.close();
    if (this.timer) clearTimeout(this.timer);
  }
}
