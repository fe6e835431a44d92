/**
 * The five seed documents parse to exactly what they say. Every expected value below was written out
 * from the documents in seeds/ (not from parser output), so a parser change that misreads any field
 * of any seed fails here.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { implementersOf } from '../src/records/card.ts';
import {
  type Card,
  loadFolder,
  ProjectRecord,
  parseCard,
  parseDescription,
  parseDocument,
  type SustainabilityScore,
} from '../src/records/index.ts';

const SEEDS = fileURLToPath(new URL('../seeds/', import.meta.url));
const FILES = {
  kake: '000_e8b06d3c13176a02.txt',
  kanto: '001_55d751158e8cb670.txt',
  elinvoimaa: '002_e8d6e0a9bf609506.txt',
  pore: '003_a14aa3d86e50cfa5.txt',
  kakeCard: '004_ccdf29b5c4bd0bf9.txt',
} as const;
const read = (file: string) => readFileSync(`${SEEDS}${file}`, 'utf8');

const ECO = 'Ekologinen kestävyys';
const ECON = 'Taloudellinen kestävyys';
const SOC = 'Sosiaalinen ja kulttuurinen kestävyys sekä yhdenvertaisuus';
const score = (
  group: string,
  criterion: string,
  direct: number,
  indirect: number,
  note: string | null,
): SustainabilityScore => ({ group, criterion, direct, indirect, note });

const PRIORITY_AXIS_5 = '5. Sosiaalinen osallisuus ja köyhyyden torjunta';
const OBJECTIVE_10_1 = '10.1. Työelämän ulkopuolella olevien työ- ja toimintakyvyn parantaminen';

/** A long text section: its exact start and end, and how many paragraphs and lines it has. */
interface LongText {
  start: string;
  end: string;
  paragraphs: number;
  lines: number;
}
function expectLongText(actual: string | null, expected: LongText): void {
  expect(actual).not.toBeNull();
  const text = actual as string;
  expect(text.startsWith(expected.start), `starts with ${JSON.stringify(expected.start)}`).toBe(true);
  expect(text.endsWith(expected.end), `ends with ${JSON.stringify(expected.end)}`).toBe(true);
  expect(text.split('\n\n')).toHaveLength(expected.paragraphs);
  expect(text.split('\n').filter((line) => line !== '')).toHaveLength(expected.lines);
  // No section header or stray white space leaked into the text.
  expect(text).not.toMatch(/^\d(\.\d)? [A-ZÄÖ]/m);
  expect(text).not.toMatch(/^[ \t]|[ \t]$/m);
  expect(text).not.toMatch(/\n{3}/);
}

function parseSeed(file: string) {
  const result = parseDescription(read(file), file);
  expect(result.diagnostics).toEqual([]);
  expect(result.kind).toBe('description');
  expect(result.record).not.toBeNull();
  const record = result.record as ProjectRecord;
  expect(ProjectRecord.safeParse(record).success).toBe(true);
  expect(result.code).toBe(record.code);
  return record;
}

