import type { Paper } from '../listing/paper.js';
import { termsOf } from '../search/terms.js';
import { type Selection, selectPapers } from '../search/filter-engine.js';
import { clausesOf } from '../search/paper-filter.js';
import type { PaperIndex } from '../search/paper-index.js';
import { type Answer, joinAnd, plural } from './answer.js';
import { averageAnswer, distributionAnswer, topGroupAnswer } from './answer-aggregates.js';
import { extremeAnswer } from './answer-extremes.js';
import { compareAnswer } from './answer-compare.js';
import { type OnEach, authorsAnswer, countOtherAnswer, profileAnswer, topAuthorsAnswer } from './answer-people.js';
import { yesNoPapers } from './answer-yes-no.js';
import {
  type FieldAnswer,
  type ListingHas,
  describePaper,
  fieldAnswer,
  listingHas,
  yesNoField,
} from './answer-fields.js';
import { type Said, countAnswer, listAnswer, unsureNote } from './answer-sets.js';
import { describeFilter } from './describe-filter.js';
import { describeQuestion } from './describe-question.js';
import type { TypedQuestion } from './typed-question.js';

/** Runs a typed question over the listing: the one place questions become answers. */
export function runQuestion(index: PaperIndex, q: TypedQuestion, asked: string[], notes: string[] = []): Answer {
  const sel = selectPapers(index, q.papers);
  sel.notes.push(...notes);
  const described = describeFilter(q.papers).replace(/^all papers in the listing$/, 'papers in the listing');
  const said = say(index, q, sel, described);
  return {
    answer: said.text,
    understood: understoodOf(index, q) + (sel.notes.length ? ` (${[...new Set(sel.notes)].join('; ')})` : ''),
    papers: said.papers,
    query: q,
    ...(asked.length ? { asked } : {}),
    ...(said.declined ? { declined: true } : {}),
    ...(said.parts ? { parts: said.parts } : {}),
  };
}

/** The typed query in words, with a named paper's title in place of its id. */
function understoodOf(index: PaperIndex, q: TypedQuestion): string {
  let text = describeQuestion(q);
  for (const c of [...clausesOf(q.papers), ...clausesOf(q.never?.papers ?? null)])
    if (c.kind === 'paper') for (const id of c.ids) text = text.replace(id, `"${index.get(id)?.title ?? id}"`);
  return text;
}

type Outcome = Said & { parts?: Answer[] };

function say(index: PaperIndex, q: TypedQuestion, sel: Selection, described: string): Outcome {
  const ranked =
    q.papers !== null &&
    ('kind' in q.papers
      ? q.papers.kind === 'topic'
      : 'all' in q.papers && q.papers.all.some((f) => 'kind' in f && f.kind === 'topic'));
  switch (q.want) {
    case 'papers':
      return listAnswer(sel, described, ranked, q.limit);
    case 'count':
      if (q.countOf && q.countOf !== 'papers') return countOtherAnswer(index, sel, q, described);
      return q.share ? shareAnswer(index, q, sel, described) : countAnswer(sel, described);
    case 'yesno':
      if (q.fields?.length) return oneField(index, q, sel, (p, has) => yesNoField(p, q.fields![0]!, has));
      return yesNoPapers(index, q, sel, described);
    case 'field':
      return q.each ? unsure(fields(index, q, sel), sel) : fields(index, q, sel);
    case 'describe': {
      const p = sel.papers[0];
      return p
        ? { text: describePaper(p), papers: [p] }
        : { text: 'I found no such paper in this listing.', papers: [], declined: true };
    }
    case 'authors':
      return authorsAnswer(index, sel, q, described, onEachOf(index, q));
    case 'compare':
      return compareAnswer(index, q);
    case 'profile':
      return profileAnswer(index, q);
    case 'distribution':
      return distributionAnswer(sel.papers, q, described);
    case 'superlative':
      if (q.groupBy === 'author') return topAuthorsAnswer(index, sel, q, described);
      if (q.groupBy) return unsure(topGroupAnswer(sel.papers, q, described), sel);
      return withFields(index, q, unsure(titleFirstAnswer(index, sel.papers, q, described), sel));
    case 'average':
      return averageAnswer(sel.papers, q, described);
  }
}

/** The one paper a field question selects: none or several is a decline that says so. */
function onlyPaper(sel: Selection, q: TypedQuestion): Paper | Said {
  const [p, second] = sel.papers;
  const words = clausesOf(q.papers).flatMap((c) => (c.kind === 'topic' ? [c.words] : []));
  const ref = words.length ? ` "${words.join(' ')}"` : '';
  if (!p)
    return { text: `I can't find a paper matching${ref || ' that'} in this listing.`, papers: [], declined: true };
  if (second)
    return {
      text: `Several papers match${ref}: ${joinAnd(sel.papers.slice(0, 5).map((x) => `"${x.title}"`))}${sel.papers.length > 5 ? ', …' : ''}. Which one do you mean?`,
      papers: sel.papers.slice(0, 5),
      declined: true,
    };
  return p;
}

function oneField(
  index: PaperIndex,
  q: TypedQuestion,
  sel: Selection,
  answer: (p: Paper, has: ListingHas) => FieldAnswer,
): Said {
  const p = onlyPaper(sel, q);
  if ('text' in p) return p;
  const a = answer(p, listingHas(index.papers));
  return { text: a.text, papers: [p], ...(a.declined ? { declined: true } : {}) };
}

