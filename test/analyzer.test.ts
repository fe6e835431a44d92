import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type Analyzer,
  compoundComponents,
  createAnalyzer,
  FALLBACK_VERSION,
  fallbackAnalyzer,
  parseWordbases,
  voikkoAnalyzer,
} from '../src/search/analyzer.ts';
import { splitCompound } from '../src/search/compound.ts';
import { finnishWordList, parseTrieV3, wordListOf } from '../src/search/wordlist.ts';

/**
 * Voikko is tested when it loads and the environment does not ask for the fallback: run with
 * HANKEBOTTI_ANALYZER=fallback to get what a plain `npm ci` install without libvoikko gets.
 */
function voikkoIfWanted(): Analyzer | null {
  if (process.env.HANKEBOTTI_ANALYZER?.trim().toLowerCase() === 'fallback') return null;
  return voikkoAnalyzer();
}
const voikko = voikkoIfWanted();
const voikkoAvailable = voikko !== null;

const shareKey = (a: Analyzer, x: string, y: string) => {
  const ys = new Set(a.baseForms(y));
  return a.baseForms(x).some((k) => ys.has(k));
};

/** Inflected forms that must meet on a shared key (every pair of a group). */
const SAME_WORD: string[][] = [
  [
    'hanke',
    'hankkeen',
    'hankkeessa',
    'hankkeita',
    'hankkeet',
    'hankkeiden',
    'hankkeisiin',
    'hanketta',
    'hankkeena',
  ],
  ['kunta', 'kunnan', 'kunnissa', 'kuntien', 'kuntia', 'kuntaan', 'kunnat', 'kunnille', 'kuntaa'],
  ['kajaani', 'kajaanin', 'kajaanissa'],
  ['joensuu', 'joensuussa', 'joensuun', 'joensuuhun', 'joensuusta'],
  ['nuoret', 'nuorten', 'nuoria', 'nuori', 'nuorille', 'nuorissa', 'nuoren'],
  ['rahoitus', 'rahoituksen', 'rahoitusta', 'rahoitukset', 'rahoituksia', 'rahoitukseen'],
  ['yhteyshenkilö', 'yhteyshenkilön', 'yhteyshenkilöt', 'yhteyshenkilöiden'],
  ['järjestö', 'järjestöjen', 'järjestöille', 'järjestöt', 'järjestöjä'],
  ['yhdistys', 'yhdistysten', 'yhdistyksiä', 'yhdistyksen', 'yhdistykset'],
  ['pohjois-karjala', 'pohjois-karjalassa', 'pohjois-karjalan'],
  ['ihminen', 'ihmisen', 'ihmisiä', 'ihmisten'],
  ['lähtöinen', 'lähtöisen', 'lähtöisiä'],
  ['kohde', 'kohteen', 'kohteet', 'kohteita', 'kohdetta'],
  ['avain', 'avaimen', 'avaimet'],
  ['toimija', 'toimijan', 'toimijat', 'toimijoiden', 'toimijoita', 'toimijoille'],
  ['kaupunki', 'kaupungin', 'kaupungissa', 'kaupunkeja', 'kaupunkien'],
  ['mahdollisuus', 'mahdollisuuden', 'mahdollisuutta', 'mahdollisuuksia'],
  ['palvelu', 'palvelut', 'palveluja', 'palveluiden', 'palvelusta'],
  ['vuosi', 'vuoden', 'vuotta', 'vuosina'],
  ['yhteistyö', 'yhteistyössä', 'yhteistyön', 'yhteistyötä'],
  ['tavoite', 'tavoitteen', 'tavoitteet', 'tavoitteita'],
  ['osallisuus', 'osallisuuden', 'osallisuutta'],
  ['sosiaalinen', 'sosiaalisen', 'sosiaalista', 'sosiaaliset'],
  ['asia', 'asiat', 'asioita', 'asioiden'],
  ['työttömät', 'työttömien', 'työttömille', 'työtön'],
  ['toimintakyky', 'toimintakyvyn', 'toimintakykyä'],
  ['alue', 'alueen', 'alueella', 'alueiden', 'alueita'],
  ['tuki', 'tuen', 'tukea', 'tueksi'],
  ['haku', 'haun', 'hakuun', 'haussa'],
  // clitics and possessive suffixes
  ['hanke', 'hankekin', 'hankkeensa', 'hankkeessaan'],
  ['alue', 'alueellaan', 'alueeltaan'],
];