describe('seed 000: S21154 Joensuun KAKE 2.0 (description)', () => {
  let record: ProjectRecord;
  beforeAll(() => {
    record = parseSeed(FILES.kake);
  });

  it('reads every field', () => {
    expect({ ...record, summary: null, finalReport: null }).toEqual({
      code: 'S21154',
      name: 'Joensuun KAKE 2.0',
      fund: 'ESR',
      priorityAxis: PRIORITY_AXIS_5,
      specificObjective: OBJECTIVE_10_1,
      period: { start: '2018-01-02', end: '2021-12-31' },
      status: 'Toiminta päättynyt',
      authority: 'Etelä-Savon elinkeino-, liikenne- ja ympäristökeskus',
      applicant: {
        name: 'Joensuun kaupunki',
        orgType: 'Kunta',
        businessId: '0242746-2',
        street: 'PL 59',
        postcode: '80101',
        city: 'Joensuu',
        phone: '0504714658',
        website: 'http://joensuu.fi/web/kake',
      },
      contact: {
        // Already first-name first; the e-mail (tiia.m.turunen) agrees, so it is not turned round.
        name: 'Tiia Turunen',
        title: 'Projektipäällikkö',
        email: 'tiia.m.turunen@joensuu.fi',
        phone: '0504714658',
      },
      // The value stands on the line after its label.
      applicantArrangement: 'Tuen siirronsaajat',
      summary: null,
      targetGroups: {
        primary: [
          'Erilaisia osallisuutta, kuntoutumista, työllistymistä edistäviä sekä sosiaali- ja terveyspalveluita käyttävät henkilöt sekä palvelun tuottajat',
          'Joensuun kantakaupungin alueella asuvat henkilöt',
          'Joensuulaiset kansalaistoimijat',
        ],
        indirect: [
          'Kunnat, kuntoutus-, sosiaali-,terveys- ja työllistymispalveluita tilaavien ja tuottavien organisaatioiden henkilökunta ja asiakkaat.',
        ],
      },
      funding: {
        grantedEuState: 1_319_685,
        realizedEuState: 1_288_961,
        plannedPublicTotal: 1_649_609,
        realizedPublicTotal: 1_626_932,
      },
      region: { provinces: ['Pohjois-Karjala'], subRegions: ['Joensuun'], municipalities: ['Joensuu'] },
      location: null,
      indicators: { companiesPlanned: 4, companiesRealized: 9, personsPlanned: 710 },
      equality: {
        analysisDone: true,
        analysisExplanation:
          'Suunnitteluvaiheessa on kartoitettu kokemuksia Joensuussa toteutettavan kansalaistoimijalähtöisen kaupunkikehittämishankkeen toiminnasta sukupuolinäkökulmasta sekä tuensiirronsaajien kokemuksia sukupuolinäkökulman toteutumisesta.',
        mainstreamed: true,
        mainstreamedExplanation:
          'Hankkeessa on huomioitu, että eri sukupuolilla on yhtäläiset mahdollisuudet osallistua hankkeen toimintojen toteuttamiseen. Tuensiirron saajien hankkeiden kautta voidaan edistää perinteisen sukupuoliroolikäsityksten purkamiseen ja vahvistetaan yhdenvertaisen osallistumismahdollisuuksien muodostumista.',
        mainGoal: false,
        mainGoalExplanation:
          'Hanke tähtää laaja-alaisesti osallisuuden, työelämävalmiuksien sekä työ-ja toimintakyvyn ylläpitämisen tukemiseen. Sukupuolten tasa-arvon edistäminen on yksi lähtökohta ja tavoite, mutta ei päätavoite.',
      },
      sustainability: [
        score(
          ECO,
          'Luonnonvarojen käytön kestävyys',
          0,
          0,
          'Hanke ei vaikuta luonnonvarojen käytön kestävyyteen.',
        ),
        score(
          ECO,
          'Ilmastonmuutoksen aiheuttamien riskien vähentäminen',
          0,
          0,
          'Hanke ei vaikuta ilmastonmuutoksen aiheuttamien riskien vähentämiseen.',
        ),
        score(
          ECO,
          'Kasvillisuus, eliöt ja luonnon monimuotoisuus',
          0,
          0,
          'Hanke ei vaikuta kasvillisuuden, eliöiden ja luonnon monimuotoisuuteen.',
        ),
        score(
          ECO,
          'Pinta- ja pohjavedet, maaperä sekä ilma (ja kasvihuonekaasujen väheneminen)',
          0,
          0,
          'Hankkeella ei ole vaikutusta pinta- ja pohjavesiin, maaperään sekä ilmastoon.',
        ),
        score(
          ECO,
          'Natura 2000 -ohjelman kohteet',
          0,
          0,
          'Natura 2000-ohjelman kohteet eivät sijaitse hankkeen toteutuspaikassa.',
        ),
        score(
          ECON,
          'Materiaalit ja jätteet',
          1,
          1,
          'Hankkeessa kiinnitettään huomiota kierrätykseen sekä materiaalien hyötykäyttöön tuensiirron saajien hanketoiminnassa. Hankkeessa huolehditaan materiaalien osalta asianmukaisesta kierrätyksestä.',
        ),
        score(
          ECON,
          'Uusiutuvien energialähteiden käyttö',
          0,
          0,
          'Hankkeella ei ole vaikutusta uusiutuvien energialähteiden käyttöön.',
        ),
        score(
          ECON,
          'Paikallisen elinkeinorakenteen kestävä kehittäminen',
          1,
          2,
          'Hankkeella tuetaan monimuotoisen ja -puolisen kaupunkikeskustan sekä alueen asukkaiden osallisuuden, työ- ja toimintakyvyn sekä työllistymisedellytysten kehittymistä. Toimiva kaupunkikeskusta sekä sen aktiiviset ja hyvinvoivat asukkaat edistävät välillisesti elinkeinorakenteen kestävää kehittymistä.',
        ),
        score(
          ECON,
          'Aineettomien tuotteiden ja palvelujen kehittäminen',
          6,
          4,
          'Tuensiirronsaajien hankkeiden avulla tuetaan kansalaislähtöisesti tuotettujen aineettomien tuotteiden ja palveluja kehittymistä',
        ),
        score(
          ECON,
          'Liikkuminen ja logistiikka',
          2,
          2,
          'Hankkeen pääasiallinen toimintaympäristö on kaupunkikeskusta-alue, jolloin liikkumisen tarve on vähäinen. Tuensiirron saajien hankkeiden kautta edistetään joukkoliikenteen sekä kevyen liikenteen käyttöä lähiliikkumiseen. Logistiset tarpeet ovat vähäiset.',
        ),
        score(
          SOC,
          'Hyvinvoinnin edistäminen',
          8,
          8,
          'Tuensiirron saajien hankkeiden ja tapahtumien kautta tuetaan osallistujien työ- ja toimintakyvyn kehittymistä sekä hyvinvoinnin lisääntymistä. Heitä kannustetaan osallistumaan alueella järjestettäviin toimintoihin, tutustumaan uusiin harrastusmahdollisuuksiin, järjestölähtöiseen toimintaan ja vapaaehtoistoimintaan. Osallistujia tuetaan myös koulutukseen ja työelämään siirtymisessä.',
        ),
        score(
          SOC,
          'Tasa-arvon edistäminen',
          4,
          5,
          'Hankkeessa toteutettavan kehittämistoiminnan kautta osallistujia kannustetaan hakeutumaan koulutukseen ja työelämään ylittäen perinteiset ammattialojen sukupuolikäsitykset. Hanketoiminnot perustuvat kansalaistoimijoiden näkemään tarpeeseen, jolloin toimintaa pystytään kohdistamaan käytännöntyössä havaittujen taloudellisten ja sosiaalisten tasa-arvoon liittyvien epäkohtien vähentämiseen.',
        ),
        score(
          SOC,
          'Yhteiskunnallinen ja kulttuurinen yhdenvertaisuus',
          7,
          8,
          'Hankkeessa toteutettavien kehittämistoiminnalla edistetään kaikkien ihmisten yhdenvertaista osallisuutta ja osallistumismahdollisuuksia sekä työ- ja toimintakyvyn kehittymiseen. Erityisryhmien tarvitsema tuki huomioidaan. Toiminnalla pyritään erilaisuuden ymmärtämiseen ja hyväksymiseen sekä monikulttuurisen ja monimuotoisen kaupunkikeskusta-alueen muotoutumiseen.',
        ),
        score(
          SOC,
          'Kulttuuriympäristö',
          3,
          3,
          'Hankkeessa edistetään kaupunkikeskusta-alueen kehittymistä ja muotoutumista asukkaiden osallisuutta ja viihtyvyyttä edistäväksi paikaksi. Kehittämistoiminnan kautta voidaan edistää osallistujien kulttuuriperinnön tuntemusta ja myös uudistaa sitä.',
        ),
        score(
          SOC,
          'Ympäristöosaaminen',
          2,
          1,
          'Hankkeella ei ole vaikutusta ympäristöteknologian ja ympäristöjärjestelmien käyttöön ottoon. Hanketoiminnan kautta voidaan edistää asukkaiden ympäristöosaamisen ja tietoisuuden vahvistamista, kun he tutustuvat alueen mm.ympäristön tarjoamiin virkistysmahdollisuuksiin sekä oman asuinalueensa ympäristön kehittämiseen osallisuutta edistäväksi.',
        ),
      ],
      finalReport: null,
      card: null,
      sources: [{ file: FILES.kake, kind: 'description', line: 7 }],
    });
  });

  it('reads the summary (section 3) and the final report (section 9)', () => {
    expectLongText(record.summary, {
      start: 'Joensuun KAKE 2.0- hanke toteutetaan kansalaistoimijalähtöisenä kaupunkikehittämishankkeena',
      end: 'yhteistyön kehittymistä. Hanketta hallinnoi Joensuun kaupunki.',
      paragraphs: 1,
      lines: 1,
    });
    expectLongText(record.finalReport, {
      start:
        'Joensuun kaupunki toteutti kansalaistoimijalähtöistä kaupunkikehittämishanketta, Joensuun KAKE 2.0 –hanketta, 2.1.2018 – 31.12.2021.',
      end: 'joiden rahoittaminen suoraan Euroopan sosiaalirahastosta olisi ollut hankalaa.',
      paragraphs: 2,
      lines: 4,
    });
    expect(record.finalReport).toContain(
      'tapahtumat tavoittivat yli 8 900 ihmistä.\n\nHankkeen aikana kansalaistoimijat kehittivät',
    );
  });
});

