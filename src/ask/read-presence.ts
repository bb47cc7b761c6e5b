import type { Paper } from '../listing/paper.js';
import type { PaperFilter, Presence } from '../search/paper-filter.js';
import type { Conditions } from './read-conditions.js';
import type { QuestionText } from './question-text.js';

const PRESENCE: [RegExp, Presence][] = [
  [/\bdois?\b/i, 'doi'],
  [/\bjournal[- ]ref(?:erence)?s?\b/i, 'journalRef'],
  [/\bcomments?(?: line)?\b/i, 'comments'],
  [
    /\b(?:link(?:s)? to (?:an? |their |its )?)?(?:code|github|repo(?:sitory)?|repos)(?: (?:on|at) github| links?| repo(?:sitory)?)?\b/i,
    'code',
  ],
  [/\b(?:project (?:page|website|site|homepage)|(?:web ?site|homepage|demo page))s?\b/i, 'projectPage'],
  [/\bacm (?=or msc class)|\bacm class(?:es|ification)?\b/i, 'acmClass'],
  [/\bmsc class(?:es|ification)?\b/i, 'mscClass'],
  [
    /\bhidden authors\b(?: \(?et al\.?\)?)?|\bhides? (?:some of |part of )?(?:their |its )?(?:authors|author list)\b(?: behind et al)?|\bet al\b/i,
    'hiddenAuthors',
  ],
  [
    /\bpage counts?\b|\b(?<=(?:mention|mentions|say|says|state|states|give|gives) )how (?:many pages|long) (?:they|it) (?:are|is)\b/i,
    'pages',
  ],
  // "have an abstract": not the word as a topic.
  [/\b(?<=(?:have|has|had|with|without|no|an|any)\s+(?:an?\s+)?)abstracts?\b/i, 'abstract'],
  [/\breport numbers?\b/i, 'reportNumber'],
  // Asked only to catch a bot out ("which paper has no authors"): every paper of a listing has both.
  [/(?<=\b(?:no|without|zero|0)\s+)(?:authors?|author names?)(?: (?:listed|shown|at all))?\b/i, 'authors'],
  [/(?<=\b(?:no|without)\s+(?:a\s+)?)titles?\b/i, 'title'],
];

// Fields a listing may not show at all (a copy of a search page has no journal references): then nothing can be said.
const SHOWN: Partial<Record<Presence, (p: Paper) => boolean>> = {
  doi: (p) => p.doi !== undefined,
  journalRef: (p) => p.journalRef !== undefined,
  comments: (p) => p.comments !== undefined,
  reportNumber: (p) => p.reportNumber !== undefined,
};

// The DOI prefixes of publishers a question may name instead of the number ("a DOI from IEEE").
const PUBLISHERS: Record<string, string> = {
  ieee: '10.1109',
  acm: '10.1145',
  nature: '10.1038',
  springer: '10.1007',
  elsevier: '10.1016',
  aps: '10.1103',
  iop: '10.1088',
  wiley: '10.1002',
  plos: '10.1371',
  frontiers: '10.3389',
  mdpi: '10.3390',
};

/** "a DOI from IEEE (10.1109)", "a nature doi (the 10.1038 prefix)": the DOI prefix asked for, its words taken. */
function doiPrefix(text: QuestionText): string | undefined {
  const number = text.take(/\b10\.\d{4,9}\b(?:\/(?:\.{3}|…))?/);
  const names = Object.keys(PUBLISHERS).join('|');
  const publisher = new RegExp(
    `\\b(${names})\\s+dois?\\b|\\bdois?\\s+(?:from|by|of)\\s+(?:the\\s+)?(${names})\\b`,
    'i',
  ).exec(text.rest);
  if (!number && !publisher) return undefined;
  const name = publisher && (publisher[1] ?? publisher[2]);
  if (name) text.take(new RegExp(`\\b${name}\\b`, 'i'));
  text.takeAll(/\b(?:the )?prefix\b|\((?:\s|the)*\)/gi);
  return number ? number[0].replace(/\/.*$/, '') : PUBLISHERS[(name as string).toLowerCase()];
}

/**
 * Whether "code" asks for a code link ("papers with code", "release their code", "code on GitHub")
 * rather than names a topic ("code generation", "vulnerabilities in code").
 */
function codeLink(rest: string, m: RegExpExecArray): boolean {
  if (!/^code$/i.test(m[0])) return true;
  const before = rest.slice(Math.max(0, m.index - 40), m.index);
  const after = rest.slice(m.index + m[0].length, m.index + m[0].length + 30);
  return (
    (/\b(?:have|has|had|with|without|no|release[sd]?|share[sd]?|ship(?:s|ped)?|provide[sd]?|publish(?:es|ed)?|link(?:s|ed)?(?: to)?|open[- ]source[sd]?|their|its|the|any)\s+(?:(?:their|its|the|any|public|source|open)\s+)?$/i.test(
      before,
    ) &&
      !/^\s*(?:generation|completion|review|search|smells?|summari[sz]ation|translation|repair|clone|comments?|llms?|models?)\b/i.test(
        after,
      )) ||
    /^\s*(?:links?|available|released|is (?:available|released|public))\b/i.test(after)
  );
}