/** Different words that must not collide. */
const DIFFERENT_WORDS: [string, string][] = [
  ['kunta', 'kun'],
  ['kunnissa', 'kun'],
  ['järjestö', 'järjestää'],
  ['rahoitus', 'rahoittaa'],
  ['palvelu', 'palvella'],
  ['alue', 'alku'],
  ['alueella', 'alussa'],
  ['osa', 'osaaminen'],
  ['osan', 'osaamisen'],
  ['hanke', 'hankinta'],
  ['koulu', 'koulutus'],
  ['kaupunki', 'kauppa'],
  ['kunta', 'kunto'],
  ['nuoret', 'nuotio'],
];

const engines: { name: string; analyzer: Analyzer | null }[] = [
  { name: 'fallback', analyzer: fallbackAnalyzer() },
  { name: 'voikko', analyzer: voikko },
];

for (const { name, analyzer } of engines) {
  describe.skipIf(analyzer === null)(`${name} analyzer`, () => {
    const a = analyzer as Analyzer;

    it.each(SAME_WORD.map((group) => [group[0], group] as const))(
      'merges the forms of %s',
      (_first, group) => {
        const missing: string[] = [];
        for (let i = 0; i < group.length; i++) {
          for (let j = i + 1; j < group.length; j++) {
            const x = group[i] as string;
            const y = group[j] as string;
            if (!shareKey(a, x, y)) missing.push(`${x} [${a.baseForms(x)}] ≁ ${y} [${a.baseForms(y)}]`);
          }
        }
        expect(missing).toEqual([]);
      },
    );

    it.each(DIFFERENT_WORDS)('keeps %s and %s apart', (x, y) => {
      expect(shareKey(a, x, y), `${x} [${a.baseForms(x)}] ~ ${y} [${a.baseForms(y)}]`).toBe(false);
    });

    it('always returns a non-empty list, for any input', () => {
      for (const w of [
        '',
        'a',
        '-',
        'x-',
        '2018',
        's21154',
        'eu:n',
        'www.joensuu.fi',
        'tiia.turunen@joensuu.fi',
        'ä',
      ]) {
        const forms = a.baseForms(w);
        expect(forms.length, w).toBeGreaterThan(0);
        for (const f of forms) expect(typeof f).toBe('string');
      }
    });

    it('keeps codes, numbers and addresses whole and strips the case ending of abbreviations', () => {
      expect(a.baseForms('s21154')).toContain('s21154');
      expect(a.baseForms('2018')).toContain('2018');
      expect(a.baseForms('eu:n')).toContain('eu');
      expect(a.baseForms('s21154:n')).toContain('s21154');
    });

    it('never folds å, ä, ö', () => {
      expect(a.baseForms('järjestöjen').some((k) => k.includes('ö'))).toBe(true);
      expect(a.baseForms('päätöksen').some((k) => k.includes('ä') && k.includes('ö'))).toBe(true);
      expect(shareKey(a, 'määrä', 'maara')).toBe(false);
    });

    it('is deterministic and returns fresh arrays', () => {
      const first = a.baseForms('hankkeissa');
      first.push('mutated');
      expect(a.baseForms('hankkeissa')).not.toContain('mutated');
      expect(a.baseForms('hankkeissa')).toEqual(a.baseForms('hankkeissa'));
      const other = name === 'voikko' ? voikkoAnalyzer() : fallbackAnalyzer();
      for (const w of ['hankkeissa', 'nuoria', 'kunnissa', 'pohjois-karjalassa']) {
        expect(other?.baseForms(w)).toEqual(a.baseForms(w));
      }
    });

    it('lower-cases and NFC-normalises its input', () => {
      expect(a.baseForms('Hankkeessa')).toEqual(a.baseForms('hankkeessa'));
      expect(a.baseForms('ja\u0308rjesto\u0308jen')).toEqual(a.baseForms('järjestöjen'));
    });

    it('indexes hyphenated words whole and by their parts', () => {
      const forms = a.baseForms('pohjois-karjalassa');
      expect(forms.some((f) => f.startsWith('pohjois-'))).toBe(true);
      expect(shareKey(a, 'pohjois-karjalassa', 'karjalan')).toBe(true);
    });
  });
}