describe('seed 001: S22786 KANTO (description)', () => {
  let record: ProjectRecord;
  beforeAll(() => {
    record = parseSeed(FILES.kanto);
  });

  it('reads every field', () => {
    expect({ ...record, summary: null }).toEqual({
      code: 'S22786',
      name: 'KANTO Kansalaistoimijalähtöisen kehittämisen koordinaatio- ja viestintähanke',
      fund: 'ESR',
      priorityAxis: PRIORITY_AXIS_5,
      specificObjective: OBJECTIVE_10_1,
      period: { start: '2022-03-15', end: '2023-12-31' },
      status: 'Toiminnassa',
      authority: 'Etelä-Savon elinkeino-, liikenne- ja ympäristökeskus',
      applicant: {
        name: 'Pohjois-Karjalan Sosiaaliturvayhdistys ry',
        orgType: 'Kansalaisjärjestö',
        businessId: '0280113-5',
        street: 'Rantakatu 23 A, 2. krs',
        postcode: '80100',
        city: 'Joensuu',
        phone: '050 558 7460',
        website: 'http://www.pksotu.fi',
      },
      contact: {
        name: 'Anne Pyykkönen',
        title: 'kehittämispäällikkö',
        email: 'anne.pyykkonen@pksotu.fi',
        phone: '045 117 9340',
      },
      // Here the value shares the label's line.
      applicantArrangement: 'Vain yksi hakija',
      summary: null,
      targetGroups: {
        // A prose line followed by two "1)"-numbered items.
        primary: [
          'Pohjois-Karjalassa toimii yli 3800 (3841 kpl, PRH 24.1.2021 ) eri alojen yhdistystä Hankkeen kohderyhmänä ovat Pohjois-Karjalan järjestöt ja yhdistykset koko maakunnan alueella.',
          'Ne potentiaaliset järjestöt, joilla on edellytyksiä hakea hankerahoitusta rakennerahasto-ohjelmasta',
          'Hankkeita hakevat ja toteuttavat järjestöt',
        ],
        indirect: [
          'Kansalaistoimijoiden toteuttamien hankkeiden kautta kohdryhmänä ovat erityisesti heikossa työmarkkina-asemassa olevat maakunnan asukkaat.',
        ],
      },
      funding: {
        grantedEuState: 250_000,
        realizedEuState: 93_487,
        plannedPublicTotal: 250_000,
        realizedPublicTotal: 93_487,
      },
      region: {
        provinces: ['Pohjois-Karjala'],
        subRegions: ['Joensuun', 'Keski-Karjalan', 'Pielisen Karjalan'],
        municipalities: [
          'Outokumpu',
          'Nurmes',
          'Lieksa',
          'Joensuu',
          'Rääkkylä',
          'Kontiolahti',
          'Liperi',
          'Polvijärvi',
          'Tohmajärvi',
          'Juuka',
          'Kitee',
          'Ilomantsi',
          'Heinävesi',
        ],
      },
      location: null,
      indicators: { companiesPlanned: 0, companiesRealized: 0, personsPlanned: 50 },
      equality: {
        analysisDone: false,
        analysisExplanation: 'Ei ole hankkeen tavoitteiden ja toteutuksen näkökulmasta relevanttia.',
        mainstreamed: true,
        mainstreamedExplanation: 'Sukupuolinäkökulma huomioidaan hankkeen toiminnassa.',
        mainGoal: false,
        mainGoalExplanation: 'Ei ole hankkeen tavoitteiden ja toteutuksen näkökulmasta relevanttia.',
      },
      sustainability: [
        score(ECO, 'Luonnonvarojen käytön kestävyys', 0, 0, 'Ei erityisiä vaikutuksia.'),
        score(ECO, 'Ilmastonmuutoksen aiheuttamien riskien vähentäminen', 0, 0, 'Ei erityisiä vaikutuksia.'),
        score(ECO, 'Kasvillisuus, eliöt ja luonnon monimuotoisuus', 0, 0, 'Ei erityisiä vaikutuksia.'),
        score(
          ECO,
          'Pinta- ja pohjavedet, maaperä sekä ilma (ja kasvihuonekaasujen väheneminen)',
          0,
          0,
          'Ei erityisiä vaikutuksia.',
        ),
        score(ECO, 'Natura 2000 -ohjelman kohteet', 0, 0, 'Ei erityisiä vaikutuksia.'),
        score(ECON, 'Materiaalit ja jätteet', 0, 0, 'Ei erityisiä vaikutuksia.'),
        score(ECON, 'Uusiutuvien energialähteiden käyttö', 0, 0, 'Ei erityisiä vaikutuksia.'),
        score(ECON, 'Paikallisen elinkeinorakenteen kestävä kehittäminen', 0, 0, 'Ei erityisiä vaikutuksia.'),
        score(ECON, 'Aineettomien tuotteiden ja palvelujen kehittäminen', 0, 0, 'Ei erityisiä vaikutuksia.'),
        score(ECON, 'Liikkuminen ja logistiikka', 0, 0, 'Ei erityisiä vaikutuksia.'),
        score(
          SOC,
          'Hyvinvoinnin edistäminen',
          9,
          10,
          'Koordinaatio- ja viestintähankkeella tuetaan maakunnan kansalaistoimijakentän elinvoimaisuutta ja kansalaistoimijalähtöisten hankkeiden kautta tuetaan maakunnan asukkaiden hyvinvointia, osallisuutta, yhteiskuntaan kiinnittymistä ja yhteisöllisyyttä.',
        ),
        score(
          SOC,
          'Tasa-arvon edistäminen',
          0,
          0,
          'Hankkeen toiminta kohdistuu yhteiskunnallisen tasa-arvon ja alueiden tasa-arvon edistämiseen. Sukupuolten välisen tasa-arvon näkökulmasta hanke on neutraali.',
        ),
        score(
          SOC,
          'Yhteiskunnallinen ja kulttuurinen yhdenvertaisuus',
          8,
          9,
          'Koordinaatio- ja viestintähankkeella tuetaan erilaisten yhdistysten hankeosaamista ja näiden yhdistysten toteuttamien hankkeiden kautta pyritään yhteiskunnallisen ja kulttuurien yhdenvertaisuuden lisäämiseen eri alueilla.',
        ),
        score(
          SOC,
          'Kulttuuriympäristö',
          3,
          3,
          'Kansalaistoimijoiden yhteisöllisyyttä tukevien hankkeiden kautta voidaan vaikuttaa myös kulttuuriympäristöjen elävöittämiseen ja kehittämiseen.',
        ),
        score(
          SOC,
          'Ympäristöosaaminen',
          4,
          4,
          'Hankeosaamiseen liittyvissä koulutuksissa ja infotilaisuuksissa tuodaan esille myös hyviä käytäntöjä hanke- ja yhdistystoiminnan ympäristökestävistä ratkaisuista ja tuetaan yhdistyksiä tuomaan näitä näkökulmia omien hankkeiden toteuttamiseen.',
        ),
      ],
      // Section 9 is "-": no final report yet.
      finalReport: null,
      card: null,
      sources: [{ file: FILES.kanto, kind: 'description', line: 7 }],
    });
  });

  it('reads the summary: one paragraph of four lines', () => {
    expectLongText(record.summary, {
      start:
        'KANTO - Kansalaistoimijalähtöisen kehittämisen koordinaatio- ja viestintähankkeella rohkaistaan',
      end: 'hyödyntää THL:n osallisuusindikaattoria toimintaan osallistuvien osallisuuden kokemuksen mittaamisessa.',
      paragraphs: 1,
      lines: 4,
    });
    expect(record.summary?.split('\n')[1]).toBe(
      'Hankkeen tavoitteet ovat: 1)Koordinoida koko maakunnan alueella kansalaistoimijalähtöistä kehittämishanketoimintaa sekä vastata kokonaisuuteen liittyvästä viestinnästä 2)Tukea maakunnan asukkaiden, erityisesti haavoittuvassa asemassa olevien osallisuutta sekä työ- ja toimintakykyä.3) Rohkaista, tukea ja kehittää kansalaistoimijuutta ja sen toimintamahdollisuuksia rakennerahastoissa 4) Yhdistää ja vahvistaa kansalaistoimijoita omaehtoisessa kehittämisessä ja vahvistaa järjestöjen hankeosaamista 5) Vahvistaa sosiaalista osallisuutta tukemalla järjestötoimijoiden osallisuusosaamista.',
    );
  });
});

