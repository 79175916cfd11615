import { describe, expect, it } from 'vitest';
import { continuesPhrase, decodeIndexed, encodeBlocks, encodeName, encodeText, encodeToken, foldedWords, tailAfterWords, withoutBreaks } from '../../src/search/text';
import { foldVietnamese as fold } from '../../src/lib/vietnamese';
import { excerpt, lastAsPrefix, pairs, parseQuery, phrases, wholeWords, withNumberForms } from '../../src/search/query';
import { quarterSearchForms } from '../../src/lib/quarter';

/** The words Pagefind indexes from encoded text: split on spaces, letters and digits only, folded. */
const indexed = (encoded: string) =>
  encoded
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());

describe('fold', () => {
  it('folds tones, marks, đ and case, whatever the tone placement or normal form', () => {
    for (const form of ['hòa', 'hoà', 'HÒA', 'Hoà'.normalize('NFD'), 'hoa']) expect(fold(form)).toBe('hoa');
    expect(fold('Qúy')).toBe(fold('Quý'));
    expect(fold('Đất đai')).toBe('dat dai');
  });
  it('splits words at punctuation and between letters and digits', () => {
    expect(foldedWords('Kế hoạch 176/KH-UBND')).toEqual(['ke', 'hoach', '176', 'kh', 'ubnd']);
    expect(foldedWords('35/2013/QH13')).toEqual(['35', '2013', 'qh', '13']);
    expect(foldedWords('176khubnd')).toEqual(['176', 'khubnd']);
  });
});

describe('encodeText and decodeIndexed', () => {
  const samples = [
    'Kế hoạch số 176/KH-UBND về hòa giải ở cơ sở',
    'Đất đai, ĐẤT ĐAI; HĐND tỉnh Đắk Lắk (2019–2021).',
    'Luật số 35/2013/QH13 — “Hòa giải” ở cơ sở: 1.000 người',
    'Qúy và Quý, hoà và hòa',
  ];
  it('gives back the text as written', () => {
    for (const text of samples) expect(decodeIndexed(encodeText(text))).toBe(text);
  });
  it('ends every indexed word with the terminator, so a whole word never prefix-matches a longer one', () => {
    const words = indexed(encodeText('Kế hoạch hòa giải')).filter(Boolean);
    expect(words).toEqual(['kez', 'hoachz', 'hoaz', 'giaiz']);
    expect(words.filter((w) => w.startsWith('hoaz'))).toEqual(['hoaz']);
  });
  it('indexes đ as d once Pagefind drops marks', () => {
    expect(indexed(encodeText('Đất đai HĐND'))).toEqual(['datz', 'daiz', 'hdndz']);
  });
  it('splits a document number into words at consecutive positions', () => {
    expect(indexed(encodeText('176/KH-UBND'))).toEqual(['176z', 'khz', 'ubndz']);
  });
  it('puts a gap after a comma or full stop, so words across it are not a phrase', () => {
    expect(indexed(encodeText('pháp luật, hòa giải'))).toEqual(['phapz', 'luatz', '', 'hoaz', 'giaiz']);
    expect(continuesPhrase(', ')).toBe(false);
    expect(continuesPhrase(' ')).toBe(true);
  });
  it('keeps words of side-by-side elements apart and glues a number split by a tag', () => {
    const first = 'Kế hoạch số 26/KH-UBND';
    const second = encodeText('Kế hoạch công tác', tailAfterWords(first));
    expect(decodeIndexed(`${encodeText(first)}${second}`)).toBe('Kế hoạch số 26/KH-UBND Kế hoạch công tác');
    expect(decodeIndexed(`${encodeText('176')}${encodeText('/KH', tailAfterWords('176'))}`)).toBe('176/KH');
  });
});

describe('queries', () => {
  it('sends whole words with the terminator, marks kept and đ as d', () => {
    const q = parseQuery('Hòa giải Đà Nẵng');
    expect(wholeWords(q)).toBe('hòaz giảiz dàz nẵngz');
    expect(phrases(q)).toEqual(['"hòaz giảiz dàz nẵngz"']);
    expect(phrases(parseQuery('phổ biến, giáo dục pháp luật'))).toEqual(['"phổz biếnz"', '"giáoz dụcz phápz luậtz"']);
    expect(phrases(parseQuery('hoa'))).toEqual([]);
  });
  it('lets only the last word, while it may be unfinished, match as a prefix', () => {
    expect(lastAsPrefix(parseQuery('hoa gi'))).toBe('hoaz gi');
    expect(parseQuery('hoa gi').lastMayBePrefix).toBe(true);
    expect(parseQuery('hoa giai ').lastMayBePrefix).toBe(false);
  });
  it('reads a whole quoted query as a phrase only', () => {
    expect(parseQuery('"luật đất đai"').quoted).toBe(true);
    expect(parseQuery('“luật đất đai”').quoted).toBe(true);
    expect(parseQuery('luật "đất đai"').quoted).toBe(false);
    expect(parseQuery('"luật đất đai"').lastMayBePrefix).toBe(false);
  });
  it('reads every form of a document number as the same words', () => {
    const forms = ['176/KH-UBND', '176 KH UBND', '176kh-ubnd', '176 kh/ubnd'];
    for (const f of forms) expect(parseQuery(f).folded).toEqual(['176', 'kh', 'ubnd']);
  });
});

