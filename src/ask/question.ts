import { formatDate } from '../listing/dates.js';
import { editDistance, termOf, words } from '../listing/text.js';
import { type Paper, isRevised } from '../listing/paper.js';
import type { Author } from '../search/author-map.js';
import type { PaperIndex } from '../search/paper-index.js';
import { type Answer, type Intent, type Interpretation, joinAnd, plural } from './answer.js';
import { type Filters, type NameMention, spotNames } from './entities.js';

/** The groups a question pattern captured. */
export type Groups = Record<string, string | undefined>;
/** Answers a question a pattern matched, or null to let the next pattern try. */
export type Handler = (g: Groups, q: Question) => Answer | null;

/** A question after clean-up, with the index it is asked of. */
export interface Question {
  text: string;
  index: PaperIndex;
}

export function decline(understood: string, message: string, papers: Paper[] = []): Answer {
  return { answer: message, understood, papers, interpretation: { intent: 'unknown' }, declined: true };
}

export function ambiguous(mention: Extract<NameMention, { kind: 'ambiguous' }>, intent: Intent): Answer {
  const list = mention.candidates.slice(0, 10).map((c) => `${c.name} (${plural(c.paperCount, 'paper')})`);
  return {
    answer: `"${mention.text}" could be ${plural(mention.candidates.length, 'author')}: ${joinAnd(list)}${mention.candidates.length > 10 ? ', …' : ''}. Which one do you mean?`,
    understood: `a question about "${mention.text}", who is not one person in this listing`,
    papers: [],
    interpretation: { intent },
    candidates: mention.candidates,
  };
}

/** One author named in a text, or the answer to give instead (ambiguous, unknown). */
export function oneAuthor(q: Question, text: string, intent: Intent): Author | Answer {
  const { mentions } = spotNames(q.index, text);
  const mention = mentions[0];
  if (mention?.kind === 'author') return mention.author;
  if (mention?.kind === 'ambiguous') return ambiguous(mention, intent);
  const found = q.index.authors.find(text.replace(/^(?:the )?(?:author |researcher )?/i, ''));
  if (found.kind === 'found') return found.author;
  if (found.kind === 'ambiguous') return ambiguous({ kind: 'ambiguous', text, candidates: found.candidates }, intent);
  const hint = found.kind === 'suggestions' ? ` Did you mean ${joinAnd(found.suggestions.map((s) => s.name))}?` : '';
  // Papers that list only part of their authors may hide this person: the listing cannot tell.
  const cut = q.index.papers.filter((p) => p.hiddenAuthorCount > 0);
  const hidden = cut.reduce((n, p) => n + p.hiddenAuthorCount, 0);
  const unknown =
    cut.length > 0
      ? `I don't know an author named "${text}" among the listed authors; but ${plural(cut.length, 'paper')} ${cut.length === 1 ? 'shows' : 'show'} only part of ${cut.length === 1 ? 'its' : 'their'} author list (${hidden.toLocaleString('en-US')} ${hidden === 1 ? 'name' : 'names'} not shown), so the listing cannot tell whether they wrote any.`
      : `I don't know an author named "${text}" in this listing.`;
  return {
    ...decline(`a question about "${text}"`, `${unknown}${hint}`),
    interpretation: { intent },
    ...(found.kind === 'suggestions' ? { candidates: found.suggestions } : {}),
  };
}

/**
 * ", though 2 papers that could be among them show only part of their authors (1,835 names not
 * shown), so the listing cannot rule it out": said after a "no" that rests on author lists.
 */
export function hiddenCaveat(papers: readonly Paper[]): string {
  const cut = papers.filter((p) => p.hiddenAuthorCount > 0);
  if (cut.length === 0) return '';
  const hidden = cut.reduce((n, p) => n + p.hiddenAuthorCount, 0);
  return `, though ${plural(cut.length, 'paper')} that could be among them ${cut.length === 1 ? 'shows' : 'show'} only part of ${cut.length === 1 ? 'its' : 'their'} authors (${hidden.toLocaleString('en-US')} ${hidden === 1 ? 'name' : 'names'} not shown), so the listing cannot rule it out`;
}

