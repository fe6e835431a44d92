/** `/targets` (`/kohderyhmät`): primary and indirect target groups. */
import { SlashCommandBuilder } from 'discord.js';
import { targetsAnswer } from '../src/answer/project.ts';
import type { Command } from '../src/command.ts';
import { fi, projectView, suggestProjects, withCodeOption } from '../src/commands-support.ts';

export const data = withCodeOption(
  new SlashCommandBuilder()
    .setName('targets')
    .setNameLocalizations(fi('kohderyhmät'))
    .setDescription('Target groups of a project')
    .setDescriptionLocalizations(fi('Hankkeen kohderyhmät')),
);

export const execute: Command['execute'] = (context, options) =>
  projectView(context, options, 'targets', targetsAnswer, data);

export const autocomplete: Command['autocomplete'] = (context, _option, value) =>
  suggestProjects(context, value);
