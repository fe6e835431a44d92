/**
 * The command-line front end: `validate`, `project`, `search`, `ask`, `chat` (see docs/record.md for
 * the contract). stdout carries only the answer (or JSON with --json); logs and errors go to stderr.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { readEnvironment } from '../config.ts';
import type { Lang } from '../i18n/format.ts';
import { runAnalyze } from './analyze.ts';
import { runAsk } from './ask.ts';
import { runChat } from './chat.ts';
import { runFrontEnd } from './data.ts';
import { runProject } from './project.ts';
import { runSearch } from './search.ts';
import { runValidate } from './validate.ts';

let env: ReturnType<typeof readEnvironment>;

type AskOptions = { data: string; json?: boolean; lang?: Lang; conversation?: boolean; explain?: boolean };

function positiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return number;
}

const dataOption = () => new Option('--data <dir>', 'folder of project documents').default(env.PROJECTS_DIR);
const langOption = () => new Option('--lang <lang>', 'answer language').choices(['fi', 'en']).default('fi');

export function buildProgram(): Command {
  const program = new Command()
    .name('hankebotti')
    .description('Answers questions about EU-funded projects in Finland (EURA 2014 documents).')
    .showHelpAfterError()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });

  program
    .command('validate')
    .description('parse every document and report, per file, ok or each error and warning')
    .addOption(dataOption())
    .option('--json', 'machine-readable output')
    .action(async (options: { data: string; json?: boolean }) => {
      process.exitCode = await runValidate(options.data, { json: !!options.json });
    });

  program
    .command('project')
    .description('show one project by its code or name (as /project reads it)')
    .argument('<code>', 'project code or name, e.g. S21154 or kanto')
    .addOption(dataOption())
    .addOption(langOption())
    .option('--json', 'print the ProjectRecord')
    .action(async (code: string, options: { data: string; json?: boolean; lang: Lang }) => {
      process.exitCode = await runProject(code, options);
    });

  program
    .command('search')
    .description('ranked projects for a query')
    .argument('<query...>', 'words to search for')
    .addOption(dataOption())
    .option('--json', 'machine-readable output')
    .option('--limit <n>', 'how many hits', positiveInteger, 10)
    .action(async (query: string[], options: { data: string; json?: boolean; limit: number }) => {
      process.exitCode = await runSearch(query.join(' '), options);
    });

  program
    .command('ask')
    .description('answer a question; without one, answer each line of stdin as a JSON line')
    .argument('[question...]', 'the question')
    .addOption(dataOption())
    .addOption(langOption().default(undefined, 'detected from the question'))
    .option('--json', 'machine-readable output')
    .option('--conversation', 'stdin holds conversations: a blank line starts a new one')
    .option('--explain', 'print how the question was read before the answer')
    .action(async (question: string[], options: AskOptions) => {
      process.exitCode = await runAsk(question.join(' '), options);
    });

  program
    .command('analyze')
    .description('the analyser keys and compound parts of words; without words, one JSON line per stdin line')
    .argument('[words...]', 'words to analyse')
    .addOption(
      new Option('--engine <engine>', 'Finnish word analyser').choices(['auto', 'voikko', 'fallback']),
    )
    .option('--json', 'one JSON line per word')
    .action(async (words: string[], options: { engine?: 'auto' | 'voikko' | 'fallback'; json?: boolean }) => {
      process.exitCode = await runAnalyze(words, options);
    });

  program
    .command('chat')
    .description('interactive terminal chat with the slash commands and free text')
    .addOption(dataOption())
    .addOption(langOption())
    .action(async (options: { data: string; lang: Lang }) => {
      process.exitCode = await runChat(options);
    });

  return program;
}

await runFrontEnd(async () => {
  env = readEnvironment();
  await buildProgram().parseAsync(process.argv);
});
