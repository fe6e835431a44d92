/** `/help` (`/ohje`): what the bot can do, with examples. */
import { SlashCommandBuilder } from 'discord.js';
import { answer } from '../src/answer/types.ts';
import type { Command } from '../src/command.ts';
import { fi } from '../src/commands-support.ts';
import { countOf } from '../src/i18n/answers.ts';
import { t } from '../src/i18n/messages.ts';

export const data = new SlashCommandBuilder()
  .setName('help')
  .setNameLocalizations(fi('ohje'))
  .setDescription('What the bot can do')
  .setDescriptionLocalizations(fi('Mitä botti osaa'));

export const execute: Command['execute'] = (context) => ({
  answer: answer({
    intent: 'help',
    lang: context.lang,
    title: t(context.lang, 'helpTitle'),
    text: t(context.lang, 'helpText')(countOf(context.catalog.records.length, 'project', context.lang)),
  }),
});
