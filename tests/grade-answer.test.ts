// The question-table grader on hand-made replies: each rule gives right, wrong or declined as its
// comment in tests/helpers/grade-answer.ts says.
import { describe, expect, it } from 'vitest';
import { type Expectation, type GradedAnswer, type Verdict, grade } from './helpers/grade-answer.js';

/** A reply citing `ids`: arXiv ids as arxivId, anything else as a title (the mahajan listing). */
function reply(answer: string, ids: string[] = [], more: Partial<GradedAnswer> = {}): GradedAnswer {
  const papers = ids.map((id) => (/^\d{4}\.\d{4,5}$/.test(id) ? { arxivId: id, title: `Paper ${id}` } : { title: id }));
  return { answer, papers, ...more };
}

const declined = (answer = "I can't answer that from the listing.") => reply(answer, [], { declined: true });
const verdict = (a: GradedAnswer, e: Expectation, kind = 'field'): Verdict => grade(a, e, kind).verdict;

describe('grade: declines', () => {
  it('is right only when a decline is expected and given', () => {
    expect(verdict(declined(), { decline: true }, 'decline')).toBe('right');
    expect(verdict(reply('I found no papers about "cs LG".'), { decline: true }, 'decline')).toBe('wrong');
  });

  it('counts a decline of an answerable question as declined, not wrong', () => {
    expect(verdict(declined(), { ids: ['2409.1'], count: 1 }, 'papers')).toBe('declined');
    expect(verdict(declined(), { answer: 'yes' }, 'yesno')).toBe('declined');
  });

  it('counts a decline of a "cannot tell" question as right', () => {
    expect(verdict(declined(), { answer: 'cannot tell' }, 'yesno')).toBe('right');
  });
});

describe('grade: ids and counts', () => {
  const ids = ['2409.12147', '2409.10870'];

  it('wants exactly the expected cited set, in any order', () => {
    expect(verdict(reply('Two papers.', [...ids].reverse()), { ids }, 'papers')).toBe('right');
    expect(verdict(reply('One paper.', ['2409.12147']), { ids }, 'papers')).toBe('wrong');
    expect(verdict(reply('Three papers.', [...ids, '2409.11111']), { ids }, 'papers')).toBe('wrong');
    expect(verdict(reply('None.'), { ids: [], count: 0 }, 'papers')).toBe('right');
  });

  it('compares titles when the listing has no ids', () => {
    const title = 'Compositional Risk Minimization';
    expect(verdict(reply('One.', [title]), { ids: [title] }, 'papers')).toBe('right');
    expect(verdict(reply('One.', ['Compositional Risk']), { ids: [title] }, 'papers')).toBe('wrong');
  });

  it('finds a count as a whole number, with thousands commas', () => {
    expect(verdict(reply('Papers by Divya Mahajan: 17.'), { count: 17 }, 'count')).toBe('right');
    expect(verdict(reply('It has 1,323 authors.'), { count: 1323 }, 'count')).toBe('right');
    expect(verdict(reply('Papers: 117.'), { count: 17 }, 'count')).toBe('wrong');
    expect(verdict(reply('Papers submitted in 2024: 15.'), { count: 24 }, 'count')).toBe('wrong');
    expect(verdict(reply('Papers: 2 (ids 2409.12147, 2409.10870).'), { count: 12147 }, 'count')).toBe('wrong');
  });

  it('accepts "no"/"none" for a count of 0', () => {
    expect(verdict(reply('I found no papers with a DOI.'), { count: 0 }, 'count')).toBe('right');
    expect(verdict(reply('Papers with a DOI: 3.'), { count: 0 }, 'count')).toBe('wrong');
  });

  it('needs every key: the right papers with the wrong number is wrong', () => {
    expect(verdict(reply('Papers: 3.', ids), { ids, count: 2 }, 'count')).toBe('wrong');
    expect(verdict(reply('Papers: 2.', ids), { ids, count: 2 }, 'count')).toBe('right');
  });
});