describe('seed 002: S20562 Elinvoimaa ja osallisuutta (description)', () => {
  let record: ProjectRecord;
  beforeAll(() => {
    record = parseSeed(FILES.elinvoimaa);
  });

  it('reads every field', () => {
    expect({ ...record, summary: null, finalReport: null }).toEqual({
      code: 'S20562',
      name: 'Elinvoimaa ja osallisuutta',
      fund: 'ESR',
      priorityAxis: PRIORITY_AXIS_5,
      specificObjective: OBJECTIVE_10_1,
      period: { start: '2016-04-01', end: '2018-12-31' },
      status: 'Toiminta päättynyt',
      authority: 'Hämeen elinkeino-, liikenne- ja ympäristökeskus',
      applicant: {
        name: 'Lappeenrannan kaupunki',
        orgType: 'Kunta',
        businessId: '0162193-3',
        street: 'Villimiehenkatu 1',
        postcode: '53100',
        city: 'Lappeenranta',
        phone: '05-6161',
        website: 'http://www.lappeenranta.fi',
      },
      contact: {
        // Written "Heinonen Markku"; the e-mail markku.heinonen@… shows the first name.
        name: 'Markku Heinonen',
        title: 'Kehitysjohtaja',
        email: 'markku.heinonen@lappeenranta.fi',
        phone: '040-5811998',
      },
      // Empty label, followed directly by the next section header.
      applicantArrangement: null,
      summary: null,
      targetGroups: {
        primary: [
          'Kohderyhmänä ei ole henkilöitä sillä tavoitteena on välillisen kohderyhmän palvelujen ja rakenteiden kehittäminen',
        ],
        indirect: [
          'asukkaat, erityisesti syrjäytymisvaarassa olevat henkilöt',
          'nuoret',
          'ikääntyvät ja osatyökykyiset työttömät',
          'maahanmuuttajat ja muut erityisryhmät joita syrjäytymisriski koskettaa keskimääräistä enemmän',
          'muut asukkaat',
          // Only the bullet goes; the "3." belongs to the text.
          '3. sektorin toimijat',
        ],
      },
      funding: {
        grantedEuState: 96_000,
        realizedEuState: 93_822,
        plannedPublicTotal: 150_000,
        realizedPublicTotal: 125_096,
      },
      region: {
        provinces: ['Etelä-Karjala'],
        subRegions: ['Lappeenrannan'],
        municipalities: ['Lappeenranta'],
      },
      location: null,
      indicators: { companiesPlanned: 0, companiesRealized: 0, personsPlanned: 0 },
      equality: {
        analysisDone: true,
        analysisExplanation:
          'Lappeenrannan kaupunki ei tilastoi välillisen kohderyhmän sukupuolijakaumaa. TE-toimiston työllisyyskatsauksen mukaan lokakuussa 2015 työttömistä työnhakijoista 43,4% oli naisia. Yli vuoden työttömänä olleista n. puolet ovat naisia. Tilastokeskuksen mukaan vuonna 2014 Etelä-Karjalassa oli ulkomaalaistaustaisia henkilöitä yhteensä 6969, joista 55% on naisia. Lappeenrannan kaupungista vastaavaa tilastoa ei ole mutta kaupungissa oli ulkomaalaistaustaisia henkilöitä yhteensä 4790.',
        mainstreamed: true,
        mainstreamedExplanation:
          'Hankkeen päätavoite on kaikkien asukkaiden osallistaminen. Toimenpiteet suunnitellaan siten että heikommassa asemassa olevan sukupuolen mahdollisuudet paranevat.',
        mainGoal: false,
        mainGoalExplanation: 'Hankkeen päätavoite on kaikkien asukkaiden osallistaminen.',
      },
      // Five criteria have no note line: their note is null.
      sustainability: [
        score(
          ECO,
          'Luonnonvarojen käytön kestävyys',
          0,
          1,
          'Asukaslähtöiset toimintaideat voivat pohjautua asuinympäristön luonnonvarojen käytön kestävyyteen.',
        ),
        score(ECO, 'Ilmastonmuutoksen aiheuttamien riskien vähentäminen', 0, 0, null),
        score(
          ECO,
          'Kasvillisuus, eliöt ja luonnon monimuotoisuus',
          0,
          0,
          'Asuinympäristössä voidaan järjestää esim. haitallisten rikkakasvien kitkemistalkoita.',
        ),
        score(
          ECO,
          'Pinta- ja pohjavedet, maaperä sekä ilma (ja kasvihuonekaasujen väheneminen)',
          0,
          1,
          'Lappeenrannan kaupunki edistää kaikkia kasvihuonekaasupäästöjä vähentäviä toimenpiteitä ja asukasvaikuttaminen on osa tätä toimintaa.',
        ),
        score(ECO, 'Natura 2000 -ohjelman kohteet', 0, 0, null),
        score(
          ECON,
          'Materiaalit ja jätteet',
          0,
          1,
          'Asukaslähtöinen toiminta ja eri tapahtumat voivat tukea jätteiden määrän vähentämistä ja kierrätystä.',
        ),
        score(ECON, 'Uusiutuvien energialähteiden käyttö', 0, 0, null),
        score(
          ECON,
          'Paikallisen elinkeinorakenteen kestävä kehittäminen',
          0,
          1,
          'Hanke tukee erilaisia kaupungin kehittämistä tukevia ideoita. Toteutus voi olla alkua myös uudelle elinkeinotoiminnalle.',
        ),
        score(
          ECON,
          'Aineettomien tuotteiden ja palvelujen kehittäminen',
          0,
          3,
          'Sosiaaliset palvelut ja virtuaaliset yhteisöt ovat myös osa asukasvaikuttamista.',
        ),
        score(
          ECON,
          'Liikkuminen ja logistiikka',
          0,
          0,
          'Hankkeessa toteutetut ideat voivat olla esim. kimppakyytien edistämistä tai yhteisen kulkuvälineen käyttöä lisäävää toimintaa.',
        ),
        score(
          SOC,
          'Hyvinvoinnin edistäminen',
          6,
          5,
          'Asukkaiden omatoimisuus ja yhteisöllisyys vahvistuu. Yhteistä tekemistä on enemmän ja se voi synnyttää myös työpaikkoja.',
        ),
        score(SOC, 'Tasa-arvon edistäminen', 0, 0, null),
        score(
          SOC,
          'Yhteiskunnallinen ja kulttuurinen yhdenvertaisuus',
          2,
          4,
          'Eriarvoisuus vähenee kun asukkaat ovat lähemmässä vuorovaikutuksessa toistensa kanssa. Erilaisuus on hyväksyttävää ja asuinalueiden eri kulttuurit kohtaavat.',
        ),
        score(
          SOC,
          'Kulttuuriympäristö',
          0,
          2,
          'Asukkaat ovat ylpeitä omasta asuinympäristöstään ja viihtyvät paremmin. Kaupungin imago paranee.',
        ),
        score(SOC, 'Ympäristöosaaminen', 0, 0, null),
      ],
      finalReport: null,
      card: null,
      sources: [{ file: FILES.elinvoimaa, kind: 'description', line: 7 }],
    });
  });

  it('reads the summary and the final report, paragraph by paragraph', () => {
    expectLongText(record.summary, {
      start: 'Lappeenrannan kaupunki on valtakunnallisesti edelläkävijä asukastoiminnassa.',
      end: 'heidän positiivinen mielikuvansa kaupunki-imagosta vahvistuu.',
      paragraphs: 5,
      lines: 5,
    });
    expectLongText(record.finalReport, {
      start: 'Elinvoimaa ja osallisuutta -hankkeen toimintasuunnitelma perustui',
      end: '(tai vastaavalla nimikkeellä toimivan henkilön) tarpeen tunnustaminen usean eri toimijan puolesta.',
      paragraphs: 8,
      lines: 8,
    });
  });
});

