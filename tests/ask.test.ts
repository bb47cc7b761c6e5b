// Questions in plain words, with expected answers computed here from the raw fixture lines
// (tests/helpers/fixture.ts reads them with its own rules), not copied from ask's output.
import { interpretationOf } from './helpers/interpretation.js';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../src/ask/answer.js';
import { ask } from '../src/ask/ask.js';
import { formatDate } from '../src/listing/dates.js';
import { type RawEntry, RAW_ENTRIES, fixtureIndex, rawPapersBy } from './helpers/fixture.js';
import { cliInProcess } from './helpers/cli.js';
import { expectEvidence } from './helpers/answer-evidence.js';

const index = fixtureIndex();
const EVIDENCE = RAW_ENTRIES.map((e) => ({ ...e, text: `${e.title} ${e.paragraphs.join(' ')}` }));
const titlesOf = (a: Answer) => new Set(a.papers.map((p) => p.title));
const set = (entries: RawEntry[]) => new Set(entries.map((e) => e.title));
const raw = (prefix: string) => {
  const e = RAW_ENTRIES.find((r) => r.title.startsWith(prefix));
  if (!e) throw new Error(`no raw entry ${prefix}`);
  return e;
};
const textOf = (e: RawEntry) => `${e.title} ${e.paragraphs.join(' ')}`.toLowerCase();
const coauthorCounts = (name: string) => {
  const counts = new Map<string, number>();
  for (const e of rawPapersBy(name)) for (const a of e.authors) if (a !== name) counts.set(a, (counts.get(a) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
};

type Check = (a: Answer) => void;
interface Case {
  q: string;
  kind: string;
  check: Check;
}

/** The answer counts exactly these papers and cites them. */
function counts(expected: RawEntry[], authors?: string[]): Check {
  return (a) => {
    expect(a.declined).toBeFalsy();
    expect(a.answer).toMatch(new RegExp(`: ${expected.length}\\b`));
    expect(titlesOf(a)).toEqual(set(expected));
    if (authors) expect(interpretationOf(a).authors).toEqual(authors);
  };
}

/** The answer is about this one paper and says `fact`. */
function aboutPaper(prefix: string, fact: (e: RawEntry) => string | RegExp): Check {
  return (a) => {
    const e = raw(prefix);
    expect(a.declined).toBeFalsy();
    expect(interpretationOf(a).paper?.title).toBe(e.title);
    expect(a.papers.map((p) => p.title)).toEqual([e.title]);
    const f = fact(e);
    if (typeof f === 'string') expect(a.answer).toContain(f);
    else expect(a.answer).toMatch(f);
  };
}

function declined(): Check {
  return (a) => {
    expect(a.declined).toBe(true);
    expect(a.answer).toMatch(/can't answer|Ask me|at most/);
    expect(interpretationOf(a).intent).toBe('unknown');
  };
}

const by = (name: string) => rawPapersBy(name);
const inYear = (entries: RawEntry[], y: string) => entries.filter((e) => e.submitted.startsWith(y));
const about = (words: RegExp) => RAW_ENTRIES.filter((e) => words.test(textOf(e)));
const newestFirst = (entries: RawEntry[]) =>
  [...entries].sort((a, b) => b.submitted.localeCompare(a.submitted) || b.updated.localeCompare(a.updated));

const CASES: Case[] = [
  // How many papers: overall, by an author, in a year or month, on a topic, by an author in a year.
  ...[
    'How many papers are there?',
    'how many papers are in the listing',
    'What is the total number of papers?',
    'number of papers',
  ].map((q): Case => ({ q, kind: 'count overall', check: counts(RAW_ENTRIES) })),
  ...[
    'How many papers has Divya Mahajan written?',
    'how many papers did divya mahajan write',
    'How many papers by Divya Mahajan?',
    'number of papers by Mahajan, Divya',
    'How many papers has Divya Mahajn written?',
  ].map((q): Case => ({ q, kind: 'count by author', check: counts(by('Divya Mahajan'), ['Divya Mahajan']) })),
  {
    q: 'How many papers did Dhruv Mahajan publish?',
    kind: 'count by author',
    check: counts(by('Dhruv Mahajan'), ['Dhruv Mahajan']),
  },
  {
    q: 'how many papers has Divyat written',
    kind: 'count by author',
    check: counts(by('Divyat Mahajan'), ['Divyat Mahajan']),
  },
  ...['How many papers were submitted in 2023?', 'how many papers from 2023', 'How many papers in 2023?'].map(
    (q): Case => ({ q, kind: 'count in year', check: counts(inYear(RAW_ENTRIES, '2023')) }),
  ),
  {
    q: 'How many papers in March 2024?',
    kind: 'count in month',
    check: counts(RAW_ENTRIES.filter((e) => e.submitted.startsWith('2024-03'))),
  },
  {
    q: 'How many papers were announced in April 2024?',
    kind: 'count announced month',
    check: counts(RAW_ENTRIES.filter((e) => e.announced === '2024-04')),
  },
  { q: 'How many papers are about diffusion?', kind: 'count on topic', check: counts(about(/diffusion/)) },
  { q: 'how many papers on pulse oximetry', kind: 'count on topic', check: counts(about(/pulse[- ]oximetry/)) },
  ...[
    'How many papers did Divyat Mahajan write in 2024?',
    'how many papers has divyat mahajan submitted in 2024',
    'Number of papers by Divyat Mahajan in 2024',
  ].map((q): Case => ({
    q,
    kind: 'count by author in year',
    check: counts(inYear(by('Divyat Mahajan'), '2024'), ['Divyat Mahajan']),
  })),
  {
    q: 'How many papers did Divya Mahajan submit in 2025?',
    kind: 'count by author in year',
    check: counts(inYear(by('Divya Mahajan'), '2025'), ['Divya Mahajan']),
  },
  {
    q: 'How many papers since 2025?',
    kind: 'count since',
    check: counts(RAW_ENTRIES.filter((e) => e.submitted >= '2025-01-01')),
  },

  // How many authors a paper has, with "et al." hidden authors.
  ...[
    'How many authors does the Llama 3 paper have?',
    'how many people wrote the llama 3 herd of models',
    'number of authors of The Llama 3 Herd of Models',
  ].map((q): Case => ({
    q,
    kind: 'paper authors',
    check: aboutPaper(
      'The Llama 3 Herd',
      (e) =>
        `has ${e.authors.length + e.hidden} authors: ${e.authors.length} are listed and ${e.hidden} more are not shown`,
    ),
  })),
  {
    q: 'How many authors does Pimba have?',
    kind: 'paper authors',
    check: aboutPaper('Pimba', (e) => `has ${e.authors.length} authors.`),
  },
  {
    q: 'how many people worked on EarthSight',
    kind: 'paper authors',
    check: aboutPaper('EarthSight', (e) => `has ${e.authors.length} authors.`),
  },
  {
    q: 'How many authors are there?',
    kind: 'count authors',
    check: (a) => expect(a.answer).toContain(`${new Set(RAW_ENTRIES.flatMap((e) => e.authors)).size} distinct authors`),
  },

  // Who wrote X.
  ...[
    'Who wrote MoETuner?',
    'who are the authors of MoETuner',
    'authors of the MoETuner paper',
    'Who is behind MoETuner?',
  ].map((q): Case => ({
    q,
    kind: 'who wrote',
    check: aboutPaper('MoETuner', (e) => `written by ${e.authors.join(' and ')}`),
  })),
  {
    q: 'Who are the authors of the paper on pulse oximetry?',
    kind: 'who wrote',
    check: aboutPaper('Path-specific effects for pulse-oximetry', (e) => e.authors[0] as string),
  },
  {
    q: 'Who wrote the Llama 4 paper?',
    kind: 'who wrote',
    check: aboutPaper(
      'The Llama 4 Herd',
      (e) => `plus ${e.hidden} more not shown (${e.authors.length + e.hidden} in all)`,
    ),
  },

  {
    q: 'Who wrote about federated learning?',
    kind: 'who wrote on topic',
    check: (a) => {
      const expected = about(/federated learning/);
      expect(titlesOf(a)).toEqual(set(expected));
      for (const n of expected[0]?.authors ?? []) expect(a.answer).toContain(n);
    },
  },

  // Who collaborates most with Y; Y's coauthors.
  ...[
    'Who collaborates most with Dhruv Mahajan?',
    "Who is Dhruv Mahajan's most frequent coauthor?",
    'Who does Dhruv Mahajan work with most?',
    'top collaborator of Dhruv Mahajan',
  ].map((q): Case => ({
    q,
    kind: 'top collaborator',
    check: (a) => {
      const [name, n] = coauthorCounts('Dhruv Mahajan')[0] as [string, number];
      expect(a.answer).toContain(`most often with ${name}: ${n} shared papers`);
      expect(titlesOf(a)).toEqual(set(by('Dhruv Mahajan').filter((e) => e.authors.includes(name))));
    },
  })),
  ...[
    "Who are Divya Mahajan's coauthors?",
    'coauthors of Divya Mahajan',
    'Who has Divya Mahajan worked with?',
    'list the collaborators of Divya Mahajan',
  ].map((q): Case => ({
    q,
    kind: 'coauthors',
    check: (a) => {
      const list = coauthorCounts('Divya Mahajan');
      expect(a.answer).toContain(`has ${list.length} coauthors over ${by('Divya Mahajan').length} papers`);
      expect(a.answer).toContain(`${list[0]?.[0]} (${list[0]?.[1]})`);
    },
  })),

  // Most prolific authors.
  ...['Who are the most prolific authors?', 'who wrote the most papers', 'top authors'].map((q): Case => ({
    q,
    kind: 'most prolific',
    check: (a) => {
      const counts = new Map<string, number>();
      for (const e of RAW_ENTRIES) for (const n of e.authors) counts.set(n, (counts.get(n) ?? 0) + 1);
      const top = [...counts.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).slice(0, 3);
      for (const [name, n] of top) expect(a.answer).toContain(`${name} (${n} papers)`);
    },
  })),

  // Whether X and Y wrote together, and which papers.
  ...[
    'Did Divya Mahajan and Irene Wang write together?',
    'Have Divya Mahajan and Irene Wang collaborated?',
    'Has Irene Wang ever worked with Divya Mahajan?',
    'papers by Divya Mahajan and Irene Wang',
    'Which papers did Divya Mahajan and Irene Wang write together?',
  ].map((q): Case => ({
    q,
    kind: 'together',
    check: (a) => {
      const shared = by('Divya Mahajan').filter((e) => e.authors.includes('Irene Wang'));
      expect(shared.length).toBeGreaterThan(0);
      expect(a.answer).toMatch(new RegExp(`\\b${shared.length}\\b`));
      expect(titlesOf(a)).toEqual(set(shared));
    },
  })),
  ...[
    'Have Dhruv Mahajan and Divya Mahajan collaborated?',
    'Did Divyat Mahajan and Divya Mahajan write a paper together?',
  ].map((q): Case => ({
    q,
    kind: 'not together',
    // Not a plain "No": three papers hide authors who may be both of them (issue 24, "Misleading answers").
    check: (a) => {
      expect(a.answer).toMatch(/^The listing cannot tell: .* have no paper together among the authors it shows/);
      expect(titlesOf(a)).toEqual(set(RAW_ENTRIES.filter((e) => e.hidden > 0)));
    },
  })),

  // When X was submitted (first version), last revised, announced.
  ...[
    'When was EarthSight submitted?',
    'When was EarthSight first submitted?',
    'when did earthsight come out',
    'submission date of EarthSight',
  ].map((q): Case => ({
    q,
    kind: 'when submitted',
    check: aboutPaper('EarthSight', (e) => `first submitted on ${formatDate(e.submitted)}`),
  })),
  ...['When was Pimba last revised?', 'when was pimba updated', 'last revision date of Pimba'].map((q): Case => ({
    q,
    kind: 'when revised',
    check: aboutPaper('Pimba', (e) => `last revised on ${formatDate(e.updated)}`),
  })),
  {
    q: 'When was MoETuner revised?',
    kind: 'when revised (never)',
    check: aboutPaper('MoETuner', (e) => `has not been revised: its only version is from ${formatDate(e.submitted)}`),
  },
  ...['When was the Llama 3 paper announced?', 'announcement date of the llama 3 herd of models'].map((q): Case => ({
    q,
    kind: 'when announced',
    check: aboutPaper('The Llama 3 Herd', (e) => `announced in ${formatDate(e.announced)}`),
  })),

  // Which papers are about a topic (ranked); by Y about T; from a year.
  ...[
    'Which papers are about recommendation?',
    'papers on recommendation',
    'find papers about recommendation',
    'Is there a paper about recommendation?',
  ].map((q): Case => ({
    q,
    kind: 'papers on topic',
    check: (a) => {
      // "recommendation" and its plural; "recommender" and "recommended" are other words.
      const expected = about(/\brecommendations?\b/i);
      expect(titlesOf(a)).toEqual(set(expected));
      const titleHits = expected.filter((e) => /\brecommendations?\b/i.test(e.title)).map((e) => e.title);
      expect(new Set(a.papers.slice(0, titleHits.length).map((p) => p.title))).toEqual(new Set(titleHits));
    },
  })),
  ...[
    'Papers by Dhruv Mahajan about diffusion',
    'Which papers by Dhruv Mahajan are about diffusion?',
    'What did Dhruv Mahajan write on diffusion?',
  ].map((q): Case => ({
    q,
    kind: 'author + topic',
    check: (a) => expect(titlesOf(a)).toEqual(set(by('Dhruv Mahajan').filter((e) => /diffusion/.test(textOf(e))))),
  })),
  ...['Papers from 2022', 'Which papers were published in 2022?', 'show me papers from 2022'].map((q): Case => ({
    q,
    kind: 'papers from year',
    check: (a) => expect(titlesOf(a)).toEqual(set(inYear(RAW_ENTRIES, '2022'))),
  })),
  {
    q: 'What did Divya Mahajan publish in 2024?',
    kind: 'author + year',
    check: (a) => expect(titlesOf(a)).toEqual(set(inYear(by('Divya Mahajan'), '2024'))),
  },

  // Most recent or oldest: overall, by an author, on a topic.
  ...['latest paper', 'Which is the newest paper in the listing?'].map((q): Case => ({
    q,
    kind: 'newest',
    check: (a) => expect(interpretationOf(a).paper?.title).toBe(newestFirst(RAW_ENTRIES)[0]?.title),
  })),
  {
    // "Most recent" goes by arXiv's "Submitted" date, the latest version (the question tables' reading).
    q: 'What is the most recent paper?',
    kind: 'most recent',
    check: (a) =>
      expect(interpretationOf(a).paper?.title).toBe(
        [...RAW_ENTRIES].sort((x, y) => y.updated.localeCompare(x.updated))[0]?.title,
      ),
  },
  {
    q: "What is Divyat Mahajan's oldest paper?",
    kind: 'oldest by author',
    check: (a) => expect(interpretationOf(a).paper?.title).toBe(newestFirst(by('Divyat Mahajan')).at(-1)?.title),
  },
  {
    q: 'What was the first paper by Divya Mahajan?',
    kind: 'oldest by author',
    check: (a) => expect(interpretationOf(a).paper?.title).toBe(newestFirst(by('Divya Mahajan')).at(-1)?.title),
  },
  {
    q: 'latest paper by Dhruv Mahajan',
    kind: 'newest by author',
    check: (a) => expect(interpretationOf(a).paper?.title).toBe(newestFirst(by('Dhruv Mahajan'))[0]?.title),
  },
  {
    q: "What's the latest paper on diffusion?",
    kind: 'newest on topic',
    check: (a) => expect(interpretationOf(a).paper?.title).toBe(newestFirst(about(/diffusion/))[0]?.title),
  },
  {
    q: 'What is the oldest paper?',
    kind: 'oldest',
    check: (a) => expect(interpretationOf(a).paper?.title).toBe(newestFirst(RAW_ENTRIES).at(-1)?.title),
  },

  // What X is about.
  ...['What is Pimba about?', 'Summarize Pimba', 'tell me about the Pimba paper', 'What does MoETuner do?'].map(
    (q): Case => ({
      q,
      kind: 'what about',
      check: (a) => {
        const e = raw(q.includes('MoETuner') ? 'MoETuner' : 'Pimba');
        expect(interpretationOf(a).paper?.title).toBe(e.title);
        // The sentence where the paper says what it makes ("we propose", "we design"), found in
        // the raw text; the first sentence of these two abstracts is background (issue 14, item 6).
        const sentences = e.paragraphs.join(' ').split(/(?<=\.)\s+/);
        const made = sentences.find((s) =>
          /\bwe (?:\w+ ){0,2}?(?:propose|present|introduce|design|develop|build)\b/i.test(s),
        );
        expect(made).toBeDefined();
        expect(a.answer).toContain((made as string).slice(0, 60));
        expect(a.answer).not.toContain((e.paragraphs[0] as string).split('. ')[0]);
      },
    }),
  ),

  // Lists and comparisons.
  ...['Papers per year', 'How many papers each year?', 'breakdown of papers by year'].map((q): Case => ({
    q,
    kind: 'per year',
    check: (a) => {
      for (const y of ['2022', '2023', '2024', '2025'])
        expect(a.answer).toContain(`${y}: ${inYear(RAW_ENTRIES, y).length}`);
    },
  })),
  {
    q: 'How many papers did Divya Mahajan write per year?',
    kind: 'per year by author',
    check: (a) => {
      for (const y of ['2024', '2025']) expect(a.answer).toContain(`${y}: ${inYear(by('Divya Mahajan'), y).length}`);
    },
  },
  ...[
    'Compare Divya Mahajan and Dhruv Mahajan',
    'Divya Mahajan vs Dhruv Mahajan',
    'Who has more papers, Divya Mahajan or Dhruv Mahajan?',
  ].map((q): Case => ({
    q,
    kind: 'compare',
    check: (a) => {
      expect(a.answer).toContain(`Divya Mahajan: ${by('Divya Mahajan').length} papers`);
      expect(a.answer).toContain(`Dhruv Mahajan: ${by('Dhruv Mahajan').length} papers`);
      expect(a.answer).toContain(
        `Divya Mahajan has ${by('Divya Mahajan').length - by('Dhruv Mahajan').length} more papers`,
      );
    },
  })),

  // People.
  {
    q: 'Who is Divya Mahajan?',
    kind: 'author info',
    check: (a) => expect(a.answer).toContain(`Divya Mahajan has ${by('Divya Mahajan').length} papers`),
  },
  ...['How many papers by Mahajan?', 'Who is Mahajan?', 'papers by D. Mahajan'].map((q): Case => ({
    q,
    kind: 'ambiguous name',
    check: (a) => {
      const mahajans = new Set(RAW_ENTRIES.flatMap((e) => e.authors).filter((n) => n.endsWith(' Mahajan')));
      expect(new Set(a.candidates?.map((c) => c.name))).toEqual(mahajans);
      expect(a.answer).toMatch(/Which one do you mean\?$/);
    },
  })),

  // Declined honestly.
  ...[
    'What is the capital of France?',
    'asdf qwerty zxcv',
    'tell me a joke',
    'What is the weather like today?',
    '',
    '   ?!  ',
    'x'.repeat(600),
  ].map((q): Case => ({ q, kind: 'declined', check: declined() })),
  {
    q: 'Who wrote Zorblax Quantum Frobnicator?',
    kind: 'unknown paper',
    check: (a) => expect(a.answer).toMatch(/can't find a paper matching "Zorblax Quantum Frobnicator"/),
  },
  {
    q: 'How many papers has Zebediah Quux written?',
    kind: 'unknown author',
    check: (a) => expect(a.answer).toMatch(/^I don't know an author named "Zebediah Quux"/),
  },
];

describe('ask: a table of questions with answers derived from the fixture', () => {
  it('has at least 60 questions covering every kind', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CASES.map((c) => c.kind)).size).toBeGreaterThanOrEqual(25);
  });

  it.each(CASES.map((c) => [c.q.length > 60 ? `${c.q.slice(0, 57)}...` : c.q, c] as const))('%s', (_label, c) => {
    const answer = ask(index, c.q);
    c.check(answer);
    // Every answer cites only real papers, each with the topic's words and the people named.
    for (const p of answer.papers) expect(index.get(p.id)).toBe(p);
    expectEvidence(answer, EVIDENCE);
  });

  it('is deterministic', () => {
    for (const c of CASES.slice(0, 20)) expect(ask(index, c.q)).toEqual(ask(index, c.q));
  });

  it('never merges Divya and Divyat', () => {
    expect(interpretationOf(ask(index, 'How many papers has Divya written?')).authors).toEqual(['Divya Mahajan']);
    expect(interpretationOf(ask(index, 'How many papers has Divyat written?')).authors).toEqual(['Divyat Mahajan']);
    expect(interpretationOf(ask(index, 'How many papers has Divyat Mahajn written?')).authors).toEqual([
      'Divyat Mahajan',
    ]);
  });
});

describe('ask from the CLI and the console', () => {
  it('arxivist ask "..." --json gives answer, papers and the typed query', async () => {
    const r = await cliInProcess(['ask', 'How many papers has Divya Mahajan written in 2025?', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    const expected = inYear(by('Divya Mahajan'), '2025');
    expect(json.answer).toBe(`Papers by Divya Mahajan submitted in 2025: ${expected.length}.`);
    expect(json.query).toEqual({
      want: 'count',
      papers: {
        all: [
          { kind: 'author', name: 'Divya Mahajan' },
          { kind: 'date', field: 'submitted', from: '2025-01-01', until: '2026-01-01' },
        ],
      },
    });
    expect(new Set(json.papers.map((p: { title: string }) => p.title))).toEqual(set(expected));
    expect(json.papers[0].id).toMatch(/^[a-z0-9-]+$/);
  });
});

describe('topics need evidence (issue 14, first steps)', () => {
  const text = (e: RawEntry) => `${e.title} ${e.paragraphs.join(' ')}`;

  it('a topic word no paper uses gives no papers, and says which word, however near a spelling is', () => {
    expect(RAW_ENTRIES.some((e) => /quantum/i.test(text(e)))).toBe(false);
    const a = ask(index, 'Is there any paper about quantum computing?');
    expect(a.papers).toEqual([]);
    expect(a.answer).toMatch(/no paper mentions "quantum"/);
  });

  it("a typo is read as the listing's word one or two edits away, and the answer says so", () => {
    const a = ask(index, 'Which papers are about recomendation systems?');
    expect(a.answer).toMatch(/read "recomendation" as "recommendation"/);
    for (const p of a.papers) expect(`${p.title} ${p.abstract}`).toMatch(/recommend/i);
    expect(ask(index, 'Who wrote about federated lerning?').understood).toMatch(/read "lerning" as "learning"/);
  });

  it('the newest paper on a topic is the newest whose title names it', () => {
    const named = RAW_ENTRIES.filter((e) => /\brecommendations?\b/i.test(e.title) && /system|recommend/i.test(text(e)));
    const newest = [...named].sort((a, b) => b.submitted.localeCompare(a.submitted))[0];
    expect(ask(index, 'What is the newest paper on recommendation systems?').answer).toContain(`"${newest?.title}"`);
    const revised = [...named].sort((a, b) => b.updated.localeCompare(a.updated))[0];
    expect(ask(index, 'What is the most recent paper on recommendation systems?').answer).toContain(
      `"${revised?.title}"`,
    );
  });
});

describe('names the listing may hide (issue 14, item 5)', () => {
  it('an unknown name is answered with how many papers hide part of their authors, counted from the raw file', () => {
    const cut = RAW_ENTRIES.filter((e) => e.hidden > 0);
    const hidden = cut.reduce((n, e) => n + e.hidden, 0);
    const a = ask(index, 'How many papers did Hugo Touvron write?');
    expect(a.answer).toContain(
      `${cut.length} papers show only part of their author list (${hidden.toLocaleString('en-US')} names not shown), so the listing cannot tell`,
    );
  });
});

describe('yes/no: is X an author of Y (issue 14, item 4)', () => {
  const cases: [string, string][] = [
    ['Abhimanyu Dubey', 'The Llama 4 Herd'],
    ['Divya Mahajan', 'Pimba'],
    ['Dhruv Mahajan', 'Pimba'],
    ['Irene Wang', 'FLuID'],
    ['Hugo Touvron', 'The Llama 3 Herd'],
  ];
  it.each(cases)('Is %s an author of %s?', (name, title) => {
    const e = RAW_ENTRIES.find((r) => r.title.startsWith(title)) as RawEntry;
    const a = ask(index, `Is ${name} an author of ${title.replace(/^The /, 'the ')}?`);
    if (e.authors.includes(name)) expect(a.answer).toMatch(/^Yes: /);
    else if (e.hidden > 0) expect(a.answer).toMatch(new RegExp(`hides ${e.hidden} more .* cannot tell`));
    else expect(a.answer).toMatch(/^No: /);
    expect(interpretationOf(a).paper?.title).toBe(e.title);
  });
});

describe('a surname with what tells its people apart (issue 14, item 3)', () => {
  const mahajans = new Map<string, number>();
  for (const e of RAW_ENTRIES)
    for (const a of e.authors) if (/ Mahajan$/.test(a)) mahajans.set(a, (mahajans.get(a) ?? 0) + 1);

  it('Which Mahajan has the most papers? names the one, with the count, and lists the others', () => {
    const [top, count] = [...mahajans].sort((a, b) => b[1] - a[1])[0] as [string, number];
    const a = ask(index, 'Which Mahajan has the most papers?');
    expect(a.answer).toMatch(
      new RegExp(`^${top}, with ${count} papers, of the ${mahajans.size} authors named Mahajan`),
    );
  });

  it('Which Mahajan works on genome assembly? names the Mahajan of the papers that say it', () => {
    const on = RAW_ENTRIES.filter((e) => /genome assembly/i.test(`${e.title} ${e.paragraphs.join(' ')}`));
    const names = [...new Set(on.flatMap((e) => e.authors.filter((a) => / Mahajan$/.test(a))))];
    expect(names).toHaveLength(1);
    expect(ask(index, 'Which Mahajan works on genome assembly?').answer).toMatch(new RegExp(`^${names[0]}: `));
  });
});

describe('periods in questions (issue 14, item 2, first part)', () => {
  const between = (from: string, until: string) =>
    RAW_ENTRIES.filter((e) => e.submitted >= from && e.submitted < until);

  it.each([
    ['Which papers came out in summer 2023?', '2023-06-01', '2023-09-01'],
    ['papers from June to August 2023', '2023-06-01', '2023-09-01'],
    ['How many papers between 2022 and 2023?', '2022-01-01', '2024-01-01'],
    ['papers since March 2024', '2024-03-01', '9999-01-01'],
  ])('%s', (q, from, until) => {
    const expected = between(from, until);
    const a = ask(index, q);
    expect(a.answer).toMatch(new RegExp(`: ${expected.length}\\b`));
    expect(a.papers.every((p) => p.submitted >= from && p.submitted < until)).toBe(true);
  });
});

describe('rankings with filters (issue 14, item 2)', () => {
  it.each(['most prolific authors in 2025', 'Who wrote the most papers in 2025?'])('%s counts only 2025', (q) => {
    const in2025 = RAW_ENTRIES.filter((e) => e.submitted.startsWith('2025'));
    const counts = new Map<string, number>();
    for (const e of in2025) for (const a of e.authors) counts.set(a, (counts.get(a) ?? 0) + 1);
    const [name, n] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] as [string, number];
    const a = ask(index, q);
    expect(a.answer).toContain(`of the ${in2025.length} papers submitted in 2025: ${name} (${n} papers)`);
  });
});
