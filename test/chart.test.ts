import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { benchCharts } from '../bench/charts.ts';
import {
  type BreakdownChartInput,
  breakdownChartSvg,
  breakdownChartText,
  CHART_FONT_FILES,
  CHART_WIDTH,
  escapeXml,
  type FundingChartInput,
  fundingChartSvg,
  fundingChartText,
  renderPng,
  textWidth,
} from '../src/render/chart.ts';
import { hasGlyph } from '../src/render/font-metrics.ts';

const NBSP = '\u00a0';

const seed: FundingChartInput = {
  code: 'S21154',
  name: 'Joensuun KAKE 2.0',
  grantedEuState: 1319685,
  realizedEuState: 1288961,
  plannedPublicTotal: 1649609,
  realizedPublicTotal: 1626932,
};

const noRealised: FundingChartInput = {
  code: 'A74123',
  name: 'Uusi hanke',
  grantedEuState: 250000,
  realizedEuState: null,
  plannedPublicTotal: 400000,
  realizedPublicTotal: null,
};

const funds: BreakdownChartInput = {
  title: 'Toteutunut julkinen rahoitus rahastoittain',
  rows: [
    { label: 'ESR', realizedPublic: 757359, count: 1 },
    { label: 'EAKR', realizedPublic: 1626932, count: 3 },
  ],
};

// --- a tiny PNG reader: signature, IHDR, and the RGBA pixels of an 8-bit non-interlaced image ---

interface DecodedPng {
  width: number;
  height: number;
  pixels: Uint8Array; // RGBA
}

