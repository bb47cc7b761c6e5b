// Every BibTeX entry, for any paper, parses back to the paper's fields (issue 25, finding 7).
// The judge is a well-kept parser (@retorquere/bibtex-parser, which turns the LaTeX into text), and
// each expected value is written by hand or taken from the generated input, never from the writer.
//
// What "the same" means, field by field:
// - title: a title is LaTeX-bearing text as arXiv shows it. The entry's title, as the parser reads
//   it (LaTeX turned into text, case-protecting braces dropped), is what the title says: plain
//   characters as themselves (`&`, `%`, `#`, `_`, `^`, `~`, `<`, `>`, `|` included), `$…$` as its
//   math, `\textbf{…}`, accents and `{groups}` as LaTeX reads them. What cannot be LaTeX is taken
//   literally: a brace without its partner, a `$` without one, a backslash that starts no command
//   (at the end, or before a space). Braces added to protect capitals must not change the text.
// - author: one person per author, in order, whose first, von, last and Jr parts joined by spaces
//   are the name (spaces collapsed); `others` exactly when the listing hid authors. Names are text.
// - note, journal, primaryClass: text, read back exactly.
// Runs of white space count as one space, and none at either end (BibTeX keeps no more); an accent
// and its letter count as the one character they make (Unicode NFC).
// - year, month: the first version's year and month number.
// - url, doi, eprint: verbatim fields, where BibTeX counts every brace and nothing escapes one, so
//   `{`, `}` and `\` are written percent-encoded (%7B, %7D, %5C: what a link holds anyway); every
//   other character is read back as it is.
// - archivePrefix: arXiv.
// Beyond the parser, which forgives some of it, each entry's braces balance as BibTeX counts them
// (a backslash escapes no brace), so BibTeX itself reads the file.
import { parse } from '@retorquere/bibtex-parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commands, findCommand } from '../commands/index.js';
import { executeCommand } from '../src/chat/command.js';
import { bibEntries } from '../src/export/bibtex.js';
import { parseListing } from '../src/listing/listing-parser.js';
import type { Paper } from '../src/listing/paper.js';
import { PaperIndex } from '../src/search/paper-index.js';
import { FIXTURE_TEXT } from './helpers/fixture.js';