describe('fallback analyzer', () => {
  const a = fallbackAnalyzer();

  it('does not reduce kunta to the conjunction kun (the Snowball stemmer does)', () => {
    expect(a.baseForms('kunta')).not.toContain('kun');
    expect(a.baseForms('kun')).toEqual(['kun']);
  });

  it('gives two keys for an ambiguous ending, one of which meets each reading', () => {
    // -ista: elative plural of a noun or partitive of an -inen adjective
    expect(a.baseForms('kunnista').length).toBe(2);
    expect(shareKey(a, 'kunnista', 'kunta')).toBe(true);
    expect(shareKey(a, 'sosiaalista', 'sosiaalinen')).toBe(true);
  });

  it('has a stable version', () => {
    expect(createAnalyzer({ engine: 'fallback' }).version).toBe(FALLBACK_VERSION);
    expect(fallbackAnalyzer().version).toBe(FALLBACK_VERSION);
    expect(FALLBACK_VERSION).toMatch(/^fallback-\d+$/);
    expect(createAnalyzer({ engine: 'fallback' }).name).toBe('fallback');
  });

  it('produces the output its version promises (bump FALLBACK_VERSION when this changes)', () => {
    // Index caches are keyed on the version: changing the rules without bumping it would mix keys
    // of two rule sets in one index. Update the fingerprint together with the version.
    const FINGERPRINTS: Record<string, string> = {
      'fallback-4': 'd64b1d6aacb656a0',
    };
    const words = [...SAME_WORD.flat(), ...DIFFERENT_WORDS.flat()];
    const text = words.map((w) => `${w}=${a.baseForms(w).join('|')}`).join('\n');
    const digest = createHash('sha256').update(text).digest('hex').slice(0, 16);
    expect(digest).toBe(FINGERPRINTS[FALLBACK_VERSION]);
  });
});

describe('fallback analyzer with the word list (@cspell/dict-fi-fi)', () => {
  const a = fallbackAnalyzer();
  const words = finnishWordList();

  it('reads the packaged list', () => {
    expect(words.error).toBeUndefined();
    expect(words.has('kohde')).toBe(true);
    expect(words.has('turku')).toBe(true); // stored capitalised
    expect(words.hasExact('Turku')).toBe(true);
    expect(words.has('sotyö')).toBe(false);
    expect(words.prefixLengths('nuorisotyö', 3)).toContain(7);
  });

  it.each([
    ['possessive suffixes', [['mieli', 'mielestäni', 'mieleni', 'mielessä']]],
    [
      'possessives on an illative and a genitive',
      [
        ['silmä', 'silmiini', 'silmän'],
        ['lapsi', 'lapseni', 'lapset'],
      ],
    ],
    ['comparatives and superlatives', [['suuri', 'suurempi', 'suuremmissa', 'suurin', 'suurimmat']]],
    ['hyvä, parempi, paras', [['hyvä', 'parempi', 'parhaat', 'hyvän']]],
    [
      'k ~ ∅ gradation',
      [
        ['turku', 'turun', 'turussa'],
        ['haku', 'haun'],
      ],
    ],
    [
      'k ~ j gradation',
      [
        ['aika', 'ajan', 'ajassa'],
        ['poika', 'pojan'],
      ],
    ],
    ['-in nouns', [['eläin', 'eläimen', 'eläinten', 'eläimiä']]],
    ['-ies nouns', [['mies', 'miehen', 'miestä', 'miehet']]],
    ['-as nouns in the genitive, not a possessive', [['rantaverstas', 'rantaverstaan', 'rantaverstaassa']]],
    [
      'e-stem partitives after l, n',
      [
        ['kieli', 'kieltä', 'kielen'],
        ['pieni', 'pientä'],
      ],
    ],
    [
      'consonant-stem adjectives',
      [
        ['rikas', 'rikkaan', 'rikkaita'],
        ['valmis', 'valmiin'],
      ],
    ],
    ['ordinals', [['kolmas', 'kolmannen', 'kolmanneksi']]],
    [
      'verb forms',
      [
        ['tulee', 'tullut', 'tuleva', 'tulisi'],
        ['antaa', 'annettu', 'antanut'],
        ['tehdä', 'tehty'],
      ],
    ],
  ])('merges %s', (_label, groups) => {
    for (const group of groups) {
      for (const x of group) {
        for (const y of group) {
          expect(shareKey(a, x, y), `${x} [${a.baseForms(x)}] ~ ${y} [${a.baseForms(y)}]`).toBe(true);
        }
      }
    }
  });

  it.each([
    ['kohta', 'kohde'],
    ['kohdan', 'kohteen'],
    ['tieto', 'tiede'],
    ['tiedon', 'tieteen'],
    ['taito', 'taide'],
    ['kirja', 'kirje'],
    ['kirjan', 'kirjeen'],
    ['miehen', 'mieli'],
    ['kajaani', 'kajaa'],
    ['vuosi', 'vuo'],
    ['omena', 'oma'],
  ])('keeps %s and %s apart', (x, y) => {
    expect(shareKey(a, x, y), `${x} [${a.baseForms(x)}] ~ ${y} [${a.baseForms(y)}]`).toBe(false);
  });

  it('gives the parts of compounds as extra keys, as Voikko does', () => {
    const nuorisotyo = a.analyze('nuorisotyö');
    expect(nuorisotyo.parts).toEqual(['nuoriso', 'työ']);
    expect(shareKey(a, 'nuorisotyöllä', 'työ')).toBe(true);
    expect(shareKey(a, 'nuorisotyöllä', 'nuorisolle')).toBe(true);
    expect(shareKey(a, 'työllisyyspalvelut', 'palveluja')).toBe(true);
    expect(shareKey(a, 'kansalaistoimijalähtöinen', 'kansalainen')).toBe(true);
    expect(shareKey(a, 'kansalaistoimijalähtöinen', 'toimijoille')).toBe(true);
    // not compounds: no parts
    for (const w of ['nuoriso', 'hankkeessa', 'asukas', 'kaupunki'])
      expect(a.analyze(w).parts, w).toEqual([]);
  });
});

