import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../bench/corpus.ts';
import { commandList } from '../commands/index.ts';
import { statsAnswer } from '../src/answer/aggregate.ts';
import {
  contactAnswer,
  fundingAnswer,
  notFoundAnswer,
  projectAnswer,
  targetsAnswer,
} from '../src/answer/project.ts';
import type { Answer } from '../src/answer/types.ts';
import { loadDocuments } from '../src/records/index.ts';
import type { ProjectRecord } from '../src/records/schema.ts';
import { answerEmbed, discordMessage, embedLength, escapeUserText } from '../src/render/discord.ts';
import { DISCORD_LIMITS as L, truncate } from '../src/render/limits.ts';
import { answerText } from '../src/render/terminal.ts';
import { loadSeedRecords } from './support/catalogs.ts';

describe('truncate', () => {
  it('leaves short text alone', () => {
    expect(truncate('lyhyt teksti', 20)).toBe('lyhyt teksti');
  });
  it('cuts at a word boundary with an ellipsis and the link', () => {
    const text = 'yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän kymmenen yksitoista';
    const cut = truncate(text, 70, '[lisää](https://x.fi)');
    expect(cut.length).toBeLessThanOrEqual(70);
    expect(cut).toBe('yksi kaksi kolme neljä viisi kuusi seitsemän…\n[lisää](https://x.fi)');
  });
  it('cuts inside a word only when there is no space near the end', () => {
    expect(truncate('a'.repeat(50), 10)).toBe(`${'a'.repeat(9)}…`);
  });
});

/** Every limit Discord enforces on one embed. */
function assertWithinLimits(answer: Answer): void {
  const message = discordMessage({ answer }, { charts: false });
  for (const embed of message.embeds) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(L.embedTitle);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(L.embedDescription);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(L.embedFields);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeLessThanOrEqual(L.fieldName);
      expect(field.value.length).toBeLessThanOrEqual(L.fieldValue);
      expect(field.value.length).toBeGreaterThan(0);
    }
    expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(L.footer);
    expect(embedLength(embed)).toBeLessThanOrEqual(L.embedTotal);
  }
  expect(message.content?.length ?? 0).toBeLessThanOrEqual(L.content);
  expect(message.allowedMentions).toEqual({ parse: [] });
  expect(answerText(answer).length).toBeGreaterThan(0);
}

const views = (record: ProjectRecord, lang: 'fi' | 'en') => [
  projectAnswer(record, lang),
  fundingAnswer(record, lang),
  contactAnswer(record, lang),
  targetsAnswer(record, lang),
];

describe('Discord limits', () => {
  let generated: ProjectRecord[];
  beforeAll(() => {
    const documents = generateCorpus({ count: 300, seed: 42 });
    generated = loadDocuments(documents.map(({ file, text }) => ({ file, text }))).records;
  });

  it('holds for every record of a generated corpus through every renderer, in both languages', () => {
    expect(generated.length).toBeGreaterThan(250);
    for (const record of generated)
      for (const lang of ['fi', 'en'] as const)
        for (const answer of views(record, lang)) assertWithinLimits(answer);
    assertWithinLimits(statsAnswer(generated, 'region', 'fi'));
    assertWithinLimits(statsAnswer(generated, 'year', 'en'));
  });

  it('holds for a record whose every text is enormous, and long text links to the project page', async () => {
    const [seed] = await loadSeedRecords();
    const long = 'Pitkä sana '.repeat(2000);
    const huge: ProjectRecord = {
      ...(seed as ProjectRecord),
      name: `Nimi ${'x'.repeat(400)}`,
      summary: long,
      applicant: { ...(seed as ProjectRecord).applicant, name: long },
      contact: { name: long, title: long, email: 'a@b.fi', phone: long },
      targetGroups: {
        primary: Array.from({ length: 300 }, (_, i) => `Ryhmä ${i} ${long.slice(0, 200)}`),
        indirect: [long],
      },
      region: {
        provinces: Array.from({ length: 30 }, () => 'Pohjois-Karjala'),
        subRegions: [],
        municipalities: Array.from({ length: 400 }, () => 'Joensuu'),
      },
    };
    for (const lang of ['fi', 'en'] as const)
      for (const answer of views(huge, lang)) assertWithinLimits(answer);
    const embed = answerEmbed(targetsAnswer(huge, 'fi'));
    expect(embed.description).toContain('https://www.eura2014.fi/rrtiepa/projekti.php?projektikoodi=S21154');
    expect(embed.description).toMatch(/…/);
  });
});

describe('user text', () => {
  it('is escaped in Discord and never pings, and shown as typed in the terminal', () => {
    const answer = notFoundAnswer('**S1** @everyone _x_', [], 'fi');
    const embed = answerEmbed(answer);
    expect(embed.description).toContain('\\*\\*S1\\*\\*');
    expect(embed.description).not.toContain('@everyone');
    expect(answerText(answer)).toContain('**S1** @everyone _x_');
    expect(escapeUserText('plain')).toBe('plain');
  });
});

describe('command definitions', () => {
  it('are valid for Discord, with Finnish localizations on every command and option', () => {
    const names = new Set<string>();
    for (const command of commandList) {
      const json = command.data.toJSON();
      names.add(json.name);
      expect(json.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
      expect(json.description.length).toBeGreaterThan(0);
      expect(json.description.length).toBeLessThanOrEqual(100);
      expect(json.name_localizations?.fi).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
      expect(json.description_localizations?.fi?.length).toBeGreaterThan(0);
      for (const option of json.options ?? []) {
        expect(option.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
        expect(option.name_localizations?.fi).toBeTruthy();
        expect(option.description_localizations?.fi).toBeTruthy();
      }
    }
    expect([...names].sort()).toEqual([
      'ask',
      'contact',
      'funding',
      'help',
      'project',
      'search',
      'stats',
      'targets',
    ]);
  });
});
