// How a list entry shortens its authors; every expected string is written by hand.
import { describe, expect, it } from 'vitest';
import { askedAbout, shortAuthors } from '../src/chat/format.js';
import type { Paper } from '../src/listing/paper.js';
import { fixtureIndex } from './helpers/fixture.js';

const base = fixtureIndex().papers[0] as Paper;
const paper = (authors: string[], hidden = 0): Paper => ({ ...base, authors, hiddenAuthorCount: hidden });
const keys = (...names: string[]) => askedAbout({ kind: 'papers', title: '', items: [], asked: names });
const ABCDE = ['Ann A', 'Bob B', 'Cid C', 'Dee D', 'Eve E'];

describe('shortAuthors', () => {
  it.each([
    ['no one asked about', ABCDE, 2, [], 0, 'Ann A, Bob B +3'],
    ['the one asked about among the first', ABCDE, 2, ['Bob B'], 0, 'Ann A, Bob B +3'],
    ['the one asked about right after the first', ABCDE, 2, ['Cid C'], 0, 'Ann A, … Cid C +3'],
    [
      'the one asked about last',
      ['Ansel Kaplan Erol', 'Seungjun Lee', 'Divya Mahajan'],
      2,
      ['Divya Mahajan'],
      0,
      'Ansel Kaplan Erol, … Divya Mahajan +1',
    ],
    ['three shown, the one asked about third', ABCDE, 3, ['Cid C'], 0, 'Ann A, Bob B, Cid C +2'],
    ['three shown, the one asked about fourth', ABCDE, 3, ['Dee D'], 0, 'Ann A, Bob B, … Dee D +2'],
    ['two asked about next to each other', ABCDE, 2, ['Cid C', 'Dee D'], 0, 'Ann A, … Cid C, Dee D +2'],
    ['three shown, the one asked about last', ABCDE, 3, ['Eve E'], 0, 'Ann A, Bob B, … Eve E +2'],
    ['two asked about beyond the first', ABCDE, 2, ['Cid C', 'Eve E'], 0, 'Ann A, … Cid C, … Eve E +2'],
    ['a name written another way', ABCDE, 2, ['DÉE  d.'], 0, 'Ann A, … Dee D +3'],
    ['hidden authors counted', ABCDE, 2, ['Eve E'], 40, 'Ann A, … Eve E +43'],
    ['one author', ['Ann A'], 2, ['Ann A'], 0, 'Ann A'],
  ])('%s', (_what, authors, max, asked, hidden, expected) => {
    expect(shortAuthors(paper(authors, hidden), max, keys(...asked))).toBe(expected);
  });

  it('keeps at most five people asked about visible in one entry, and counts the rest', () => {
    const many = Array.from({ length: 12 }, (_, i) => `Person Mahajan${String.fromCharCode(97 + i)}`);
    const shown = shortAuthors(paper(many), 2, keys(...many.slice(3)));
    expect(shown).toBe(
      'Person Mahajana, … Person Mahajand, Person Mahajane, Person Mahajanf, Person Mahajang, Person Mahajanh +6',
    );
  });
});
