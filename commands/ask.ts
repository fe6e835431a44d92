/** `/ask` (`/kysy`): a direct answer to a free-text question. Mentions of the bot are answered the same way. */
import { SlashCommandBuilder } from 'discord.js';
import { ask } from '../src/answer/ask.ts';
import { type Command, stringOption } from '../src/command.ts';
import { fi } from '../src/commands-support.ts';

export const data = new SlashCommandBuilder()
  .setName('ask')
  .setNameLocalizations(fi('kysy'))
  .setDescription('Ask about the projects in your own words')
  .setDescriptionLocalizations(fi('Kysy hankkeista omin sanoin'))
  .addStringOption((option) =>
    option
      .setName('question')
      .setNameLocalizations(fi('kysymys'))
      .setDescription('e.g. Who is the contact person of KANTO?')
      .setDescriptionLocalizations(fi('esim. Kuka on KANTO-hankkeen yhteyshenkilö?'))
      .setRequired(true)
      .setMaxLength(300),
  );

export const execute: Command['execute'] = (context, options) => ({
  answer: ask(context.catalog, stringOption(options, 'question') ?? '', {
    lang: context.lang,
    context: context.conversation,
  }),
});
