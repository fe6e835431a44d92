/** `/stats` (`/tilastot`): totals and counts per region, status, organisation type or start year. */
import { SlashCommandBuilder } from 'discord.js';
import { BREAKDOWNS, type Breakdown, breakdownIn, statsAnswer } from '../src/answer/aggregate.ts';
import { type Command, stringOption } from '../src/command.ts';
import { fi } from '../src/commands-support.ts';
import { tokenize } from '../src/search/terms.ts';

const CHOICE_NAMES: Record<Breakdown, { en: string; fi: string }> = {
  region: { en: 'region', fi: 'maakunta' },
  status: { en: 'status', fi: 'tila' },
  orgType: { en: 'organisation type', fi: 'organisaatiotyyppi' },
  year: { en: 'start year', fi: 'aloitusvuosi' },
};

export const data = new SlashCommandBuilder()
  .setName('stats')
  .setNameLocalizations(fi('tilastot'))
  .setDescription('Totals and counts of the projects')
  .setDescriptionLocalizations(fi('Hankkeiden rahoitus ja määrät yhteensä'))
  .addStringOption((option) =>
    option
      .setName('by')
      .setNameLocalizations(fi('peruste'))
      .setDescription('Break the totals down by')
      .setDescriptionLocalizations(fi('Mihin ryhmiin jaetaan'))
      .addChoices(
        ...BREAKDOWNS.map((by) => ({
          name: CHOICE_NAMES[by].en,
          value: by,
          name_localizations: fi(CHOICE_NAMES[by].fi),
        })),
      ),
  );

/** Accepts the value or either language's name ("maakunta", "vuosi", "year"), as typed in the terminal. */
export function breakdownOf(value: string | null): Breakdown {
  if (!value) return 'region';
  const lower = value.toLocaleLowerCase('fi');
  return BREAKDOWNS.find((by) => by.toLowerCase() === lower) ?? breakdownIn(tokenize(lower));
}

export const execute: Command['execute'] = (context, options) => ({
  answer: statsAnswer(context.catalog.records, breakdownOf(stringOption(options, 'by')), context.lang),
});
