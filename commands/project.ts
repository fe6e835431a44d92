/** `/project` (`/hanke`): the summary card of one project. */
import { SlashCommandBuilder } from 'discord.js';
import { projectAnswer } from '../src/answer/project.ts';
import type { Command } from '../src/command.ts';
import { fi, projectView, suggestProjects, withCodeOption } from '../src/commands-support.ts';

export const data = withCodeOption(
  new SlashCommandBuilder()
    .setName('project')
    .setNameLocalizations(fi('hanke'))
    .setDescription('Summary card of a project')
    .setDescriptionLocalizations(fi('Hankkeen tiivistelmäkortti')),
);

export const execute: Command['execute'] = (context, options) =>
  projectView(context, options, 'project', (record, lang) => projectAnswer(record, lang), data);

export const autocomplete: Command['autocomplete'] = (context, _option, value) =>
  suggestProjects(context, value);