/** "have a DOI", "with a journal ref but no DOI", "a journal ref or a DOI", "link to code": fields present or absent. */
export function readPresence(text: QuestionText, papers: readonly Paper[], out: Conditions, measuring = false): void {
  const asked = text.rest;
  const found: { start: number; end: number; clause: PaperFilter; negated: boolean }[] = [];
  for (const [pattern, field] of PRESENCE) {
    if (measuring && (field === 'pages' || field === 'figures' || field === 'hiddenAuthors')) continue;
    const m = pattern.exec(text.rest);
    if (!m) continue;
    if (field === 'code' && !codeLink(text.rest, m)) continue;
    const shown = SHOWN[field];
    if (shown && !papers.some(shown)) {
      out.missing.push(field === 'journalRef' ? 'journal references' : field === 'doi' ? 'DOIs' : field);
      continue;
    }
    const before = text.rest.slice(Math.max(0, m.index - 25), m.index);
    const negated =
      /\b(?:no|without|lack|lacks|not have|don't have|doesn't have|zero|0)\b(?:(?!\b(?:but|yet|though|however)\b|\band (?:have|has|with)\b)[^,])*$/i.test(
        before,
      );
    // "ship a GitHub repo", "release their code": the verb says no more than the field does.
    const verb =
      field === 'code'
        ? /\b(?:ship(?:s|ped)?|release[sd]?|share[sd]?|provide[sd]?|publish(?:es|ed)?|come[s]? with)(?: (?:a|an|the|their|its|any))?\s+$/i.exec(
            text.rest.slice(0, m.index),
          )
        : null;
    if (verb) text.blank(verb.index, m.index);
    // "zero comments", "0 authors": the number is the negation, not a topic word.
    const zero = /\b(?:zero|0)\s+$/i.exec(text.rest.slice(0, m.index));
    if (zero) text.blank(zero.index, m.index);
    const prefix = field === 'doi' ? doiPrefix(text) : undefined;
    const clause: PaperFilter = prefix ? { kind: 'mentions', field: 'doi', words: prefix } : { kind: 'has', field };
    found.push({ start: m.index, end: m.index + m[0].length, clause, negated });
    text.blank(m.index, m.index + m[0].length);
    if (field === 'acmClass' || field === 'mscClass') classCode(text, field, m.index + m[0].length, found);
    // "the hidden 'et al.' authors … the papers that hide part of their author list": one condition.
    for (const again of text.rest.matchAll(new RegExp(pattern.source, 'gi')))
      text.blank(again.index, again.index + again[0].length);
  }
  out.clauses.push(...eitherJoined(asked, found));
  text.takeAll(
    /\(?\bor both\b\)?|\b(?:have|has|with|carry|state|states|link(?:s)? to|on|behind|an?|no|but|their)\b(?=\s*$)/gi,
  );
}

// "ACM class I.2.0", "an ACM class other than I.2.7", "MSC class 68T50": the class itself, as written.
const CLASS_CODE =
  /^\s*(?:(other than|not|except|but not|that is not|that isn't)\s+)?(?:of\s+|=\s*)?([A-Z]\.\d+(?:\.[\dm]+)?|\d{2}[A-Z]\d{2})(?![\w.])/i;

function classCode(
  text: QuestionText,
  field: 'acmClass' | 'mscClass',
  at: number,
  found: { start: number; end: number; clause: PaperFilter; negated: boolean }[],
): void {
  const m = CLASS_CODE.exec(text.rest.slice(at));
  if (!m) return;
  found.push({
    start: at,
    end: at + m[0].length,
    clause: { kind: 'mentions', field, words: m[2] as string },
    negated: !!m[1],
  });
  text.blank(at, at + m[0].length);
}

/** The fields found, in the order asked; two joined by "or" ("a journal ref or a DOI", "an ACM or MSC class") are either. */
function eitherJoined(
  asked: string,
  found: { start: number; end: number; clause: PaperFilter; negated: boolean }[],
): PaperFilter[] {
  const out: PaperFilter[] = [];
  let previous: (typeof found)[number] | undefined;
  for (const f of found.sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    const or = previous && !previous.negated && !f.negated && OR_BETWEEN.test(asked.slice(previous.end, f.start));
    if (or && last) out[out.length - 1] = { any: ['any' in last ? last.any : [last], f.clause].flat() };
    else out.push(f.negated ? { not: f.clause } : f.clause);
    previous = f;
  }
  return out;
}

const OR_BETWEEN = /^\s*,?\s*(?:either\s+)?or\s+(?:an?\s+|the\s+|any\s+)?$/i;
