/**
 * Every command module, keyed by its definition's own name, so there is no second list of names to
 * keep in sync.
 */
import type { Command } from '../src/command.ts';
import * as ask from './ask.ts';
import * as contact from './contact.ts';
import * as funding from './funding.ts';
import * as help from './help.ts';
import * as project from './project.ts';
import * as search from './search.ts';
import * as stats from './stats.ts';
import * as targets from './targets.ts';

export const commandList: readonly Command[] = [project, funding, contact, targets, search, ask, stats, help];

export const commands: ReadonlyMap<string, Command> = new Map(
  commandList.map((command) => [command.data.name, command]),
);
