/**
 * The terminal chat: the same command modules as the Discord bot, typed as slash commands in either
 * language, or free text answered like `/ask`. Line editing, history and Tab completion come from
 * node:readline; Ctrl-D (or the end of piped input) exits.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { commandList, commands } from '../../commands/index.ts';
import { ConversationMemory, SUBJECT_COMMANDS } from '../answer/conversation.ts';
import type { CommandContext, Reply } from '../command.ts';
import { suggestProjects } from '../commands-support.ts';
import type { Lang } from '../i18n/format.ts';
import { t } from '../i18n/messages.ts';
import { chartPng, chartText } from '../render/charts.ts';
import { answerText } from '../render/terminal.ts';
import { type Catalog, foldText } from '../search/catalog.ts';
import { openForCli } from './data.ts';
import { findCommand, parseSlash } from './slash.ts';

const NEXT = ['/next', '/seuraava'];
const PREVIOUS = ['/prev', '/previous', '/edellinen'];
const QUIT = ['/quit', '/exit', '/lopeta'];

const GREETING: Record<Lang, string> = {
  fi: 'Hankebotti – kysy hankkeista tai käytä komentoja (/ohje). /kieli en vaihtaa kielen, Ctrl-D lopettaa.',
  en: 'Hankebotti – ask about the projects or use the commands (/help). /lang fi switches language, Ctrl-D quits.',
};

export interface ChatSession {
  lang: Lang;
  /** Custom ids of the last reply's page buttons. */
  pages: { previousId: string | null; nextId: string | null } | null;
  chartDir: string;
  chartCount: number;
  /** Part of every chart file name, so a run never overwrites the charts of the run before. */
  runId: string;
  /** One conversation per session: what a follow-up question is about. */
  memory?: ConversationMemory;
}

/** "20261203-152355-4711": the start time and process, unique to one run of the chat. */
export function newRunId(now = new Date(), pid = process.pid): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `${stamp}-${pid}`;
}

/** Runs one line of input and returns what to print. */
export async function chatLine(line: string, catalog: Catalog, session: ChatSession): Promise<string | null> {
  const input = line.trim();
  if (!input) return null;
  const lowerInput = input.toLowerCase();
  const language = /^\/(lang|kieli)(?:\s+(\S+))?$/i.exec(input);
  if (language) {
    const wanted = language[2]?.toLowerCase();
    if (wanted !== 'fi' && wanted !== 'en') return t(session.lang, 'languageUsage');
    session.lang = wanted;
    return session.lang === 'fi' ? 'Kieli: suomi' : 'Language: English';
  }
  session.memory ??= new ConversationMemory();
  const memory = session.memory;
  const context: CommandContext = { lang: session.lang, catalog, conversation: memory.recall('chat') };
  let reply: Reply;
  if (NEXT.includes(lowerInput) || PREVIOUS.includes(lowerInput)) {
    const id = NEXT.includes(lowerInput) ? session.pages?.nextId : session.pages?.previousId;
    const search = commands.get('search');
    if (!id || !search?.button) return session.lang === 'fi' ? 'Ei enempää sivuja.' : 'No more pages.';
    reply = await search.button(context, id);
  } else if (input.startsWith('/')) {
    const parsed = parseSlash(input, commandList);
    if (!parsed.ok) {
      return session.lang === 'fi'
        ? `Tuntematon komento /${parsed.name}. Komennot: /ohje`
        : `Unknown command /${parsed.name}. See /help`;
    }
    reply = await parsed.value.command.execute(context, parsed.value.options);
    if (SUBJECT_COMMANDS.has(parsed.value.command.data.name)) memory.remember('chat', reply.answer);
    if (parsed.value.command.data.name === 'help') {
      reply = {
        ...reply,
        answer: { ...reply.answer, text: `${reply.answer.text}\n\n${t(session.lang, 'chatHelp')}` },
      };
    }
  } else {
    reply = await (commands.get('ask') as NonNullable<ReturnType<typeof commands.get>>).execute(context, {
      question: input,
    });
    memory.remember('chat', reply.answer);
  }
  return renderReply(reply, session);
}

