// Years, days and category codes said aloud: written in digits and codes, other words left alone.
import { describe, expect, it } from 'vitest';
import { spokenCodes } from '../src/ask/spoken-codes.js';
import { spokenDates } from '../src/ask/spoken-numbers.js';

describe('spoken dates', () => {
  it.each([
    ['papers last revised in twenty twenty four', 'papers last revised in 2024'],
    ['from two thousand and seventeen to two thousand and nineteen', 'from 2017 to 2019'],
    ['nineteen ninety-nine', '1999'],
    ['submitted on september the eighteenth', 'submitted on september 18'],
    ['the twelfth of december', '12 december'],
    ['december thirty-first', 'december 31'],
    ['papers on 16 and 18 september', 'papers on 16 september and 18 september'],
    ['papers on sep 16 and 18', 'papers on sep 16 and sep 18'],
    ['papers from may first', 'papers from may 1'],
    ['papers on 3 and 5 may', 'papers on 3 may and 5 may'],
    // Each end with its month, so both are read as days (the range stays one range).
    ['between 14 and 15 september', 'between 14 september and 15 september'],
    ['seventeen september', '17 september'],
    ['the last day of november', 'on 30 november'],
  ])('writes %j as %j', (spoken, written) => expect(spokenDates(spoken)).toBe(written));

  it.each([
    'twenty two papers',
    'two thousand papers',
    'the first author of the first paper',
    'the second author',
    'the weekend of 6 and 7 December',
    'which papers may first have been submitted in 2024',
    'the first may be best',
    'march second papers',
  ])('leaves %j as it is', (text) => expect(spokenDates(text)).toBe(text));
});

describe('spoken category codes', () => {
  it.each([
    ['cs dot c r or cs dot r o', 'cs.CR or cs.RO'],
    ['papers in physics dot bio dash p h', 'papers in physics.bio-ph'],
    ['astro dash p h dot e p', 'astro-ph.EP'],
    ['q bio dot n c', 'q-bio.NC'],
    ['any paper in q fin', 'any paper in q-fin'],
    ['papers in c s d c', 'papers in cs.DC'],
  ])('writes %j as %j', (spoken, written) => expect(spokenCodes(spoken)).toBe(written));

  it.each(['math papers in the dot com era', 'a b c papers', 'the dash cam papers'])('leaves %j as it is', (text) =>
    expect(spokenCodes(text)).toBe(text),
  );
});
