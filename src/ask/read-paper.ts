import type { Paper } from '../listing/paper.js';
import type { PaperIndex } from '../search/paper-index.js';
import type { PaperMatch } from '../search/find-paper.js';
import { contentWords } from './read-topics.js';
import type { QuestionText } from './question-text.js';

/** The one paper a question is about, several it could be, or none. */
export type PaperRef = { paper: Paper } | { candidates: Paper[]; ref: string } | null;

const ID = /\b(\d{4}\.\d{4,5})(?:v\d+)?\b/;
const QUOTED = /["“‘'](?=\S)([^"”’]{3,}?)["”’](?=[\s?.,!]|$)/;

// Words that ask about a paper rather than name it, set aside at the edges of what is left.
const ASKING = new Set(
  `who whom whose what whats what's when where wheres where's which how many long is was were are did does do has have
  had can could i i'm im me get find give show tell list say says said the a an of for on in at to it its it's paper
  article preprint work please after looking need remember there any got been published accepted submitted first last
  latest revised updated announced originally version date author authors wrote written write authored coauthored
  co-authored co-author coauthor id arxiv doi page pages figure figures table tables category categories primary
  cross-listed cross listed comment comments journal ref code repo repository link project url abstract title number count
  and with about called titled named same day all many much whole full second third one under an by is what's
  come came out submission revision announcement date propose proposes do does introduce present study show
  did apart from except besides other than during within over across since until before after week weeks days covers
  ending`.split(/\s+/),
);

/**
 * Finds the paper a question names: an arXiv id, a quoted title, "the X paper", or what is left
 * once the asking words are set aside, when that is a title, a short name or words of one title.
 * `loose` allows the best search hit (for "the paper that simulates the fly brain…").
 */
export function readPaperRef(text: QuestionText, index: PaperIndex): PaperRef {
  const id = text.take(ID);
  if (id) {
    const found = index.findPaper(id[1] as string, { strict: true });
    return found.kind === 'found' ? { paper: found.paper } : null;
  }
  const quoted = QUOTED.exec(text.rest);
  if (quoted) {
    const found = index.findPaper(quoted[1] as string);
    if (found.kind === 'found') {
      text.blank(quoted.index, quoted.index + quoted[0].length);
      return { paper: found.paper };
    }
  }
  const described =
    /\b(?:the|a|that|this) (?:[\w-]+ )?(?:paper|article|preprint|one|review|survey|study) (?:about|on|that|where|which|called|titled|named|with)\s+(.+?)(?:\s+-\s+|\s*[?,]|$)|\bthe ((?:(?!\bthe\b)[^?,])+?) (?:paper|article|preprint|review|survey|work|study)\b/i.exec(
      text.rest,
    );
  // "the paper that got a new version this week": conditions on papers, not a description of one.
  if (
    described &&
    !(/^\S+ (?:paper|article|preprint|one) (?:that|which)\b/i.test(described[0]) && CONDITIONS.test(described[0]))
  ) {
    const ref = (described[1] ?? described[2]) as string;
    const found = findLoose(index, ref);
    if (found.kind === 'found') {
      text.blank(described.index, described.index + described[0].length);
      return { paper: found.paper };
    }
    // "the survey on random dot product graphs": of several, the one whose title says survey.
    const noun = /\b(review|survey|study|benchmark|dataset)\b/i.exec(described[0])?.[1];
    const titled =
      found.kind === 'candidates' && noun
        ? found.papers.filter((p) => new RegExp(`\\b${noun}\\b`, 'i').test(p.title))
        : [];
    if (titled.length === 1) {
      text.blank(described.index, described.index + described[0].length);
      return { paper: titled[0] as Paper };
    }
    if (found.kind === 'candidates') return { candidates: found.papers, ref };
  }
  // "what came out on 3 March 2024": a date names no paper, not even one with a "3" in its title.
  const undated = text.rest.replace(DATE_PHRASE, ' ');
  for (const ref of leftovers(undated)) {
    // "that" alone names no paper, even one whose title has it.
    if (!contentWords(ref)) continue;
    // "Did Dhruv Mahajan write about genome assembly?": words after "write about" are a topic, even a title's.
    const at = text.rest.indexOf(ref.split(' ')[0] as string);
    if (at >= 0 && TOPIC_LEAD.test(text.rest.slice(0, at))) break;
    // "…, other than Program Slicing": a paper left out is not the paper asked about.
    if (at >= 0 && LEFT_OUT.test(text.rest.slice(0, at))) break;
    const found = index.findPaper(ref, { strict: true });
    if (found.kind === 'found') {
      blankWords(text, ref);
      return { paper: found.paper };
    }
  }
  // "Semiparametric spectral modeling of the Drosophila connectome": the words of one title.
  const ref = leftover(undated);
  if (ref.split(' ').length >= 3) {
    const loose = index.findPaper(ref);
    if (loose.kind === 'found' && titleCovers(loose.paper, ref)) {
      blankWords(text, ref);
      return { paper: loose.paper };
    }
  }
  return null;
}

/**
 * The paper a description fits ("the compact models vs GPT classification paper", "the paper
 * where small language models beat humans at creative writing"): a title or short name, else
 * the search hit that clearly leads, on the description's content words.
 */
export function findLoose(index: PaperIndex, ref: string): PaperMatch {
  const exact = index.findPaper(ref);
  if (exact.kind !== 'none') return exact;
  const content = contentWords(ref);
  if (!content) return exact;
  if (content !== ref) {
    const found = index.findPaper(content);
    if (found.kind !== 'none') return found;
  }
  const [top, second] = index.search(content).hits;
  return top && (!second || top.score >= 1.5 * second.score) ? { kind: 'found', paper: top.paper } : { kind: 'none' };
}

/** What is left, then the same with up to four words dropped from its start: "benchmark for CORE-Bench" gives "CORE-Bench". */
function leftovers(rest: string): string[] {
  const out: string[] = [];
  const words = leftover(rest).split(' ').filter(Boolean);
  for (let k = 0; k < 5 && k < words.length; k++) {
    out.push(leftover(words.slice(k).join(' ')));
    if (k > 0) out.push(leftover(words.slice(0, words.length - k).join(' ')));
  }
  return [...new Set(out)].filter(Boolean);
}

const CONDITIONS =
  /\b(?:this|last|past) (?:week|weekend|month|year|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\b(?:yesterday|today|since|revised|updated|new version|not|cross-?listed|tagged|categor(?:y|ies)|msc|acm|dois?|journal ref(?:erence)?|comments?|code link|github|page count|figures?|et al|hidden)\b|\b(?:19|20)\d{2}\b|\b[a-z-]+\.[A-Za-z]{2,}\b/i;

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const DATE_PHRASE = new RegExp(
  `\\b(?:${DAY}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+\\d{4})?|${MONTH}\\s+${DAY}(?:,?\\s+\\d{4})?|${MONTH}\\s+\\d{4})(?![\\w-])`,
  'gi',
);

const LEFT_OUT =
  /\b(?:other than|except(?: for)?|besides|apart from|aside from|not counting|leaving out|excluding|but not)\s+(?:the\s+)?$/i;

const TOPIC_LEAD =
  /\b(?:(?:write|wrote|written|writes|work|worked|works|working|publish\w*|papers?|anything|something|research\w*|stud\w+)\s+(?:about|regarding|concerning)|(?:publish\w*|writ\w*|wrote|research\w*)\s+on)\s+(?:the\s+)?$/i;

/** The words left once the asking words at either edge are set aside, as typed. */
function leftover(rest: string): string {
  const words = rest
    .replace(/['’]s\b/g, ' ')
    .replace(/[?!,;:"]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const asking = (w: string) => ASKING.has(w.toLowerCase()) || /^\d{3,}$/.test(w);
  while (words.length && asking(words[0] as string)) words.shift();
  while (words.length && asking(words[words.length - 1] as string)) words.pop();
  return words.join(' ');
}

/** Whether most of the words are in the paper's title, so the title is what the question names. */
function titleCovers(paper: Paper, ref: string): boolean {
  const title = paper.title.toLowerCase();
  const words = ref
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 2);
  return words.length > 0 && words.filter((w) => title.includes(w)).length >= Math.ceil(words.length * 0.75);
}

function blankWords(text: QuestionText, ref: string): void {
  for (const w of ref.split(' ')) {
    const at = text.rest.indexOf(w);
    if (at >= 0) text.blank(at, at + w.length);
  }
}