async function renderReply(reply: Reply, session: ChatSession): Promise<string> {
  const blocks = [answerTextWithoutChart(reply)];
  const { chart, lang } = reply.answer;
  if (chart) {
    blocks.push(chartText(chart, lang));
    try {
      await mkdir(session.chartDir, { recursive: true });
      session.chartCount += 1;
      const name = `${chart.kind === 'funding' ? chart.code : 'stats'}-${session.runId}-${session.chartCount}.png`;
      const file = join(session.chartDir, name);
      await writeFile(file, chartPng(chart, lang));
      blocks.push(`${lang === 'fi' ? 'Kaavio' : 'Chart'}: ${file}`);
    } catch (error) {
      blocks.push(
        `(${lang === 'fi' ? 'kaaviota ei voitu tallentaa' : 'could not save the chart'}: ${(error as Error).message})`,
      );
    }
  }
  session.pages = reply.pages ? { previousId: reply.pages.previousId, nextId: reply.pages.nextId } : null;
  if (reply.pages && reply.pages.pageCount > 1) {
    blocks.push(
      lang === 'fi' ? '(/seuraava tai /edellinen vaihtaa sivua)' : '(/next or /previous turns the page)',
    );
  }
  return blocks.join('\n\n');
}

function answerTextWithoutChart(reply: Reply): string {
  return answerText(reply.answer);
}

/**
 * Tab completion: command names after "/" (with the space after them, and typed without ä and ö as
 * well), project codes and names in a code option.
 */
export function completer(catalog: Catalog, lang: Lang) {
  const names = [
    ...commandList.flatMap((command) => {
      const json = command.data.toJSON();
      return [json.name, ...Object.values(json.name_localizations ?? {})].filter(Boolean).map((n) => `/${n}`);
    }),
    ...NEXT,
    ...PREVIOUS,
    '/lang',
    '/kieli',
  ];
  return (line: string): [string[], string] => {
    if (/^\/\S*$/.test(line)) {
      const typed = foldText(line);
      return [names.filter((n) => foldText(n).startsWith(typed)).map((n) => `${n} `), line];
    }
    const match = /^\/(\S+)\s+(\S*)$/.exec(line);
    const command = match ? findCommand(commandList, match[1] as string) : null;
    if (command?.autocomplete && match) {
      const choices = suggestProjects({ lang, catalog }, match[2] as string).map((choice) => choice.value);
      return [choices, match[2] as string];
    }
    return [[], line];
  };
}

/** Starts the chat on stdin/stdout; resolves with the exit code when input ends. */
export async function startTerminalChat(options: { data: string; lang: Lang }): Promise<number> {
  const { catalog } = await openForCli(options.data);
  const session: ChatSession = {
    lang: options.lang,
    pages: null,
    chartDir: join(tmpdir(), 'hankebotti-charts'),
    chartCount: 0,
    runId: newRunId(),
  };
  const interactive = !!process.stdin.isTTY;
  const rl: Interface = createInterface({
    input: process.stdin,
    output: process.stdout,
    terminal: interactive,
    historySize: 200,
    completer: interactive ? completer(catalog, session.lang) : undefined,
  });
  if (interactive) {
    process.stdout.write(`${GREETING[session.lang]}\n`);
    rl.setPrompt('> ');
    rl.prompt();
  }
  for await (const line of rl) {
    if (QUIT.includes(line.trim().toLowerCase())) break;
    try {
      const output = await chatLine(line, catalog, session);
      if (output) process.stdout.write(`${output}\n\n`);
    } catch (error) {
      process.stderr.write(`hankebotti: ${(error as Error).message}\n`);
    }
    if (interactive) rl.prompt();
  }
  rl.close();
  return 0;
}
