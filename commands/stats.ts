/** `/stats` (`/tilastot`): totals and counts per region, status, organisation type or start year. */
import { SlashCommandBuilder } from 'discord.js';
import { BREAKDOWNS, type Breakdown, breakdownNamed, statsAnswer } from '../src/answer/aggregate.ts';
import { answer, userText } from '../src/answer/types.ts';
import { type Command, stringOption } from '../src/command.ts';
import { fi } from '../src/commands-support.ts';
import { t } from '../src/i18n/messages.ts';
import { foldText } from '../src/search/catalog.ts';
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

/** Accepts the value or either language's name ("maakunta", "vuosi", "year"), as typed in the terminal; null for none. */
export function breakdownOf(value: string): Breakdown | null {
  const folded = foldText(value);
  const named = BREAKDOWNS.find(
    (by) =>
      foldText(by) === folded ||
      foldText(CHOICE_NAMES[by].en) === folded ||
      foldText(CHOICE_NAMES[by].fi) === folded,
  );
  return named ?? breakdownNamed(tokenize(value.toLocaleLowerCase('fi')));
}

export const execute: Command['execute'] = (context, options) => {
  const { lang } = context;
  const value = stringOption(options, 'by');
  const by = value ? breakdownOf(value) : 'region';
  if (!by) {
    const valid = BREAKDOWNS.map((choice) => CHOICE_NAMES[choice][lang]).join(', ');
    const text = t(lang, 'unknownBreakdown')(userText(value as string), valid);
    return { answer: answer({ intent: 'stats', lang, status: 'no-answer', text }) };
  }
  return { answer: statsAnswer(context.catalog.records, by, lang) };
};