describe('splitCompound', () => {
  const words = finnishWordList();
  it.each([
    ['nuorisotyö', ['nuoriso', 'työ']],
    ['työllisyyspalvelut', ['työllisyys', 'palvelut']],
    ['kansalaistoimijalähtöinen', ['kansalais', 'toimija', 'lähtöinen']],
    ['kunnanjohtaja', ['kunnan', 'johtaja']],
    ['yritysten', []],
    ['nuoriso', []],
  ])('splits %s', (word, parts) => {
    expect(splitCompound(word, words)).toEqual(parts);
  });
});

describe('parseTrieV3', () => {
  it('reads the cspell trie format: words, steps back and references', () => {
    // '$' ends a word and steps up one, '<' steps up, '#0;' points an edge at node 0 + 1 (the shared
    // end-of-word leaf): ab, ac, then back to the root: d, e.
    const list = wordListOf(parseTrieV3('TrieXv3\nbase=10\n# comment\n__DATA__\nab$c#0;<<d$e$\n'));
    for (const w of ['ab', 'ac', 'd', 'e']) expect(list.hasExact(w), w).toBe(true);
    for (const w of ['a', 'b', 'abc', 'de', '']) expect(list.hasExact(w), w).toBe(false);
    expect(() => parseTrieV3('not a trie')).toThrow(/TrieXv3/);
  });
});

describe('WORDBASES parsing', () => {
  const bases = (wordbases: string) => compoundComponents(parseWordbases(wordbases));

  it('joins derivational suffixes to their stem and splits compounds', () => {
    expect(bases('+kansalais(kansalainen)+toimi(toimia)+ja(+ja)+lähtö(lähtö)+inen(+inen)')).toEqual([
      'kansalainen',
      'toimija',
      'lähtöinen',
    ]);
    expect(bases('+kansalais(kansalainen)+toimi(toimia)+ja(+ja)+lähtöinen(lähtöinen)')).toEqual([
      'kansalainen',
      'toimija',
      'lähtöinen',
    ]);
    expect(bases('+rahoit(rahoittaa)+us(+us)')).toEqual(['rahoitus']);
    expect(bases('+osa(osa)+lli+nen(+nen)')).toEqual(['osallinen']);
    expect(bases('+ohja(ohjata)+a+ja(+ja)')).toEqual(['ohjaaja']);
    expect(bases('+toimi(toimia)+nta(+ta)+kyky(kyky)')).toEqual(['toiminta', 'kyky']);
  });

  it('handles hyphens, base-less parts, lexicalised names and affixes without a separator', () => {
    expect(bases('+pohjois(pohjoinen)+-+karjala(karjala)')).toEqual(['pohjoinen', 'karjala']);
    expect(bases('+sosiaali+rahasto(rahasto)')).toEqual(['sosiaali', 'rahasto']);
    expect(bases('+Joensuu(Joen=suu)')).toEqual(['joensuu']);
    expect(bases('+työllist(työllistää)y(+yä)+m+ä(+ä)')).toEqual(['työllistymä']);
    expect(bases('+2018')).toEqual(['2018']);
  });
});