describe('seed 003: S22154 PORE - Porukalla parempaan (description)', () => {
  let record: ProjectRecord;
  beforeAll(() => {
    record = parseSeed(FILES.pore);
  });

  it('reads every field', () => {
    expect({ ...record, summary: null, finalReport: null }).toEqual({
      code: 'S22154',
      name: 'PORE - Porukalla parempaan',
      fund: 'ESR',
      priorityAxis: PRIORITY_AXIS_5,
      specificObjective: OBJECTIVE_10_1,
      period: { start: '2020-11-01', end: '2023-05-31' },
      status: 'Toiminta päättynyt',
      authority: 'Pohjois-Pohjanmaan elinkeino-, liikenne- ja ympäristökeskus',
      applicant: {
        name: 'Kajaanin Ammattikorkeakoulu Oy',
        orgType: 'Ammattikorkeakoulu',
        businessId: '2553600-4',
        street: 'PL 52',
        postcode: '87101',
        city: 'Kajaani',
        phone: '08618991',
        website: 'http://www.kamk.fi',
      },
      contact: {
        name: 'Tuula Haverinen',
        title: 'projektiasiantuntija',
        email: 'tuula.haverinen@kamk.fi',
        phone: '0447101008',
      },
      applicantArrangement: 'Osatoteuttajat',
      summary: null,
      targetGroups: {
        primary: [
          'Ensisijaisena kohderyhmänä on Lohtaja-Kettu alueen työttömänä ja koulutuksen ja työvoiman ulkopuolella oleva työikäinen väestö sekä alueella olevat toimijat, erityisesti nuoret ja nuorten parissa työskentelevät ammattilaiset.',
        ],
        indirect: [
          'Kohderyhmän perheet ja heidän ympärillään toimiva verkosto (kolmas sektori, yritykset, seurakunta). Alueen muut asukkaat.',
        ],
      },
      funding: {
        grantedEuState: 460_420,
        realizedEuState: 431_017,
        plannedPublicTotal: 575_530,
        realizedPublicTotal: 538_776,
      },
      region: { provinces: ['Kainuu'], subRegions: ['Kajaanin'], municipalities: ['Kajaani'] },
      location: null,
      indicators: { companiesPlanned: 12, companiesRealized: 3, personsPlanned: 330 },
      equality: {
        analysisDone: true,
        analysisExplanation:
          'Hankkeessa oleva kohdennus perustuu HYTETU-työryhmän käytössä oleviin tilastotietoihin. Lohtaja-Kettu alueen kohderyhmän sukupuolijakauma jakautuu 70% miehiä ja 30% naisia.',
        mainstreamed: true,
        mainstreamedExplanation:
          'Tässä hankkeessa tasa-arvon näkökulma on ensisijaisesti tasa-arvoisen kohtelun näkökulma, joka painottaa naisten ja miesten samoja oikeuksia. Hankkeen tavoitteena on sekä yhteisöllisten että yksilöllisten voimavarojen vahvistaminen, jolloin sukupuoleen liittyvät ominaisuudet ja erot nähdään rikkautena. Toimintaa ei kuitenkaan suunnitella ensisijaisesti sukupuolen vaan yksilöllisen tarpeen mukaan.Toteutustavoissa voidaan huomioida naisten ja miesten omat ryhmät esim. voimavararyhmien toiminnassa.',
        mainGoal: false,
        mainGoalExplanation:
          'Hankkeen toiminta on suunnattu kaikille eikä hankkeen päätavoite ole sukupuolten tasa-arvon edistäminen.',
      },
      sustainability: [
        score(
          ECO,
          'Luonnonvarojen käytön kestävyys',
          0,
          5,
          'Hankkeessa tuotettavat aineistot ovat sähköisessä muodossa ja tarpeetonta tulostamista vältetään. Ilmastonmuutoksen aiheuttamien riskien vähentäminen. Toiminnassa hyödynnetään kierrätystä esim. olohuoneen kalustamisessa',
        ),
        score(
          ECO,
          'Ilmastonmuutoksen aiheuttamien riskien vähentäminen',
          2,
          3,
          'Hankkeessa käytetään etäkokous- ja etäosallistumismahdollisuuksia, jolloin matkustamisen aiheuttamat kasvihuonepäästöt ovat mahdollisimman pienet.',
        ),
        score(ECO, 'Kasvillisuus, eliöt ja luonnon monimuotoisuus', 0, 0, 'Ei vaikutusta.'),
        score(
          ECO,
          'Pinta- ja pohjavedet, maaperä sekä ilma (ja kasvihuonekaasujen väheneminen)',
          0,
          2,
          'Hankkeessa käytetään etäkokous- ja etäosallistumismahdollisuuksia, jolloin matkustamisen aiheuttamat kasvihuonepäästöt ovat mahdollisimman pienet.',
        ),
        score(ECO, 'Natura 2000 -ohjelman kohteet', 0, 0, 'Ei vaikutusta.'),
        score(
          ECON,
          'Materiaalit ja jätteet',
          8,
          8,
          'Hankkeen kaikessa toiminnassa huomioidaan materiaalien käytön ekologisuus ja asianmukainen jätehuolto. Paperijätteen määrä pyritään pitämään vähäisenä ja painottamaan digitaalisia materiaaleja.',
        ),
        score(ECON, 'Uusiutuvien energialähteiden käyttö', 0, 0, 'Ei vaikutusta.'),
        score(
          ECON,
          'Paikallisen elinkeinorakenteen kestävä kehittäminen',
          0,
          5,
          'Asukkaiden hyvinvoinnin vahvistumisen kautta mahdollistuu.',
        ),
        score(
          ECON,
          'Aineettomien tuotteiden ja palvelujen kehittäminen',
          7,
          7,
          'Hankkeessa kehitetään menetelmiä, joiden tavoitteena on myös aineettomien palveluiden kehittäminen. Hankkeessa kehitetään lisäksi paikallista palvelutoimintaa ja vahvistetaan nuorisotyössä toimivien ammatillista osaamista.',
        ),
        score(
          ECON,
          'Liikkuminen ja logistiikka',
          2,
          4,
          'Hankkeessa käytetään etäkokous- ja etäosallistumismahdollisuuksia, jolloin matkustamisen aiheuttamat kasvihuonepäästöt ovat mahdollisimman pienet. Matkustuksessa käytetään julkisia kulkuneuvoja mahdollisuuksien mukaan.',
        ),
        score(
          SOC,
          'Hyvinvoinnin edistäminen',
          10,
          10,
          'Hankkeen keskeinen tavoite on hyvinvoinnin edistäminen',
        ),
        score(
          SOC,
          'Tasa-arvon edistäminen',
          8,
          8,
          'Hankkeessa edistetään kohderyhmään kuuluvien ihmisten tasa-arvoa, keskinäistä vuorovaikutusta, osallisuutta ja yhteisöllisyyttä. Toimintaa suunnitellaan ja toteutetaan yhteistyötahojen ja kohderyhmän jäsenten kanssa yhdessä.',
        ),
        score(
          SOC,
          'Yhteiskunnallinen ja kulttuurinen yhdenvertaisuus',
          8,
          8,
          'Hanke vahvistaa alueen asukkaiden osallisuutta, yhdenvertaisuutta ja aktiivista kansalaisuutta.',
        ),
        score(
          SOC,
          'Kulttuuriympäristö',
          8,
          8,
          'Kulttuuriympäristö (johon kuuluvat mm. perinteet, rakennukset, maisemat, asuinympäristö, luonto sekä tarinat) nähdään hankkeessa voimavarana. Hanke edistää tietoisuutta kulttuuriympäristön merkityksestä kokonaisvaltaiselle hyvinvoinnille ja terveydelle. Luonnon erilaisia voimaannuttavia elementtejä voidaan hyödyntää toiminnassa.',
        ),
        score(
          SOC,
          'Ympäristöosaaminen',
          10,
          10,
          'Hankkeen keskiössä on ympäristön kehittäminen asukkaiden hyvinvoinnin vahvistamiseksi.',
        ),
      ],
      finalReport: null,
      card: null,
      sources: [{ file: FILES.pore, kind: 'description', line: 7 }],
    });
  });

  it('reads the summary and the final report, keeping lines and paragraphs', () => {
    expectLongText(record.summary, {
      start:
        'Kajaanin Kaupungin hyvinvoinnin, terveyden ja turvallisuuden työryhmä (HYTETU) seuraa väestön hyvinvoinnin tilaa indikaattoritiedon avulla.',
      end: 'Asuinalueella toimivien tahojen osaaminen ja resurssit lisääntyvät ja niitä hyödynnetään asuinalueen yhteiseksi hyväksi.',
      paragraphs: 15,
      lines: 16,
    });
    // "Label-like" lines inside the text ("Työpaketti 3: …", "Pitkän aikavälin tulokset:") stay text.
    expect(record.summary).toContain(
      '\n\nTyöpaketti 3: Asiantuntijuuden vahvistaminen mielen hyvinvoinnin edistämiseksi.\n\n',
    );
    expect(record.summary).toContain(
      '\n\nPitkän aikavälin tulokset:\n\nLohtaja-Kettu asuinalueen asukkaiden työkykyisyys on parantunut, hyvinvointi on lisääntynyt\nYhteisöllinen toimintakulttuuri on juurtunut',
    );
    expectLongText(record.finalReport, {
      start:
        'PORE – Porukalla parempaan -hanketta ja sen toimintaa kuvaavat sanat yhteistyö, osallisuus ja yhteisöllisyys.',
      end: 'Hankkeesta julkaistiin koontijulkaisu PORE – Porukalla parempaan -loppujulkaisu sekä sähköisenä (https://urn.fi/URN:ISBN:978-952-7522-17-2) että painettuna.',
      paragraphs: 5,
      lines: 9,
    });
    expect(record.finalReport?.split('\n\n')[1]).toBe(
      'Työpaketti 1: Aluelähtöisen hyvinvointia tukevan kulttuurin luominen.\nHankkeessa toteutettiin ensimmäinen osallistuva budjetointi Kajaanissa yhdessä kaupungin kanssa. Vimpelinlammen ja Pieni-Vimpelin uudistus ideoitiin ja suunniteltiin yhdessä asukkaiden kanssa. Osallistuva budjetointi jäi pysyväksi toiminnoksi Kajaanin kaupungille. Hankkeessa luotiin verkosto alueelle ja tuotettiin tapahtumia sekä toimintoja yhdessä alueen asukkaiden, alueen toimijoiden sekä yritysten kanssa. Hanke huomio ympäristön sekä toi alueelle Green Care -toimintaa.',
    );
  });
});

