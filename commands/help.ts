/** `/help` (`/ohje`): what the bot can do, with examples. */
import { SlashCommandBuilder } from 'discord.js';
import { answer } from '../src/answer/types.ts';
import type { Command } from '../src/command.ts';
import { fi } from '../src/commands-support.ts';
import { formatInteger } from '../src/i18n/format.ts';

export const data = new SlashCommandBuilder()
  .setName('help')
  .setNameLocalizations(fi('ohje'))
  .setDescription('What the bot can do')
  .setDescriptionLocalizations(fi('Mitä botti osaa'));

const TEXT = {
  fi: (count: string) =>
    [
      `Vastaan kysymyksiin EU-rahoitteisista hankkeista (${count} hanketta aineistossa).`,
      '',
      '**/hanke** koodi – hankkeen tiivistelmä, esim. `/hanke S21154`',
      '**/rahoitus** koodi – myönnetty ja toteutunut rahoitus sekä käyttöaste',
      '**/yhteystiedot** koodi – yhteyshenkilö ja toteuttaja',
      '**/kohderyhmät** koodi – varsinaiset ja välilliset kohderyhmät',
      '**/haku** hakusanat [maakunta] [tila] – hakutulokset sivuittain, esim. `/haku nuoret maakunta:Kainuu`',
      '**/kysy** kysymys – suora vastaus, esim. `/kysy Kuka on KANTO-hankkeen yhteyshenkilö?`',
      '**/tilastot** [peruste] – rahoitus ja määrät maakunnittain, tilan, organisaatiotyypin tai vuoden mukaan',
      '',
      'Voit myös mainita minut viestissä ja kysyä suoraan. Koodin kohdalla kirjoita koodi tai nimen alku, niin ehdotan hankkeita.',
    ].join('\n'),
  en: (count: string) =>
    [
      `I answer questions about EU-funded projects in Finland (${count} projects in the data).`,
      '',
      '**/project** code – summary card, e.g. `/project S21154`',
      '**/funding** code – granted and realised funding, share used',
      '**/contact** code – contact person and organisation',
      '**/targets** code – primary and indirect target groups',
      '**/search** words [region] [status] – paginated results, e.g. `/search youth region:Kainuu`',
      '**/ask** question – a direct answer, e.g. `/ask Who is the contact person of KANTO?`',
      '**/stats** [by] – funding and counts by region, status, organisation type or year',
      '',
      'You can also mention me in a message with a question. In a code option, type a code or the start of a name to get suggestions.',
    ].join('\n'),
};

export const execute: Command['execute'] = (context) => ({
  answer: answer({
    intent: 'help',
    lang: context.lang,
    title: context.lang === 'fi' ? 'Hankebotti – ohje' : 'Hankebotti – help',
    text: TEXT[context.lang](formatInteger(context.catalog.records.length, context.lang)),
  }),
});
