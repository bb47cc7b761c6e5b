import { formatDate } from '../listing/dates.js';
import type { Paper } from '../listing/paper.js';
import type { PaperIndex } from '../search/paper-index.js';
import { tally } from '../base/tally.js';
import { type Answer, decline } from './answer.js';
import { plural } from './answer.js';
import { spotNames } from './entities.js';
import { numberOf } from './number-words.js';
import { ORDINAL, ordinalDigits, placeOf } from './rank-words.js';
import { type Ranking, paperRanking, personScope } from './ranking.js';

/** What stands in a ranking: a paper, a person, a category, or a day or year of first versions. */
type Subject =
  | { kind: 'paper'; paper: Paper }
  | { kind: 'person'; name: string }
  | { kind: 'category'; code: string }
  | { kind: 'day' | 'year'; value: string };

// "where does Pimba rank by number of authors", "what rank does Avanti Athreya have", "cs.AI - where does it land".
const LOOKUP =
  /\b(?:where (?:does|do|did|would) .+? (?:rank|land|come|sit|stand|fall|place)|what (?:rank|place|position|number) (?:does|do|is|would)\b)/i;
// "is Divyat Mahajan the 2nd most prolific author", "is cs.RO at 5th", "is MMSearch among the five newest".
const CLAIM = new RegExp(
  String.raw`^(?:[^:?]{1,80}:\s*)?(?:is|was|are|does|did)\b.*?\b(?:(?:the |at |in )(1st|${ORDINAL})\b|(?<=\s)(1st|${ORDINAL})\s*[?.!]*$|(?:among|in|one of) the (?:top (\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\b|(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) (?=(?:most|\w+est)\b))|(?:have|has) the (shortest|longest|fewest|most|oldest|newest)\b)`,
  'i',
);
const CODE = /\b([a-z][a-z-]*\.[A-Za-z-]+|astro-ph|cond-mat|gr-qc|hep-(?:ex|lat|ph|th)|math-ph|quant-ph)\b/;

/** "Where does X rank by Y", "is X the 2nd most Y", "is X in the top 5 by Y": answered from a ranking; undefined for other questions. */
export function rankOf(index: PaperIndex, text: string, question = text): Answer | undefined {
  // As asked: "before WaveletGPT" is a paper here, not the day the date readers made of it.
  const above = ABOVE.exec(question) ?? ABOVE.exec(text);
  const lookup = LOOKUP.test(text) || above !== null;
  const claim = lookup ? null : CLAIM.exec(text);
  const first = lookup ? null : FIRST_CLAIM.exec(text);
  const firstClaim = namedPaper(index, first?.[1] ?? first?.[2] ?? first?.[3] ?? first?.[4]);
  if (!lookup && !claim && !firstClaim) return undefined;
  // "Context Diffusion … among Abhimanyu Dubey's papers": a paper ranked among one person's papers.
  const scope = personScope(index, text);
  const named = namedPaper(index, above?.[2] ?? NAMED.exec(text)?.[1]);
  const subject = firstClaim ?? named ?? subjectOf(index, scope?.rest ?? text);
  if (!subject) return undefined;
  if (scope && subject.kind === 'paper' && !scope.person.papers.includes(subject.paper)) return undefined;
  // The order words may be layout the cleaning set aside ("oldest first"): read from the question as asked too.
  const order = `${text} ${question}`;
  const rows =
    scope && subject.kind === 'paper'
      ? paperRanking(index, subject.paper, order, scope.person.papers)
      : rankingOf(index, subject, order);
  if (rows && scope) rows.noun = `papers by ${scope.person.name}`;
  if (!rows) return subject.kind === 'paper' && !lookup ? noMeasure(subject.paper) : undefined;
  if (above) return aboveAnswer(rows, above[1] as string);
  const at = rows.rows.findIndex((r) => r.subject);
  if (at < 0) return subject.kind === 'paper' ? unstated(subject.paper, rows.by) : undefined;
  const place = 1 + rows.rows.filter((r) => rows.better(r.value, rows.rows[at]!.value)).length;
  const tied = rows.rows.filter((r) => r.value === rows.rows[at]!.value).length;
  const said = `${rows.rows[at]!.label} ranks ${tied > 1 ? 'tied ' : ''}${ordinalDigits(place)} of ${rows.rows.length} ${rows.noun} by ${rows.by}${tied > 1 ? ` (${tied} share that place)` : ''}: ${rows.shown(rows.rows[at]!.value)}`;
  const understood = `where ${rows.rows[at]!.label} ranks among the ${rows.noun} by ${rows.by}`;
  const papers = subject.kind === 'paper' ? [subject.paper] : (rows.papersOf?.() ?? []);
  if (lookup) return { answer: `${said}${rows.note}.`, understood, papers };
  const topWords = claim?.[3] ?? claim?.[4];
  const top = topWords ? numberOf(topWords) : undefined;
  const asked = top ?? placeOf(claim?.[1] ?? claim?.[2] ?? '1st') ?? 1;
  const yes = top ? place <= top : place === asked && tied === 1;
  const within = top ? `, ${yes ? 'within' : 'outside'} the top ${top}` : '';
  // Hidden names could move a person past another: unsure unless every reading gives the same answer.
  const range = rows.range?.();
  const sure =
    !range || (top ? range[1] <= top || range[0] > top : range[0] === range[1] || asked < range[0] || asked > range[1]);
  if (range && !sure)
    return {
      answer: `Cannot tell: going by the names shown, ${said}${within}${rows.note}; with the hidden names the place could be ${ordinalDigits(range[0])} to ${ordinalDigits(range[1])}.`,
      understood,
      papers,
    };
  return { answer: `${yes ? 'Yes' : 'No'}: ${said}${within}${rows.note}.`, understood, papers };
}