/** The card of seed 004, written out from the document (labels broken over lines, "kehittä-/mistyön"). */
const KAKE_CARD: Card = {
  background:
    'Hanketta edelsi esiselvityshanke (S20010) ja aiempi vastaava hanke (S20264), joka jakoi tuensiirtoina rahoitusta pienille kansalaistoimijoille tapahtumien ja pienten projektien rahoittamiseen. Hanke kannustaa kansalaislähtöiseen kehittämiseen ja asuinalueen viihtyvyyden lisäämiseen.',
  goals:
    'Tukea sosiaalista osallisuutta, työelämävalmiuksia, työ- ja toimintakykyä, työllistymistä ja työssä pysymistä; etsiä hyviä käytäntöjä, joita voidaan tuotteistaa toimintamuodoiksi, palveluiksi tai jatkokehittämiskohteiksi',
  approach:
    'Tuensiirrot pienille kansalaistoimijoille tapahtumien ja pienten projektien toteuttamiseen sekä tuki kansalaistoimijoille hankkeiden ja tapahtumien suunnitteluun ja toteutukseen.',
  outputs: ['Vinkkejä etäkokouksen järjestämiseen', 'Videot ja tekijän oikeudet', 'Livestriimaus'],
  // The label stands there with a lone space under it.
  practices: null,
  results:
    '23 kansalaistoimijoiden kehittämishanketta ja 18 tapahtumaa, jotka edistivät asukkaiden hyvinvointia ja aktiivisuutta; järjestöt saivat uusia aktiivisia jäseniä, näkyvyyttä ja kohderyhmiä sekä vahvistivat yhteistyöverkostoja; kansalaistoimijat kehittivät asia- ja hankeosaamistaan; rahoitusmalli kannusti hanketoimintaan',
  dissemination: 'Hankkeissa kehitettyjä toimintatapoja on jäänyt käyttöön tai saanut jatkorahoitusta.',
  remarks:
    'Hankkeessa onnistuttiin myös toteuttamaan sellaisia hankkeita, joiden rahoittaminen suoraan Euroopan sosiaalirahastosta olisi ollut hankalaa.',
  relatedCodes: ['S20010', 'S20264'],
  // The Vinkkejä link is listed three times in the card; each link is kept once, in order.
  links: [
    'https://www.eura2014.fi/rrtiepa/projekti.php?projektikoodi=S21154',
    'https://www.eura2014.fi/rrtiepa/projekti.php?projektikoodi=S20010',
    'https://www.eura2014.fi/rrtiepa/projekti.php?projektikoodi=S20264',
    'https://www.joensuu.fi/documents/7010836/15883238/Vinkkej%C3%A4+et%C3%A4kokoukseen.pdf/f7d23ef8-2189-9cbb-eded-1da771073313',
    'https://www.joensuu.fi/documents/7010836/15883238/Livestriimaus.pdf/a944809c-441f-c9e1-85c3-8b1e9bf76973',
  ],
  funder: 'Etelä-Savon ELY-keskus',
  // "Joensuun kaupunki (päätoteuttaja) ja pienet tulonsiirtohankkeet": both, the main one first.
  implementers: ['Joensuun kaupunki', 'pienet tulonsiirtohankkeet'],
};