describe.skipIf(!voikkoAvailable)('voikko analyzer', () => {
  const a = voikko as Analyzer;

  it('reports its engine and dictionary version', () => {
    expect(a.name).toBe('voikko');
    expect(a.version).toMatch(/^voikko-\d+\.\d+(?:\.\d+)?\/fi-[\w.]+\/r\d+$/);
  });

  it('returns dictionary base forms', () => {
    expect(a.baseForms('hankkeessa')).toEqual(['hanke']);
    expect(a.baseForms('kunnissa')).toEqual(['kunta']);
    expect(a.baseForms('kajaanin')).toEqual(['kajaani']);
    expect(a.baseForms('joensuussa')).toEqual(['joensuu']);
    expect(a.baseForms('rahoituksen')).toEqual(['rahoitus']);
  });

  it('returns every base form of an ambiguous word', () => {
    expect(a.baseForms('nuoria')).toEqual(expect.arrayContaining(['nuori', 'nuora']));
  });

  it('adds the parts of compounds', () => {
    expect(a.baseForms('kansalaistoimijalähtöinen')).toEqual([
      'kansalaistoimijalähtöinen',
      'kansalainen',
      'toimija',
      'lähtöinen',
    ]);
    expect(a.baseForms('yhteyshenkilön')).toEqual(['yhteyshenkilö', 'yhteys', 'henkilö']);
    // the lexicalised place name wins over "joen suu"
    expect(a.baseForms('joensuun')).toEqual(['joensuu']);
  });

  it('keeps unknown words, and analyses the known parts of unknown hyphenated words', () => {
    expect(a.baseForms('kake')).toEqual(['kake']);
    expect(a.baseForms('kanto-hankkeen')).toEqual(expect.arrayContaining(['kanto-hanke', 'hanke']));
  });

  it('is what createAnalyzer picks by default', () => {
    const saved = process.env.HANKEBOTTI_ANALYZER;
    delete process.env.HANKEBOTTI_ANALYZER;
    try {
      expect(createAnalyzer().name).toBe('voikko');
      expect(createAnalyzer({ engine: 'voikko' }).version).toBe(a.version);
    } finally {
      if (saved !== undefined) process.env.HANKEBOTTI_ANALYZER = saved;
    }
  });
});

describe('createAnalyzer', () => {
  const saved = { engine: process.env.HANKEBOTTI_ANALYZER, lib: process.env.HANKEBOTTI_LIBVOIKKO };
  afterEach(() => {
    for (const [key, value] of [
      ['HANKEBOTTI_ANALYZER', saved.engine],
      ['HANKEBOTTI_LIBVOIKKO', saved.lib],
    ] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    vi.resetModules();
  });

  it('follows HANKEBOTTI_ANALYZER when no engine is given, and the option over the variable', () => {
    process.env.HANKEBOTTI_ANALYZER = 'fallback';
    expect(createAnalyzer().name).toBe('fallback');
    process.env.HANKEBOTTI_ANALYZER = 'auto';
    expect(createAnalyzer({ engine: 'fallback' }).name).toBe('fallback');
    expect(createAnalyzer().name).toBe(voikkoAnalyzer() ? 'voikko' : 'fallback');
  });

  it('rejects an unknown HANKEBOTTI_ANALYZER value', () => {
    process.env.HANKEBOTTI_ANALYZER = 'snowball';
    expect(() => createAnalyzer()).toThrow(/HANKEBOTTI_ANALYZER/);
  });

  it('falls back when libvoikko cannot be loaded, and says why when Voikko was asked for', async () => {
    process.env.HANKEBOTTI_LIBVOIKKO = '/nonexistent/libvoikko.so.1';
    delete process.env.HANKEBOTTI_ANALYZER;
    vi.resetModules();
    const fresh = await import('../src/search/analyzer.ts');
    expect(fresh.voikkoAnalyzer()).toBeNull();
    expect(fresh.createAnalyzer().name).toBe('fallback');
    expect(() => fresh.createAnalyzer({ engine: 'voikko' })).toThrow(/libvoikko1 and voikko-fi/);
    expect(fresh.voikkoUnavailableReason()).toMatch(/libvoikko/);
  });
});