/** The paper a phrase names ("Pimba", "the Llama 3 paper", "the paper on pulse oximetry"). */
export function onePaper(q: Question, phrase: string, intent: Intent): Paper | Answer {
  const ref = phrase
    .replace(/^["']|["']$/g, '')
    .replace(
      /^(?:the |a |an |that |this )?(?:paper|article|preprint|work|study|publication)\s+(?:on|about|called|titled|named|regarding)?\s*/i,
      '',
    )
    .replace(/^(?:the |a |an |that |this )/i, '')
    .replace(/\s+(?:paper|article|preprint|publication)$/i, '')
    .replace(/^["']|["']$/g, '')
    .trim();
  if (!ref)
    return decline(
      `a question about a paper`,
      'Which paper do you mean? Name it by a word of its title, for example "Pimba".',
    );
  const match = q.index.findPaper(ref);
  if (match.kind === 'found') return match.paper;
  if (match.kind === 'candidates') {
    return {
      answer: `Several papers match "${ref}": ${joinAnd(match.papers.map((p) => `"${p.title}" (${p.id})`))}. Which one do you mean?`,
      understood: `a question about the paper "${ref}"`,
      papers: match.papers,
      interpretation: { intent },
    };
  }
  return {
    ...decline(`a question about the paper "${ref}"`, `I can't find a paper matching "${ref}" in this listing.`),
    interpretation: { intent },
  };
}

export function isAnswer(x: unknown): x is Answer {
  return typeof x === 'object' && x !== null && 'answer' in x && 'understood' in x;
}

export function paperRef(p: Paper): Interpretation['paper'] {
  return { id: p.id, title: p.title };
}

/** Applies filters to the listing; returns the papers (ranked by topic, else newest first) and a description. */
export function applyFilters(
  q: Question,
  f: Filters,
  intent: Intent,
): { papers: Paper[]; described: string; interpretation: Interpretation } | Answer {
  const people: Author[] = [];
  for (const m of f.names) {
    if (m.kind === 'ambiguous') return ambiguous(m, intent);
    if (!people.includes(m.author)) people.push(m.author);
  }
  if (f.unread.length > 0)
    return decline(
      `a question with "${f.unread.join('", "')}"`,
      `I can't apply "${f.unread[0]}" to the papers yet, and answering without it would answer a different question. Ask for what the papers are, not what they are not (for example "papers about diffusion in 2024").`,
    );
  let papers: Paper[] = [...q.index.newest];
  let note = '';
  if (f.topic) {
    const found = topicPapers(q.index, f.topic);
    papers = found.papers;
    note = topicNote(found);
    // Capitalized words that match nothing are most likely a name we do not know.
    if (papers.length === 0 && /^(?:\p{Lu}[\p{L}.'-]*\s*){1,4}$/u.test(f.topic))
      return oneAuthor(q, f.topic, intent) as Answer;
  }
  for (const a of people) papers = papers.filter((p) => a.papers.includes(p));
  papers = papers.filter(inPeriod(f));

  const field = f.dateField;
  const dated = f.year !== undefined || f.month !== undefined || f.from !== undefined || f.until !== undefined;
  let described =
    f.revised === false
      ? 'papers never revised'
      : f.revised && !(field === 'updated' && dated)
        ? 'revised papers'
        : 'papers';
  if (people.length === 1) described += ` by ${(people[0] as Author).name}`;
  else if (people.length > 1) described += ` by ${joinAnd(people.map((a) => a.name))} together`;
  if (f.topic) described += ` about "${f.topic}"`;
  described += note;
  const verb = field === 'announced' ? 'announced' : field === 'updated' ? 'last revised' : 'submitted';
  if (f.month) described += ` ${verb} in ${formatDate(f.month)}`;
  else if (f.year !== undefined) described += ` ${verb} in ${f.year}`;
  if (f.from && f.until) {
    // "until" is the first day after the period: say its last day.
    const last = new Date(Date.parse(`${f.until}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    described += ` ${verb} from ${formatDate(f.from)} to ${formatDate(last)}`;
  } else if (f.from) described += ` ${verb} since ${formatDate(f.from)}`;
  else if (f.until) described += ` ${verb} before ${formatDate(f.until)}`;
  if (f.relative) described += ` (${f.relative})`;
  if (described === 'papers') described = 'papers in the listing';

  const interpretation: Interpretation = { intent };
  if (people.length) interpretation.authors = people.map((a) => a.name);
  if (f.topic) interpretation.topic = f.topic;
  if (f.year !== undefined) interpretation.year = f.year;
  if (f.month) interpretation.month = f.month;
  if (f.from) interpretation.from = f.from;
  if (f.until) interpretation.until = f.until;
  if (f.revised !== undefined) interpretation.revised = f.revised;
  if (dated) interpretation.dateField = field;
  return { papers, described, interpretation };
}

/** Whether a paper falls in the question's period and revision state, by the date the question names. */
function inPeriod(f: Filters): (p: Paper) => boolean {
  const field = f.dateField;
  // Announcements are months: compare periods by month.
  const cut = (iso: string) => (field === 'announced' ? iso.slice(0, 7) : iso);
  return (p) => {
    if (f.revised !== undefined && isRevised(p) !== f.revised) return false;
    if (field === 'updated' && !isRevised(p)) return false;
    const date = p[field];
    if (f.month) {
      if (!date.startsWith(f.month)) return false;
    } else if (f.year !== undefined && !date.startsWith(String(f.year))) return false;
    if (f.from && date < cut(f.from)) return false;
    if (f.until && date >= cut(f.until)) return false;
    return true;
  };
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Words that say what kind of work a paper is ("systems", "models"), not what it is about. */
export const GENERIC_TOPIC_WORDS: ReadonlySet<string> = new Set(
  [
    'system',
    'systems',
    'model',
    'models',
    'approach',
    'method',
    'methods',
    'paper',
    'study',
    'framework',
    'technique',
    'analysis',
  ]
    .map((w) => termOf(w))
    .filter((t): t is string => t !== null),
);

/**
 * The papers a topic is evidence for: every content word of it in the title or abstract (stemmed;
 * the listing's acronyms count). A word no title or abstract has is read as its nearest spelling
 * only when the listing has one within two edits, and the answer says so ("read ... as ...");
 * otherwise the answer is none: typo tolerance is never evidence of a topic.
 */
export function topicPapers(
  index: PaperIndex,
  topic: string,
): { papers: Paper[]; unmentioned: string[]; corrected: [string, string][] } {
  const corrected: [string, string][] = [];
  const unmentioned: string[] = [];
  for (const w of words(topic)) {
    const term = termOf(w);
    if (term === null || index.hasTextTerm(term)) continue;
    const fix = nearestWord(index, w, term);
    if (fix) corrected.push([w, fix]);
    else unmentioned.push(w);
  }
  if (unmentioned.length > 0) return { papers: [], unmentioned, corrected };
  let read = topic;
  for (const [from, to] of corrected) read = read.replace(from, to);
  // Generic words ("systems" in "recommendation systems") are not asked of every paper.
  const specific = words(read).filter((w) => !GENERIC_TOPIC_WORDS.has(termOf(w) ?? ''));
  if (specific.length > 0) read = specific.join(' ');
  return { papers: index.search(read, { allWords: true }).hits.map((h) => h.paper), unmentioned, corrected };
}

/** The listing's word nearest to a word it does not have (one edit, two for long words), as a paper writes it. */
function nearestWord(index: PaperIndex, word: string, term: string): string | undefined {
  const hit = index.search(word).hits[0];
  if (!hit) return undefined;
  const typed = word.toLowerCase();
  const limit = typed.length <= 6 ? 1 : 2;
  let best: { word: string; distance: number } | undefined;
  for (const w of words(`${hit.paper.title} ${hit.paper.abstract}`)) {
    const t = termOf(w);
    if (t === null || t === term || !hit.terms.includes(t)) continue;
    const distance = editDistance(w.toLowerCase(), typed, limit);
    if (distance <= limit && (!best || distance < best.distance)) best = { word: w.toLowerCase(), distance };
  }
  return best?.word;
}

/** " (read "x" as "y"; no paper mentions "z")": what a topic's words were taken for. */
export function topicNote(found: { unmentioned: string[]; corrected: [string, string][] }): string {
  const parts = [
    ...found.corrected.map(([from, to]) => `read "${from}" as "${to}"`),
    ...(found.unmentioned.length ? [`no paper mentions ${found.unmentioned.map((w) => `"${w}"`).join(' or ')}`] : []),
  ];
  return parts.length ? ` (${parts.join('; ')})` : '';
}