// "is Llama 3 the newest paper", "was Pimba the longest": a paper, named in full, said to be first by a measure.
const FIRST_CLAIM =
  /^(?:[^:?]{1,80}:\s*)?(?:(?:is|was) (.+?)|(?:(?:can i (?:say|write|claim)|is it (?:right|true|correct|accurate|fair)(?: to say)?) that )(.+?) (?:is|was)|(?:does|did) (.+?) (?:have|has)|((?:(?!\b(?:which|what|who|whose)\b)[^,;:?—–])+?) (?:has|had)) (?:really |actually |also )?the (?:very )?(?:newest|oldest|latest|earliest|most recent|longest|shortest|biggest|smallest|largest|most|fewest)\b/i;

/** A place claimed with no measure to rank by ("is LeaseGuard second"): declined, never answered by the paper alone. */
function noMeasure(paper: Paper): Answer {
  return decline(
    `a place of "${paper.title}" in a ranking`,
    `I can tell where "${paper.title}" ranks by first-version or latest-version date, pages, number of authors, title length, number of categories or arXiv id; say which, for example "is it the second newest?"`,
  );
}

function unstated(paper: Paper, by: string): Answer {
  const what = by.replace(/,.*$/, '');
  return decline(
    `where "${paper.title}" ranks by ${what}`,
    `"${paper.title}" does not state its ${what}, so it has no place in that order.`,
  );
}

// "how many papers rank above PROSERVE by page count".
const ABOVE =
  /(?:^|[.?!,]\s+)how many papers (?:rank|come|are|sit) (above|below|ahead of|behind|before|after) (.+?)(?: (?:by|for|in) |\W*$)/i;
// "what position is LeaseGuard", "what number is MoETuner": the paper asked about.
const NAMED = /\bwhat (?:rank|place|position|number) (?:is|does) (.+?)(?: have| in\b| when\b| among\b|\W*$)/i;

function namedPaper(index: PaperIndex, ref: string | undefined): Subject | undefined {
  const found = ref
    ? index.findPaper(ref.replace(/^the\s+/i, '').replace(/\s+paper$/i, ''), { strict: true })
    : undefined;
  return found?.kind === 'found' ? { kind: 'paper', paper: found.paper } : undefined;
}

function aboveAnswer(rows: Ranking, side: string): Answer | undefined {
  const at = rows.rows.find((r) => r.subject);
  if (!at) return undefined;
  const ahead = /above|ahead|before/i.test(side);
  // "before" and "after" go by the value itself (an earlier date, a lower id), whichever way the ranking runs.
  const inTime = /before|after/i.test(side);
  const n = rows.rows.filter((r) =>
    inTime
      ? ahead
        ? r.value < at.value
        : r.value > at.value
      : ahead
        ? rows.better(r.value, at.value)
        : rows.better(at.value, r.value),
  ).length;
  return {
    answer: `${plural(n, 'paper')} of ${rows.rows.length} ${inTime ? `come ${ahead ? 'before' : 'after'}` : `rank ${ahead ? 'above' : 'below'}`} ${at.label} by ${rows.by.replace(/, (?:counted from|lowest first|fewest first).*$/, '')} (${rows.shown(at.value)}; ties not counted).`,
    understood: `the papers ranked ${ahead ? 'above' : 'below'} ${at.label} by ${rows.by}`,
    papers: [],
  };
}