describe('grade: names and yes/no', () => {
  it('finds names folded and whole', () => {
    expect(verdict(reply('Papers by Karin Oberg: 2.'), { names: ['Karin Öberg'] }, 'authors')).toBe('right');
    expect(verdict(reply('written by divya mahajan.'), { names: ['Divya Mahajan'] }, 'authors')).toBe('right');
    expect(verdict(reply('Divyat Mahajan, with 11.'), { names: ['Divya Mahajan'] }, 'authors')).toBe('wrong');
    const two = { names: ['Seokjin Go', 'Divya Mahajan'] };
    expect(verdict(reply('Written by Divya Mahajan.'), two, 'authors')).toBe('wrong');
  });

  it('reads yes and no from the first word', () => {
    expect(verdict(reply('Yes — papers by Ken Birman: 1.'), { answer: 'yes' }, 'yesno')).toBe('right');
    expect(verdict(reply('"Yes": it has.'), { answer: 'yes' }, 'yesno')).toBe('right');
    expect(verdict(reply('No: it has one version.'), { answer: 'no' }, 'yesno')).toBe('right');
    expect(verdict(reply('Not among the listed authors.'), { answer: 'no' }, 'yesno')).toBe('wrong');
    expect(verdict(reply('Papers by X: 2.'), { answer: 'yes' }, 'yesno')).toBe('wrong');
  });

  it('wants the justifying papers cited on a yes', () => {
    const e: Expectation = { answer: 'yes', ids: ['2409.12147'] };
    expect(verdict(reply('Yes, one paper.', ['2409.12147']), e, 'yesno')).toBe('right');
    expect(verdict(reply('Yes, one paper.', ['2409.11111']), e, 'yesno')).toBe('wrong');
  });

  it('wants "cannot tell" said, without a leading yes or no', () => {
    const e: Expectation = { answer: 'cannot tell' };
    expect(verdict(reply('The listing cannot tell whether he is one of them.'), e, 'yesno')).toBe('right');
    expect(verdict(reply("Its authors are not all shown, so I can't tell."), e, 'yesno')).toBe('right');
    expect(verdict(reply('No, though the listing cannot tell for sure.'), e, 'yesno')).toBe('wrong');
    expect(verdict(reply('Papers about "Emu": 2.'), e, 'authors')).toBe('wrong');
  });
});

describe('grade: values', () => {
  it('accepts a date in several spellings, and only that day', () => {
    const e: Expectation = { value: '18 September 2024' };
    for (const text of ['on 18 Sep 2024.', 'on 18 September 2024', 'on September 18, 2024', 'on 2024-09-18'])
      expect(verdict(reply(text), e), text).toBe('right');
    expect(verdict(reply('on 8 Sep 2024'), e)).toBe('wrong');
    expect(verdict(reply('on 18 Sep 2023'), e)).toBe('wrong');
  });

  it('needs every date of a tie, not its connecting words', () => {
    const e: Expectation = { value: 'tie: 27 May 2022, 5 July 2023 (2 papers each)' };
    expect(verdict(reply('Busiest: 27 May 2022 and 5 Jul 2023.'), e, 'superlative')).toBe('right');
    expect(verdict(reply('Busiest: 27 May 2022.'), e, 'superlative')).toBe('wrong');
  });

  it('accepts a month as "Apr 2024" or "2024-04"', () => {
    expect(verdict(reply('It was announced in Apr 2024.'), { value: 'April 2024' })).toBe('right');
    expect(verdict(reply('Announced 2024-04.'), { value: 'April 2024' })).toBe('right');
    expect(verdict(reply('Announced in Mar 2024.'), { value: 'April 2024' })).toBe('wrong');
  });

  it('needs every category code', () => {
    const e: Expectation = { value: 'eess.SP (primary); cross-lists cs.AI, cs.CL' };
    expect(verdict(reply('It is in eess.SP, also cs.AI and cs.CL.'), e)).toBe('right');
    expect(verdict(reply('It is in eess.SP and cs.AI.'), e)).toBe('wrong');
    expect(verdict(reply('Most common: cs.LG and quant-ph, 18 each.'), { value: 'cs.LG and quant-ph (18 each)' })).toBe(
      'right',
    );
  });

  it('finds a URL whatever its scheme or trailing period, and a DOI', () => {
    const e: Expectation = { value: 'https://github.com/facebookresearch/paco' };
    expect(verdict(reply('Code: https://github.com/facebookresearch/paco.'), e)).toBe('right');
    expect(verdict(reply('Code: http://github.com/facebookresearch/paco/'), e)).toBe('right');
    expect(verdict(reply('Code: https://github.com/facebookresearch/paco2'), e)).toBe('wrong');
    expect(verdict(reply('DOI 10.1038/nphys4268.'), { value: '10.1038/nphys4268' })).toBe('right');
    expect(verdict(reply('DOI 10.1038/nphys42680.'), { value: '10.1038/nphys4268' })).toBe('wrong');
  });

  it('reads page sums, percentages and arXiv ids as they are written', () => {
    expect(verdict(reply('It has 13+7 pages.'), { value: '13+7 pages' })).toBe('right');
    expect(verdict(reply('It has 7 pages.'), { value: '13+7 pages' })).toBe('wrong');
    expect(verdict(reply('22 of 50, 44 %.'), { value: '44%' })).toBe('right');
    expect(verdict(reply('Its id is 2409.10064.'), { value: '2409.10064' })).toBe('right');
    expect(verdict(reply('Its id is 2409.100645.'), { value: '2409.10064' })).toBe('wrong');
  });

  it('rounds decimals to the expected places and takes integers whole', () => {
    expect(verdict(reply('On average 5.08 authors.'), { value: '5.1' })).toBe('right');
    expect(verdict(reply('On average 5 authors.'), { value: '5.0' })).toBe('wrong');
    expect(verdict(reply('On average 5.2 authors.'), { value: '5.1' })).toBe('wrong');
    expect(verdict(reply('It has 57 authors.'), { value: 57 })).toBe('right');
    expect(verdict(reply('It has 570 authors.'), { value: 57 })).toBe('wrong');
  });

  it('needs every word of free text', () => {
    const e: Expectation = { value: 'Journal of Machine Learning Research, 2018' };
    expect(verdict(reply('Published in the Journal of Machine Learning Research (2018).'), e)).toBe('right');
    expect(verdict(reply('Published in the Journal of Machine Learning Research.'), e)).toBe('wrong');
    expect(verdict(reply('The gap is 748 days.'), { value: '748 days' }, 'superlative')).toBe('right');
  });
});

