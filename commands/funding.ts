/** `/funding` (`/rahoitus`): granted against realised, EU+state against total public, share used. */
import { SlashCommandBuilder } from 'discord.js';
import { fundingAnswer } from '../src/answer/project.ts';
import type { Command } from '../src/command.ts';
import { fi, projectView, suggestProjects, withCodeOption } from '../src/commands-support.ts';

export const data = withCodeOption(
  new SlashCommandBuilder()
    .setName('funding')
    .setNameLocalizations(fi('rahoitus'))
    .setDescription('Public funding of a project: granted, realised and the share used')
    .setDescriptionLocalizations(fi('Hankkeen julkinen rahoitus: myönnetty, toteutunut ja käyttöaste')),
);

export const execute: Command['execute'] = (context, options) =>
  projectView(context, options, 'funding', fundingAnswer, data);

export const autocomplete: Command['autocomplete'] = (context, _option, value) =>
  suggestProjects(context, value);