// A real paper with its long fields cut, so a counterexample prints short.
const BASE: Paper = {
  ...(parseListing(FIXTURE_TEXT).papers[0] as Paper),
  abstract: '',
  abstractRaw: '',
  authors: ['Ada'],
};
const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
/** A title as the parser shows it; it joins two neighbouring runs of one style ("<i>a</i> <i>b</i>" → "<i>a b</i>"). */
const shown = (s: string) => squash(s).replace(/<\/(\w+)>( ?)<\1>/g, '$2');
const percent = (s: string) => s.replace(/[{}\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** A piece of a title: its source, and the text the parser shows for it (written by hand). */
type Piece = [src: string, seen: string];

const letters = [...'aBcdEXYZ019éÜß王🚀'];
const punctuation = [...'.,:;!?()[]/@*+="\'-'];
const specials = [...'&%#_^~<>|'];
/** Plain text: letters, punctuation and LaTeX's special characters, without ligatures (`--`, `''`, `,,`). */
const plainWord = fc
  .array(fc.constantFrom(...letters, ...letters, ...punctuation, ...specials), { minLength: 1, maxLength: 8 })
  .map((cs) => cs.join('').replace(/([-',])(?=\1)/g, '$1a'));
const capWord = fc.constantFrom('MoETuner', 'GPU', 'LLMs', 'iPhone', 'R&D', 'x86_64', 'BERT-Large');

const latex: Piece[] = [
  ['\\textbf{Bold}', '<b>Bold</b>'],
  ['\\emph{words}', '<i>words</i>'],
  ['Schr\\"odinger', 'Schrödinger'],
  ['\\&', '&'],
  ['\\%', '%'],
  ['\\_', '_'],
  ['\\#', '#'],
  ['\\$5', '$5'],
  ['{Braced Words}', 'Braced Words'],
  ['\\{x\\}', '{x}'],
  ['a--b', 'a–b'],
  ['$x^2$', 'x²'],
  ['$\\alpha$-Nets', 'α-Nets'],
  ['$O(n^2)$', 'O(n²)'],
  ['$\\{x\\}$', '{x}'],
  ['$50%$', '50%'],
  ['$a#b$', 'a#b'],
];
/** Not LaTeX as written: taken literally. */
const broken: Piece[] = [
  ['$a{b$', 'a{b'],
  ['$a}b$', 'a}b'],
  ['$\\{x$', '{x'],
  ['{', '{'],
  ['}', '}'],
  ['\\{', '{'],
  ['\\}', '}'],
  ['\\', '\\'],
];

const piece: fc.Arbitrary<Piece> = fc.oneof(
  { weight: 4, arbitrary: plainWord.map((w): Piece => [w, w]) },
  { weight: 1, arbitrary: capWord.map((w): Piece => [w, w]) },
  { weight: 2, arbitrary: fc.constantFrom(...latex) },
  { weight: 2, arbitrary: fc.constantFrom(...broken) },
);

/**
 * Pieces joined by spaces, kept unambiguous: a lone `}` (or `\}`) never follows a lone `{` (or
 * `\{`) that it would close, and a lone `$` only ends the title, so no two lone `$` make math.
 */
const titlePieces = fc.tuple(fc.array(piece, { minLength: 1, maxLength: 10 }), fc.boolean()).map(([pieces, dollar]) => {
  const open = new Set<string>();
  const kept = pieces.filter(([src]) => {
    if (src === '{' || src === '\\{') open.add(src);
    return !((src === '}' && open.has('{')) || (src === '\\}' && open.has('\\{')));
  });
  return dollar ? [...kept, ['$', '$'] as Piece] : kept;
});

const nameWord = fc.oneof(
  fc.constantFrom('Ada', 'Sébastien', 'Özlem', 'van', 'der', 'de', 'Jr.', 'and', 'AND', 'others', '王', "O'Neil"),
  fc
    .array(fc.constantFrom(...letters, ...specials, ...'{}\\$,."'), { minLength: 1, maxLength: 6 })
    .map((cs) => cs.join('').replace(/([-',])(?=\1)/g, '$1a')),
);
const name = fc.array(nameWord, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' '));
const text = fc
  .array(fc.constantFrom(...letters, ...punctuation, ...specials, ...'{}\\$ '), { minLength: 1, maxLength: 30 })
  .map((cs) => cs.join('').replace(/([-',])(?=\1)/g, '$1a'))
  .filter((s) => s.trim() !== '');
const verbatim = fc
  .array(fc.constantFrom(...'abc019./-_;()<>#%~{}\\'), { minLength: 1, maxLength: 20 })
  .map((cs) => cs.join(''));
const day = fc.date({ min: new Date('1991-08-01'), max: new Date('2099-12-31'), noInvalidDate: true });

const hostilePaper = fc
  .record({
    pieces: titlePieces,
    authors: fc.array(name, { minLength: 1, maxLength: 4 }),
    hidden: fc.nat({ max: 3 }),
    day,
    arxivId: fc.option(verbatim, { nil: undefined }),
    category: text,
    doi: fc.option(
      verbatim.map((v) => `10.1000/${v}`),
      { nil: undefined },
    ),
    urlTail: verbatim,
    comments: fc.option(text, { nil: undefined }),
    journalRef: fc.option(text, { nil: undefined }),
  })
  .map((r) => {
    const { pieces, ...rest } = r;
    const iso = r.day.toISOString().slice(0, 10);
    const paper: Paper = {
      ...BASE,
      id: 'hostile',
      title: pieces.map(([src]) => src).join(' '),
      authors: r.authors,
      hiddenAuthorCount: r.hidden,
      submitted: iso,
      updated: iso,
      categories: [r.category],
      links: { ...BASE.links, abs: `https://arxiv.org/abs/${r.urlTail}` },
    };
    for (const field of ['arxivId', 'doi', 'comments', 'journalRef'] as const) {
      if (r[field] === undefined) delete paper[field];
      else paper[field] = r[field];
    }
    return { paper, seen: pieces.map(([, seen]) => seen).join(' '), rest };
  });

/** Whether the braces of an entry balance as BibTeX counts them: the entry's own `}` closes it, and no sooner. */
function bibtexBalanced(entry: string): boolean {
  let depth = 0;
  for (let i = entry.indexOf('{'); i < entry.length; i++) {
    if (entry[i] === '{') depth++;
    else if (entry[i] === '}' && --depth === 0) return i === entry.length - 1;
  }
  return false;
}

const silent = { error: () => undefined, warn: () => undefined, info: () => undefined };
const read = (bib: string) => parse(bib, { sentenceCase: false, caseProtection: false });
const fullName = (a: { name?: string; firstName?: string; prefix?: string; lastName?: string; suffix?: string }) =>
  a.name ?? [a.firstName, a.prefix, a.lastName, a.suffix].filter(Boolean).join(' ');

describe('BibTeX of hostile papers', () => {
  it('every entry parses back to the same fields (property)', () => {
    fc.assert(
      fc.property(hostilePaper, ({ paper, seen }) => {
        const [entry] = bibEntries([paper]);
        const text = entry?.text ?? '';
        expect(bibtexBalanced(text), text).toBe(true);
        const lib = read(text);
        expect(lib.errors, text).toEqual([]);
        const f = lib.entries[0]?.fields ?? {};
        expect(shown(f.title ?? ''), text).toBe(shown(seen));
        const names = (f.author ?? []).map(fullName);
        expect(names, text).toEqual([...paper.authors.map(squash), ...(paper.hiddenAuthorCount > 0 ? ['others'] : [])]);
        expect(f.year).toBe(paper.submitted.slice(0, 4));
        expect(f.month).toBe(String(Number(paper.submitted.slice(5, 7))));
        expect(f.eprint).toBe(paper.arxivId === undefined ? undefined : percent(paper.arxivId));
        expect(f.archiveprefix).toBe(paper.arxivId === undefined ? undefined : 'arXiv');
        expect(f.primaryclass).toBe(paper.arxivId === undefined ? undefined : squash(paper.categories[0] as string));
        expect(f.doi).toBe(paper.doi === undefined ? undefined : percent(paper.doi));
        expect(f.url).toBe(percent(paper.links.abs as string));
        expect(f.note, text).toBe(paper.comments && squash(paper.comments));
        expect(f.journal, text).toBe(paper.journalRef && squash(paper.journalRef));
        expect(lib.entries[0]?.key).toBe(entry?.key);
      }),
      { numRuns: 150 },
    );
  });

  it('braces words and math with capitals, so styles that lower-case titles keep them', () => {
    const [entry] = bibEntries([{ ...BASE, title: 'Fast MoETuner: $O(n)$ on GPUs, with R&D and \\LaTeX' }]);
    expect(entry?.text).toContain('title  = {Fast {MoETuner:} {$O(n)$} on {GPUs,} with {R\\&D} and {{\\LaTeX}}},');
  });

  it("/bibtex sends a .bib file of the attack's papers that parses back", async () => {
    const cases: Partial<Paper>[] = [
      { title: 'Hostile title that ends in a backslash \\' },
      { title: 'Hostile math with a brace $a{b$ inside' },
      { title: 'Hostile \\textbf{Bold} and \\emph{MoE} Commands' },
      { title: 'Hostile ids', doi: '10.1000/a}b', arxivId: '2501.00001}', categories: ['cs.L}G'] },
      { title: 'Hostile link', links: { ...BASE.links, abs: 'https://arxiv.org/abs/x}y' } },
    ];
    const papers = cases.map((c, i): Paper => ({ ...BASE, id: `case-${i}`, ...c }));
    const reply = await executeCommand(
      findCommand('bibtex')!,
      { ref: 'hostile' },
      { index: PaperIndex.of(papers), platform: 'cli', commands, now: () => new Date() },
      silent,
    );
    if (reply.kind !== 'bibtex') throw new Error(`not a bibtex reply: ${JSON.stringify(reply)}`);
    // The file as the Discord and Telegram adapters attach it.
    const lib = read(`${reply.entries.map((e) => e.text).join('\n\n')}\n`);
    expect(lib.errors).toEqual([]);
    const byKey = new Map(lib.entries.map((e) => [e.key, e.fields]));
    const fields = reply.entries.map((e) => byKey.get(e.key));
    const title = (id: string) => shown(fields[reply.entries.findIndex((e) => e.paperId === id)]?.title ?? '');
    expect(cases.map((_, i) => title(`case-${i}`))).toEqual([
      'Hostile title that ends in a backslash \\',
      'Hostile math with a brace a{b inside',
      'Hostile <b>Bold</b> and <i>MoE</i> Commands',
      'Hostile ids',
      'Hostile link',
    ]);
    const ids = fields[reply.entries.findIndex((e) => e.paperId === 'case-3')];
    expect(ids).toMatchObject({ doi: '10.1000/a%7Db', eprint: '2501.00001%7D', primaryclass: 'cs.L}G' });
    expect(fields[reply.entries.findIndex((e) => e.paperId === 'case-4')]?.url).toBe('https://arxiv.org/abs/x%7Dy');
  });
});