describe('excerpt', () => {
  const text = 'Kế hoạch về phổ biến pháp luật, hòa giải ở cơ sở và Luật Hòa giải ở cơ sở năm 2013.';
  const marked = (query: string, from = 0) =>
    excerpt(text, { ...parseQuery(query), lastMayBePrefix: false }, from).filter((s) => s.mark).map((s) => s.text);
  it('marks the words together, not across a comma', () => {
    expect(marked('luat hoa giai')).toEqual(['Luật Hòa giải']);
  });
  it('marks whole words only: "hoa" never marks the "hoạ" of "hoạch"', () => {
    expect(marked('hoa')).toEqual(['hòa', 'Hòa']);
  });
  it('is the text itself, with nothing added but ellipses', () => {
    const segments = excerpt(text, parseQuery('hòa giải'), 0, 100);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });
});

describe('a quarter as people write it', () => {
  it('writes a quarter in Arabic numerals too', () => {
    expect(quarterSearchForms({ year: 2024, quarter: 4 })).toEqual(['Quý 4/2024', 'Q4/2024']);
  });
});

describe('names, blocks and single-word tokens', () => {
  it('keeps the commas of a name in its text but lets its words stand together', () => {
    const encoded = encodeName('Phổ biến, giáo dục pháp luật');
    expect(decodeIndexed(encoded)).toBe('Phổ biến, giáo dục pháp luật');
    expect(indexed(encoded)).toEqual(['phoz', 'bienz', 'giaoz', 'ducz', 'phapz', 'luatz']);
    // The same words as running text are two phrases: a break takes a position between them.
    expect(indexed(encodeText('Phổ biến, giáo dục'))).toEqual(['phoz', 'bienz', '', 'giaoz', 'ducz']);
  });
  it('never lets a phrase run from one block into the next', () => {
    const encoded = encodeBlocks(['Lạng Sơn', 'Sơn La']);
    expect(indexed(encoded)).toEqual(['langz', 'sonz', '', 'sonz', 'laz']);
    expect(decodeIndexed(encoded)).toBe('Lạng Sơn Sơn La');
  });
  it('keeps a number form whole: letters and digits in one word', () => {
    expect(indexed(encodeToken('176khubnd'))).toEqual(['176khubndz']);
  });
});

describe('pairs and number forms in a query', () => {
  it('pairs neighbouring words within each phrase, never across a comma typed', () => {
    expect(pairs(parseQuery('hoa giai o co so'))).toEqual(['"hoaz giaiz"', '"giaiz oz"', '"oz coz"', '"coz soz"']);
    // Typed with its marks, which Pagefind ranks a little higher.
    expect(pairs(parseQuery('lạng sơn, hòa giải'))).toEqual(['"lạngz sơnz"', '"hòaz giảiz"']);
  });
  it('puts a number form in place of the words it stands for, as a phrase of its own', () => {
    const query = withNumberForms(parseQuery('kế hoạch 176 lạng sơn '), [{ token: 'kehoach176', covers: [0, 1, 2] }]);
    expect(query.folded).toEqual(['kehoach176', 'lang', 'son']);
    expect(query.phrases).toEqual([['kehoach176'], ['lạng', 'sơn']]);
    expect(wholeWords(query)).toBe('kehoach176z lạngz sơnz');
    const run = withNumberForms(parseQuery('176khubnd'), [{ token: '176khubnd', covers: [0, 1] }]);
    expect(run.folded).toEqual(['176khubnd']);
    expect(run.lastMayBePrefix).toBe(false);
  });
});

describe('withoutBreaks', () => {
  it('turns punctuation beside a space into a phrase break, and leaves numbers alone', () => {
    expect(withoutBreaks('Phổ biến, giáo dục pháp luật')).toBe('Phổ biến  giáo dục pháp luật');
    expect(withoutBreaks('Bà Rịa - Vũng Tàu')).toBe('Bà Rịa  Vũng Tàu');
    expect(withoutBreaks('176/KH-UBND')).toBe('176/KH-UBND');
  });
});
