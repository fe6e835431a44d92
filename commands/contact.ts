/** `/contact` (`/yhteystiedot`): contact person, organisation, address and web site. */
import { SlashCommandBuilder } from 'discord.js';
import { contactAnswer } from '../src/answer/project.ts';
import type { Command } from '../src/command.ts';
import { fi, projectView, suggestProjects, withCodeOption } from '../src/commands-support.ts';

export const data = withCodeOption(
  new SlashCommandBuilder()
    .setName('contact')
    .setNameLocalizations(fi('yhteystiedot'))
    .setDescription('Contact person and organisation of a project')
    .setDescriptionLocalizations(fi('Hankkeen yhteyshenkilö ja toteuttaja')),
);

export const execute: Command['execute'] = (context, options) =>
  projectView(context, options, 'contact', contactAnswer, data);

export const autocomplete: Command['autocomplete'] = (context, _option, value) =>
  suggestProjects(context, value);