function decodePng(bytes: Uint8Array): DecodedPng {
  const buf = Buffer.from(bytes);
  expect([...buf.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let offset = 8;
  let width = 0;
  let height = 0;
  let colorType = -1;
  const idat: Buffer[] = [];
  while (offset < buf.length) {
    const length = buf.readUInt32BE(offset);
    const type = buf.toString('latin1', offset + 4, offset + 8);
    const data = buf.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect(data[8]).toBe(8); // bit depth
      colorType = data[9] ?? -1;
      expect(data[12]).toBe(0); // not interlaced
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  const channels = colorType === 6 ? 4 : colorType === 2 ? 3 : 0;
  expect(channels).toBeGreaterThan(0);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(width * height * 4);
  let prev = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const cur = new Uint8Array(stride);
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? (cur[i - channels] as number) : 0;
      const b = prev[i] as number;
      const c = i >= channels ? (prev[i - channels] as number) : 0;
      const x = line[i] as number;
      let v: number;
      if (filter === 0) v = x;
      else if (filter === 1) v = x + a;
      else if (filter === 2) v = x + b;
      else if (filter === 3) v = x + ((a + b) >> 1);
      else {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v = x + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
      }
      cur[i] = v & 0xff;
    }
    for (let px = 0; px < width; px++) {
      for (let ch = 0; ch < 4; ch++) {
        out[(y * width + px) * 4 + ch] = ch < channels ? (cur[px * channels + ch] as number) : 255;
      }
    }
    prev = cur;
  }
  return { width, height, pixels: out };
}

function svgHeight(svg: string): number {
  const m = /<svg[^>]* height="([\d.]+)"/.exec(svg);
  return Number(m?.[1]);
}

function pixel(png: DecodedPng, x: number, y: number): [number, number, number, number] {
  const i = (y * png.width + x) * 4;
  return [png.pixels[i], png.pixels[i + 1], png.pixels[i + 2], png.pixels[i + 3]] as [
    number,
    number,
    number,
    number,
  ];
}

function countPixels(png: DecodedPng, pred: (r: number, g: number, b: number, a: number) => boolean): number {
  let n = 0;
  for (let i = 0; i < png.pixels.length; i += 4) {
    if (pred(png.pixels[i] ?? 0, png.pixels[i + 1] ?? 0, png.pixels[i + 2] ?? 0, png.pixels[i + 3] ?? 0)) n++;
  }
  return n;
}

/** Every <text> element (with its tspans) ends inside the panel's padding, by the font's advance widths. */
function expectTextInside(svg: string): void {
  const texts = [...svg.matchAll(/<text x="([\d.]+)"[^>]*?font-size="(\d+)"([^>]*)>(.*?)<\/text>/g)];
  expect(texts.length).toBeGreaterThan(0);
  const unescapeXml = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  for (const [, x, size, attrs, inner] of texts) {
    const weight = /font-weight="600"/.test(attrs ?? '') ? 600 : 400;
    const spans = [...(inner ?? '').matchAll(/<tspan font-weight="(\d+)"[^>]*>(.*?)<\/tspan>/g)];
    const width = spans.length
      ? spans.reduce(
          (w, [, wt, t]) => w + textWidth(unescapeXml(t ?? ''), Number(size), wt === '600' ? 600 : 400),
          0,
        )
      : textWidth(unescapeXml(inner ?? ''), Number(size), weight);
    expect(Number(x) + width, inner).toBeLessThanOrEqual(CHART_WIDTH - 24);
  }
}

describe('fundingChartSvg', () => {
  it('is stable for the seed project S21154 (fi)', () => {
    expect(fundingChartSvg(seed, 'fi')).toMatchSnapshot();
  });

  it('is stable for the seed project S21154 (en)', () => {
    expect(fundingChartSvg(seed, 'en')).toMatchSnapshot();
  });

  it('formats the figures and shares in Finnish (no-break spaces from Intl)', () => {
    const svg = fundingChartSvg(seed, 'fi');
    expect(
      new Intl.NumberFormat('fi-FI', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(
        1319685,
      ),
    ).toBe(`1${NBSP}319${NBSP}685${NBSP}€`);
    expect(svg).toContain(`1${NBSP}319${NBSP}685${NBSP}€`);
    expect(svg).toContain(`1${NBSP}626${NBSP}932${NBSP}€`);
    expect(svg).toContain(`Käytetty 97,7${NBSP}%`);
    expect(svg).toContain(`Käytetty 98,6${NBSP}%`);
    for (const label of [
      'Myönnetty EU- ja valtion rahoitus',
      'Toteutunut EU- ja valtion rahoitus',
      'Suunniteltu julkinen rahoitus yhteensä',
      'Toteutunut julkinen rahoitus yhteensä',
    ]) {
      expect(svg).toContain(label);
    }
    expect(svg).toContain('S21154 Joensuun KAKE 2.0');
    expect(svg).not.toContain('Toteutuneita lukuja ei ole vielä');
  });

  it('formats the figures and shares in English', () => {
    const svg = fundingChartSvg(seed, 'en');
    expect(svg).toContain('€1,319,685');
    expect(svg).toContain('€1,288,961');
    expect(svg).toContain('Used 97.7%');
    expect(svg).toContain('Used 98.6%');
    expect(svg).toContain('Granted EU + state funding');
    expect(svg).toContain('Realised total public funding');
  });

  it('renders missing realised figures without error', () => {
    const fi = fundingChartSvg(noRealised, 'fi');
    expect(fi).toContain('Toteutuneita lukuja ei ole vielä');
    expect(fi.match(/ei tietoa/g)).toHaveLength(2);
    expect(fi).not.toContain('Käytetty');
    expect(fi.match(/<rect [^>]*fill="#d55e00"/g)).toBeNull(); // no realised bars
    const en = fundingChartSvg(noRealised, 'en');
    expect(en).toContain('Realised figures not available');
    expect(en).toContain('no data');
    expect(decodePng(renderPng(en)).width).toBe(CHART_WIDTH);
  });

  it('never produces NaN or Infinity for zeros, nulls and non-finite numbers', () => {
    const cases: FundingChartInput[] = [
      {
        code: 'Z1',
        name: 'Nollat',
        grantedEuState: 0,
        realizedEuState: 0,
        plannedPublicTotal: 0,
        realizedPublicTotal: 0,
      },
      {
        code: 'Z2',
        name: '',
        grantedEuState: null,
        realizedEuState: null,
        plannedPublicTotal: null,
        realizedPublicTotal: null,
      },
      {
        code: '',
        name: 'Vain nimi',
        grantedEuState: 0,
        realizedEuState: 5,
        plannedPublicTotal: Number.NaN,
        realizedPublicTotal: Number.POSITIVE_INFINITY,
      },
      {
        code: 'Z4',
        name: 'Negatiivinen',
        grantedEuState: 1000,
        realizedEuState: -50,
        plannedPublicTotal: 2000,
        realizedPublicTotal: 1,
      },
    ];
    for (const input of cases) {
      for (const lang of ['fi', 'en'] as const) {
        const svg = fundingChartSvg(input, lang);
        expect(svg).not.toMatch(/NaN|Infinity|undefined|null/);
        expect(fundingChartText(input, lang)).not.toMatch(/NaN|Infinity|undefined|null/);
        expectTextInside(svg);
      }
    }
    const zeros = fundingChartSvg(cases[0] as FundingChartInput, 'fi');
    expect(zeros).not.toContain('Käytetty'); // share of a zero base is not computed
    expect(zeros).toContain(`0${NBSP}€`);
  });

  it('escapes XML special characters and strips characters XML forbids', () => {
    const input = { ...seed, code: 'X<1>', name: 'Tutkimus <&> "laatu" \'n\' \u0007 osa' };
    const svg = fundingChartSvg(input, 'fi');
    expect(svg).toContain('X&lt;1&gt; Tutkimus &lt;&amp;&gt; &quot;laatu&quot; &apos;n&apos; osa');
    expect(svg).not.toContain('<&>');
    expect(svg).not.toContain('\u0007');
    expect(escapeXml('a<b>&"\'')).toBe('a&lt;b&gt;&amp;&quot;&apos;');
    expect(() => renderPng(svg)).not.toThrow();
  });

  it('wraps and truncates long names with an ellipsis so nothing overflows', () => {
    const name = `Pohjois-Karjalan ${'maakunnallinen kasvuyrittäjyyden ja kansainvälistymisen kehittämishanke '.repeat(4)}`;
    const svg = fundingChartSvg({ ...seed, name }, 'fi');
    expect(svg).toContain('…');
    expect((svg.match(/font-size="30"/g) ?? []).length).toBe(2); // two title lines at most
    expectTextInside(svg);
    const huge = { ...seed, grantedEuState: 987_654_321_000, plannedPublicTotal: 999_999_999_999 };
    expectTextInside(fundingChartSvg(huge, 'fi'));
    expectTextInside(fundingChartSvg(huge, 'en'));
  });

  it('is deterministic', () => {
    expect(fundingChartSvg(seed, 'fi')).toBe(fundingChartSvg({ ...seed }, 'fi'));
    expect(Buffer.from(renderPng(fundingChartSvg(seed, 'en')))).toEqual(
      Buffer.from(renderPng(fundingChartSvg(seed, 'en'))),
    );
  });
});

describe('renderPng', () => {
  it('produces a valid PNG of the chart size that is not blank', () => {
    const svg = fundingChartSvg(seed, 'fi');
    const png = decodePng(renderPng(svg));
    expect(png.width).toBe(CHART_WIDTH);
    expect(png.height).toBe(svgHeight(svg));
    expect(png.height).toBeGreaterThan(300);

    // Rounded corners are transparent, the panel is opaque (works on dark and light themes).
    expect(pixel(png, 0, 0)[3]).toBe(0);
    expect(pixel(png, 400, 10)).toEqual([0xfb, 0xfb, 0xfc, 255]);

    const colours = new Set<number>();
    for (let i = 0; i < png.pixels.length; i += 4) {
      colours.add(
        (((png.pixels[i] ?? 0) << 24) | ((png.pixels[i + 1] ?? 0) << 16) | ((png.pixels[i + 2] ?? 0) << 8)) +
          (png.pixels[i + 3] ?? 0),
      );
    }
    expect(colours.size).toBeGreaterThan(100); // antialiased text and bars

    const total = png.width * png.height;
    const blue = countPixels(png, (r, g, b) => r === 0x00 && g === 0x72 && b === 0xb2);
    const vermillion = countPixels(png, (r, g, b) => r === 0xd5 && g === 0x5e && b === 0x00);
    const dark = countPixels(png, (r, g, b, a) => a === 255 && r + g + b < 200); // text
    expect(blue).toBeGreaterThan(total * 0.05);
    expect(vermillion).toBeGreaterThan(total * 0.05);
    expect(dark).toBeGreaterThan(total * 0.01);
  });

  it('renders the breakdown chart at the chart width', () => {
    const svg = breakdownChartSvg(funds, 'en');
    const png = decodePng(renderPng(svg));
    expect(png.width).toBe(CHART_WIDTH);
    expect(png.height).toBe(svgHeight(svg));
    expect(countPixels(png, (r, g, b) => r === 0x00 && g === 0x72 && b === 0xb2)).toBeGreaterThan(10_000);
  });

  it('uses a bundled font that has the Finnish letters and the number-format characters', () => {
    for (const file of CHART_FONT_FILES) {
      for (const ch of 'åäöÅÄÖ€…·\u00a0\u202f−%')
        expect(hasGlyph(file, ch.codePointAt(0) ?? 0), ch).toBe(true);
    }
  });
});

describe('breakdownChartSvg', () => {
  it('sorts rows by realised funding and writes counts and totals (fi)', () => {
    const svg = breakdownChartSvg(funds, 'fi');
    expect(svg.indexOf('>EAKR<')).toBeGreaterThan(0);
    expect(svg.indexOf('>EAKR<')).toBeLessThan(svg.indexOf('>ESR<'));
    expect(svg).toContain('3 hanketta');
    expect(svg).toContain('1 hanke<');
    expect(svg).toContain(`Yhteensä 2${NBSP}384${NBSP}291${NBSP}€ · 4 hanketta`);
    expect(svg).toContain('Toteutunut julkinen rahoitus rahastoittain');
    expectTextInside(svg);
    expect(svg).toMatchSnapshot();
  });

  it('writes English counts and totals', () => {
    const svg = breakdownChartSvg({ ...funds, title: 'Realised public funding by fund' }, 'en');
    expect(svg).toContain('Total €2,384,291 · 4 projects');
    expect(svg).toContain('3 projects');
    expect(svg).toContain('1 project<');
  });

  it('caps the rows at 15, summing the rest into "Muut" / "Other"', () => {
    const rows = Array.from({ length: 20 }, (_, i) => ({
      label: `Alue ${String(i + 1).padStart(2, '0')}`,
      realizedPublic: (i + 1) * 1000,
      count: 1,
    }));
    const svg = breakdownChartSvg({ title: 'Maakunnittain', rows }, 'fi');
    const labels = [...svg.matchAll(/>(Alue \d+|Muut)</g)].map((m) => m[1]);
    expect(labels).toHaveLength(15);
    expect(labels[0]).toBe('Alue 20');
    expect(labels[13]).toBe('Alue 07');
    expect(labels[14]).toBe('Muut');
    expect(svg).toContain(
      `21${NBSP}000${NBSP}€</tspan><tspan font-weight="400" fill="#464b53"> · 6 hanketta`,
    ); // 1+…+6 thousand
    expect(svg).toContain(`Yhteensä 210${NBSP}000${NBSP}€ · 20 hanketta`);
    expect(breakdownChartSvg({ title: 'By region', rows }, 'en')).toContain('>Other<');
    expectTextInside(svg);
  });

  it('keeps rows in their given order when asked (years), "Muut" last', () => {
    const rows = Array.from({ length: 17 }, (_, i) => ({
      label: String(2010 + i),
      realizedPublic: ((i * 7) % 5) * 1000,
      count: 1,
    }));
    const svg = breakdownChartSvg({ title: 'Vuosittain', rows, order: 'given' }, 'fi');
    const labels = [...svg.matchAll(/>(\d{4}|Muut)</g)].map((m) => m[1]);
    expect(labels).toEqual([...rows.slice(0, 14).map((row) => row.label), 'Muut']);
    const text = breakdownChartText({ title: 'Vuosittain', rows: rows.slice(0, 4), order: 'given' }, 'fi');
    expect([...text.matchAll(/^(\d{4})$/gm)].map((m) => m[1])).toEqual(['2010', '2011', '2012', '2013']);
  });

  it('handles no rows, zero values and hostile labels', () => {
    const empty = breakdownChartSvg({ title: '', rows: [] }, 'fi');
    expect(empty).toContain('ei tietoa');
    expect(empty).toContain(`Yhteensä 0${NBSP}€ · 0 hanketta`);
    const odd = breakdownChartSvg(
      {
        title: 'A & B <c>',
        rows: [
          { label: '<script>"x"</script>', realizedPublic: 0, count: 0 },
          { label: '', realizedPublic: Number.NaN, count: 2 },
          { label: 'x'.repeat(300), realizedPublic: 10, count: 1 },
        ],
      },
      'en',
    );
    expect(odd).not.toMatch(/NaN|Infinity|undefined/);
    expect(odd).toContain('A &amp; B &lt;c&gt;');
    expect(odd).toContain('&lt;script&gt;&quot;x&quot;&lt;/script&gt;');
    expect(odd).not.toContain('<script>');
    expectTextInside(odd);
    expect(() => renderPng(odd)).not.toThrow();
  });
});

describe('text charts', () => {
  const widths = [30, 40, 60, 100];

  it('funding text chart has the figures and fits the width', () => {
    const fi = fundingChartText(seed, 'fi');
    expect(fi).toContain(`1${NBSP}319${NBSP}685${NBSP}€`);
    expect(fi).toContain(`Käytetty 97,7${NBSP}%`);
    expect(fi).toContain('Myönnetty EU- ja valtion rahoitus');
    expect(fi).toContain('█');
    const en = fundingChartText(seed, 'en');
    expect(en).toContain('€1,319,685');
    expect(en).toContain('Used 98.6%');
    for (const w of widths) {
      for (const input of [seed, noRealised, { ...seed, name: 'pitkä nimi '.repeat(20) }]) {
        for (const lang of ['fi', 'en'] as const) {
          for (const line of fundingChartText(input, lang, w).split('\n')) {
            expect(Array.from(line).length, line).toBeLessThanOrEqual(w);
          }
        }
      }
    }
    expect(fundingChartText(noRealised, 'fi')).toContain('Toteutuneita lukuja ei ole vielä');
    expect(fundingChartText(noRealised, 'en')).toContain('no data');
  });

  it('funding text bars are proportional', () => {
    const lines = fundingChartText(seed, 'fi', 60).split('\n');
    const bar = (value: string) => {
      const line = lines.find((l) => l.endsWith(value)) ?? '';
      return Array.from(line.replace(/[^█▏▎▍▌▋▊▉]/g, '')).length;
    };
    const planned = bar(`1${NBSP}649${NBSP}609${NBSP}€`);
    const granted = bar(`1${NBSP}319${NBSP}685${NBSP}€`);
    expect(planned).toBeGreaterThan(granted);
    expect(Math.abs(granted / planned - 1319685 / 1649609)).toBeLessThan(0.05);
  });

  it('breakdown text chart is sorted, totalled and fits the width', () => {
    const fi = breakdownChartText(funds, 'fi');
    expect(fi.indexOf('EAKR')).toBeLessThan(fi.indexOf('ESR'));
    expect(fi).toContain(`1${NBSP}626${NBSP}932${NBSP}€ · 3 hanketta`);
    expect(fi).toContain(`Yhteensä 2${NBSP}384${NBSP}291${NBSP}€ · 4 hanketta`);
    expect(breakdownChartText(funds, 'en')).toContain('Total €2,384,291 · 4 projects');
    const many = {
      title: 'Hyvin pitkä otsikko '.repeat(8),
      rows: Array.from({ length: 30 }, (_, i) => ({
        label: `Kunta ${i} ${'x'.repeat(i * 3)}`,
        realizedPublic: i * 123457,
        count: i,
      })),
    };
    for (const w of [...widths, 5, Number.NaN]) {
      for (const input of [funds, many, { title: 'Tyhjä', rows: [] }]) {
        for (const lang of ['fi', 'en'] as const) {
          const text = breakdownChartText(input, lang, w);
          for (const line of text.split('\n')) {
            expect(Array.from(line).length, line).toBeLessThanOrEqual(
              Number.isFinite(w) ? Math.max(30, w) : 60,
            );
          }
        }
      }
    }
    expect(breakdownChartText(many, 'fi').match(/Muut/g)).toHaveLength(1);
  });
});

describe('benchCharts', () => {
  it('returns percentiles', () => {
    const r = benchCharts(5);
    expect(r.p50Ms).toBeGreaterThan(0);
    expect(r.p99Ms).toBeGreaterThanOrEqual(r.p50Ms);
  });
});