describe('grade: ties and distributions', () => {
  const ties = ['2409.12924', '2409.09741'];
  const titles = new Map([['2409.09741', 'SAT Solvers Are Fun']]);

  it('wants every tied paper cited or named, and nothing else cited', () => {
    const e: Expectation = { ties, value: 1 };
    expect(verdict(reply('Two papers have 1 author.', ties), e, 'superlative')).toBe('right');
    const byTitle = reply('1 author each: 2409.12924 and "SAT Solvers Are Fun".');
    expect(grade(byTitle, e, 'superlative', { titleOf: (id) => titles.get(id) }).verdict).toBe('right');
    expect(verdict(reply('1 author.', ['2409.12924']), e, 'superlative')).toBe('wrong');
    expect(verdict(reply('1 author.', [...ties, '2409.11111']), e, 'superlative')).toBe('wrong');
  });

  it('finds each label followed closely by its count', () => {
    const e: Expectation = { distribution: { '2022': 8, '2023': 12 } };
    expect(verdict(reply('Per year: 2022: 8, 2023: 12 (20 in all).'), e, 'distribution')).toBe('right');
    expect(verdict(reply('2022 — 8 papers; 2023 — 12 papers.'), e, 'distribution')).toBe('right');
    expect(verdict(reply('Per year: 2022: 8, 2023: 13.'), e, 'distribution')).toBe('wrong');
  });

  it('reads months as written or by name, and categories as codes', () => {
    const e: Expectation = { distribution: { '2024-08': 1, '2024-09': 49 } };
    expect(verdict(reply('Aug 2024: 1, September 2024: 49.'), e, 'distribution')).toBe('right');
    expect(verdict(reply('2024-08: 1, 2024-09: 49.'), e, 'distribution')).toBe('right');
    expect(verdict(reply('2024: 49, 2024-08: 1.'), e, 'distribution')).toBe('wrong');
    const cats: Expectation = { distribution: { 'cs.LG': 18, 'quant-ph': 18 } };
    expect(verdict(reply('cs.LG (18), quant-ph (18).'), cats, 'distribution')).toBe('right');
  });
});

describe('grade: compound questions', () => {
  const e: Expectation = { parts: [{ names: ['Dhruv Mahajan'] }, { value: '16 November 2023' }] };

  it('grades each part in order', () => {
    const parts = [reply('The last author is Dhruv Mahajan.'), reply('First submitted 16 Nov 2023.')];
    expect(verdict(reply('Two answers.', [], { parts }), e, 'compound')).toBe('right');
    expect(verdict(reply('Two answers.', [], { parts: [...parts].reverse() }), e, 'compound')).toBe('wrong');
    expect(verdict(reply('One answer.', [], { parts: parts.slice(0, 1) }), e, 'compound')).toBe('wrong');
  });

  it('is declined when a part is declined and none is wrong', () => {
    const parts = [reply('The last author is Dhruv Mahajan.'), declined()];
    expect(verdict(reply('Half.', [], { parts }), e, 'compound')).toBe('declined');
    const withDecline: Expectation = { parts: [{ decline: true }, { names: ['Dhruv Mahajan'] }] };
    const both = [declined('The listing has no page counts.'), reply('By Dhruv Mahajan.')];
    expect(verdict(reply('Both.', [], { parts: both }), withDecline, 'compound')).toBe('right');
  });

  it('without parts is declined only if the reply declines', () => {
    expect(verdict(declined(), e, 'compound')).toBe('declined');
    expect(verdict(reply('Dhruv Mahajan, 16 Nov 2023.'), e, 'compound')).toBe('wrong');
  });
});