/** What the card alone says about S21154, in record form. */
const KAKE_CARD_RECORD: ProjectRecord = {
  code: 'S21154',
  name: 'Joensuun KAKE 2.0',
  fund: 'ESR',
  priorityAxis: null,
  specificObjective: null,
  period: { start: '2018-01-02', end: '2021-12-31' },
  status: null,
  authority: null,
  applicant: {
    name: 'Joensuun kaupunki',
    orgType: null,
    businessId: null,
    street: null,
    postcode: null,
    city: null,
    phone: null,
    website: null,
  },
  contact: { name: null, title: null, email: null, phone: null },
  applicantArrangement: null,
  summary: null,
  targetGroups: {
    primary: [
      'Osallisuutta, kuntoutumista, työllistymistä edistäviä ja sosiaali- ja terveyspalveluita käyttävät henkilöt ja palveluntuottajat',
      'Joensuun kantakaupungin alueen asukkaat',
      'joensuulaiset kansalaistoimijat',
    ],
    indirect: [],
  },
  funding: {
    grantedEuState: null,
    realizedEuState: null,
    plannedPublicTotal: null,
    realizedPublicTotal: 1_626_932,
  },
  region: { provinces: [], subRegions: [], municipalities: [] },
  location: null,
  indicators: { companiesPlanned: null, companiesRealized: null, personsPlanned: null },
  equality: {
    analysisDone: null,
    analysisExplanation: null,
    mainstreamed: null,
    mainstreamedExplanation: null,
    mainGoal: null,
    mainGoalExplanation: null,
  },
  sustainability: [],
  finalReport: null,
  card: KAKE_CARD,
  // Line 3 is where the identity label "Hankkeen nimi, S-numero ja toteutusaika" starts.
  sources: [{ file: FILES.kakeCard, kind: 'card', line: 3 }],
};