function subjectOf(index: PaperIndex, text: string): Subject | undefined {
  const code = CODE.exec(text)?.[1];
  if (code) return { kind: 'category', code };
  const day = /\b(\d{1,2}) (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?: (\d{4}))?\b/i.exec(text);
  if (day) return dayOf(index, day);
  const year = /\b((?:19|20)\d{2})\b/.exec(text)?.[1];
  if (year && /\byears?\b|^(?:is|was|did|does) (?:the year )?(?:19|20)\d{2}\b/i.test(text))
    return { kind: 'year', value: year };
  const person = spotNames(index, text).mentions.find((m) => m.kind === 'author');
  if (person?.kind === 'author') return { kind: 'person', name: person.author.name };
  const ref = text
    .replace(
      /^.*?\b(?:where (?:does|do|did|would)|what (?:rank|place|position|number) (?:does|do|is|would)|is|was|does|did)\s+/i,
      '',
    )
    .replace(/\s+(?:rank|land|come|sit|stand|fall|place|have|has|in|the|among|at)\b.*$/i, '')
    .replace(new RegExp(String.raw`\s+(?:1st|${ORDINAL})\W*$`, 'i'), '');
  const found = index.findPaper(ref.replace(/^the\s+/i, '').replace(/\s+paper$/i, ''));
  return found.kind === 'found' ? { kind: 'paper', paper: found.paper } : undefined;
}

function dayOf(index: PaperIndex, m: RegExpExecArray): Subject | undefined {
  const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
  const month = String(months.indexOf((m[2] as string).toLowerCase().slice(0, 3)) + 1).padStart(2, '0');
  const day = (m[1] as string).padStart(2, '0');
  const found = index.papers.find(
    (p) => p.submitted.slice(5) === `${month}-${day}` && (!m[3] || p.submitted.startsWith(m[3])),
  );
  return found ? { kind: 'day', value: found.submitted } : undefined;
}

function rankingOf(index: PaperIndex, subject: Subject, text: string): Ranking | undefined {
  const most = (a: number, b: number) => a > b;
  const count = (
    noun: string,
    by: string,
    counts: Map<string, number>,
    isSubject: (k: string) => boolean,
    label = (k: string) => k,
  ): Ranking => ({
    rows: [...counts].map(([k, v]) => ({ label: label(k), value: v, subject: isSubject(k) })),
    better: most,
    noun,
    by,
    shown: (v) => plural(v, 'paper'),
    note: '',
  });
  if (subject.kind === 'category') {
    const primary = /\bprimary\b/i.test(text);
    const counts = tally(index.papers.flatMap((p) => (primary ? p.categories.slice(0, 1) : p.categories)));
    return count(primary ? 'primary categories' : 'categories', 'number of papers', counts, (k) => k === subject.code);
  }
  if (subject.kind === 'day' || subject.kind === 'year') {
    const cut = subject.kind === 'day' ? 10 : 4;
    const counts = tally(index.papers.map((p) => p.submitted.slice(0, cut)));
    const label = subject.kind === 'day' ? (k: string) => formatDate(k) : (k: string) => k;
    return count(
      `${subject.kind}s`,
      'number of papers first submitted',
      counts,
      (k) => k === subject.value.slice(0, cut),
      label,
    );
  }
  if (subject.kind === 'person') return personRanking(index, subject.name, text, count);
  return subject.kind === 'paper' ? paperRanking(index, subject.paper, text) : undefined;
}

function personRanking(
  index: PaperIndex,
  name: string,
  text: string,
  count: (noun: string, by: string, c: Map<string, number>, s: (k: string) => boolean) => Ranking,
): Ranking {
  const position = /\bfirst[- ]author/i.test(text) ? 'first' : /\blast[- ]author/i.test(text) ? 'last' : undefined;
  const ranked = index.people.rank(index.papers, position ? { position } : {});
  const counts = new Map(ranked.slice().map((a) => [a.name, a.papers.length]));
  const hidden = index.papers.filter((p) => p.hiddenAuthorCount > 0).length;
  const ranking = count(
    'people',
    position ? `papers as ${position} author` : 'number of papers',
    counts,
    (k) => k === name,
  );
  const note =
    hidden > 0 && position !== 'first'
      ? ` (by the names shown: ${plural(hidden, 'paper')} hide${hidden === 1 ? 's' : ''} some authors)`
      : '';
  const papersOf = () => ranked.slice().find((a) => a.name === name)?.papers ?? [];
  if (position === 'first' || hidden === 0) return { ...ranking, note, papersOf };
  // Each person could be hidden on any paper that hides names and does not show them.
  const hiddenPapers = index.papers.filter((p) => p.hiddenAuthorCount > 0);
  const high = (who: string, n: number) => n + hiddenPapers.filter((p) => !p.authors.includes(who)).length;
  const range = (): [number, number] => {
    const low = counts.get(name) ?? 0;
    const people = [...counts].filter(([k]) => k !== name);
    const surely = people.filter(([, n]) => n > high(name, low)).length;
    const maybe = people.filter(([k, n]) => high(k, n) >= low).length;
    return [surely + 1, maybe + 1];
  };
  return { ...ranking, note, papersOf, range };
}