/** Fields of one paper; several fields give one part each. */
function fields(index: PaperIndex, q: TypedQuestion, sel: Selection): Outcome {
  if (q.each) return eachPaperFields(index, q, sel.papers);
  const p = onlyPaper(sel, q);
  if ('text' in p) return p;
  const has = listingHas(index.papers);
  const answers = (q.fields ?? []).map((f) => ({ f, a: fieldAnswer(p, f, has, q.nth) }));
  if (answers.length === 1) {
    const { a } = answers[0] as { a: { text: string; declined?: boolean } };
    return { text: a.text, papers: [p], ...(a.declined ? { declined: true } : {}) };
  }
  const parts: Answer[] = answers.map(({ f, a }) => ({
    answer: a.text,
    understood: describeQuestion({ ...q, fields: [f] }).replace(`the paper ${p.id}`, `"${p.title}"`),
    papers: [p],
    query: { ...q, fields: [f] },
    ...(a.declined ? { declined: true } : {}),
  }));
  const declined = parts.every((x) => x.declined);
  return { text: parts.map((x) => x.answer).join(' '), papers: [p], parts, ...(declined ? { declined: true } : {}) };
}

const EACH_MAX = 20;

/** The asked fields of each selected paper, a sentence each. */
function eachPaperFields(index: PaperIndex, q: TypedQuestion, papers: readonly Paper[]): Said {
  if (papers.length === 0) return { text: 'There are no such papers, so there is nothing to show.', papers: [] };
  const has = listingHas(index.papers);
  const shown = papers.slice(0, EACH_MAX);
  const lines = shown.map((p) => (q.fields ?? []).map((f) => fieldAnswer(p, f, has, q.nth).text).join(' '));
  const more = papers.length > EACH_MAX ? ` And ${plural(papers.length - EACH_MAX, 'more paper')}.` : '';
  return { text: [...new Set(lines)].join(' ') + more, papers: shown };
}

/** "who has papers in both 2022 and 2025": whether a person has papers among each of the asked sets. */
function onEachOf(index: PaperIndex, q: TypedQuestion): OnEach | undefined {
  if (!q.onEach) return undefined;
  const sets = q.onEach.map((f) => new Set(selectPapers(index, f).papers));
  return {
    keep: (papers) => sets.every((set) => papers.some((p) => set.has(p))),
    described: q.onEach.map(describeFilter),
  };
}

/** "Dhruv Mahajan's newest paper": said with the papers that hide authors and so could also be his. */
function unsure(said: Said, sel: Selection): Said {
  const note = said.declined ? '' : unsureNote(sel);
  return note ? { ...said, text: said.text.replace(/\.?$/, `${note}.`) } : said;
}

/** "who wrote the oldest paper": the paper a superlative picks (each of its ties), then the fields asked of it. */
function withFields(index: PaperIndex, q: TypedQuestion, said: Said): Said {
  if (!q.fields?.length || said.declined || said.papers.length === 0) return said;
  return { text: `${said.text} ${eachPaperFields(index, q, said.papers).text}`, papers: said.papers };
}

/** "22 of the 50 papers (44%)", or of the papers the share is of. */
function shareAnswer(index: PaperIndex, q: TypedQuestion, sel: Selection, described: string): Said {
  const n = sel.papers.length;
  const of = q.shareOf ? selectPapers(index, q.shareOf).papers.length : index.size;
  const whole = q.shareOf ? describeFilter(q.shareOf) : 'papers in the listing';
  // One decimal, none when whole: "58%", "70.7%".
  const pct = of ? Number(((100 * n) / of).toFixed(1)) : 0;
  return { text: `${n} of the ${of} ${whole} (${pct}%) are ${described}.`, papers: sel.papers };
}

/**
 * For the newest or oldest paper on a topic, the papers whose title has the topic's words, when
 * any do: a title says what a paper is about, an abstract may only mention it.
 */
function titleFirst(index: PaperIndex, papers: readonly Paper[], q: TypedQuestion): readonly Paper[] {
  if ((q.measure !== 'submitted' && q.measure !== 'updated') || q.anyMention) return papers;
  const topic = clausesOf(q.papers).flatMap((c) => (c.kind === 'topic' ? termsOf(c.words) : []));
  if (topic.length === 0) return papers;
  const inTitle = papers.filter((p) => index.titleHas(p, topic));
  // "The 5 newest" when fewer titles name it: all the papers on it are ranked, not only those titles.
  return inTitle.length > 0 && inTitle.length >= (q.limit ?? 1) ? inTitle : papers;
}

/** The newest or oldest paper on a topic, saying when only the papers whose title names it were ranked. */
function titleFirstAnswer(index: PaperIndex, papers: readonly Paper[], q: TypedQuestion, described: string): Said {
  const ranked = titleFirst(index, papers, q);
  const said = extremeAnswer(ranked, q, described);
  if (ranked.length === papers.length || said.declined) return said;
  const note = ` (ranked among the ${ranked.length} of ${papers.length} papers whose title has the topic's words: a title match ranks first)`;
  return { ...said, text: said.text.replace(/\.?$/, `${note}.`) };
}