describe('seed 004: the project card of S21154', () => {
  it('is recognised as a card and reads every field', () => {
    const text = read(FILES.kakeCard);
    const result = parseCard(text, FILES.kakeCard);
    expect(result.diagnostics).toEqual([]);
    expect(result.kind).toBe('card');
    expect(result.code).toBe('S21154');
    expect(result.record).toEqual(KAKE_CARD_RECORD);
    expect(parseDocument(text, FILES.kakeCard)).toEqual(result);
  });
});

describe("loadFolder('seeds')", () => {
  it('loads four projects with no diagnostics, every file ok', async () => {
    const { records, diagnostics, files } = await loadFolder(SEEDS);
    expect(diagnostics).toEqual([]);
    expect(records.map((r) => r.code)).toEqual(['S21154', 'S22786', 'S20562', 'S22154']);
    expect(files).toEqual([
      { file: FILES.kake, ok: true, code: 'S21154', kind: 'description', errors: [], warnings: [] },
      { file: FILES.kanto, ok: true, code: 'S22786', kind: 'description', errors: [], warnings: [] },
      { file: FILES.elinvoimaa, ok: true, code: 'S20562', kind: 'description', errors: [], warnings: [] },
      { file: FILES.pore, ok: true, code: 'S22154', kind: 'description', errors: [], warnings: [] },
      { file: FILES.kakeCard, ok: true, code: 'S21154', kind: 'card', errors: [], warnings: [] },
    ]);
    for (const record of records) expect(ProjectRecord.safeParse(record).success).toBe(true);
  });

  it('merges the card into S21154: the description wins, the card is attached, both files are sources', async () => {
    const { records } = await loadFolder(SEEDS);
    const merged = records.find((r) => r.code === 'S21154') as ProjectRecord;
    const description = parseDescription(read(FILES.kake), FILES.kake).record as ProjectRecord;
    expect(merged).toEqual({
      ...description,
      card: KAKE_CARD,
      sources: [
        { file: FILES.kake, kind: 'description', line: 7 },
        { file: FILES.kakeCard, kind: 'card', line: 3 },
      ],
    });
    expect(merged.card?.relatedCodes).toEqual(['S20010', 'S20264']);
    expect(merged.card?.outputs).toEqual([
      'Vinkkejä etäkokouksen järjestämiseen',
      'Videot ja tekijän oikeudet',
      'Livestriimaus',
    ]);
    // The description's own target groups are kept, not the card's shorter wording.
    expect(merged.targetGroups.primary[1]).toBe('Joensuun kantakaupungin alueella asuvat henkilöt');
    // The projects without a card stay as their descriptions.
    for (const record of records.filter((r) => r.code !== 'S21154')) {
      expect(record.card).toBeNull();
      expect(record.sources).toHaveLength(1);
    }
  });
});

describe('the implementers of a card', () => {
  it('lists each, the main one first, roles dropped', () => {
    expect(implementersOf('Koulutuskuntayhtymä Tavastia (päätoteuttaja) ja Hämeenlinnan kaupunki')).toEqual([
      'Koulutuskuntayhtymä Tavastia',
      'Hämeenlinnan kaupunki',
    ]);
    expect(implementersOf('Oulun kaupunki, Kempeleen kunta ja Oulun yliopisto (päätoteuttaja)')).toEqual([
      'Oulun yliopisto',
      'Oulun kaupunki',
      'Kempeleen kunta',
    ]);
    expect(implementersOf('Savonia (osatoteuttaja); Kuopion kaupunki')).toEqual([
      'Savonia',
      'Kuopion kaupunki',
    ]);
    expect(implementersOf(null)).toEqual([]);
  });
});
