import { formatDate } from '../listing/dates.js';
import type { Paper } from '../listing/paper.js';
import type { PaperIndex } from '../search/paper-index.js';
import type { Answer } from './answer.js';
import { describeSpan, readDates } from './dates-in-text.js';
import { latestDay } from './read-dates.js';
import { paperNamed } from './relative-to-paper.js';

// "was EarthSight first posted on 14 November 2025", "did CATransformers first come out in november
// 2025", "was the NRR paper first submitted 19 December 2025", "was Flashlight last revised in 2025".
const CLAIM =
  /^(?:(?:was|were|did|is) (?<paper>.+?)|(?<stated>(?!(?:how|what|which|who|whose|when|where|why|did|do|does|are|any|list|show|count|papers)\b).+?)(?: (?:was|were|is))?) (?:both )?(?<which>first |last |originally |initially )?(?:submitted|posted|published|released|uploaded|put up|put out|come out|came out|go up|went up|appear|appeared|revised|updated)(?: first)?(?: on arxiv)? (?<when>(?:on |in |during |before |after |by |around )?.+?)\s*[?.!]*$/i;

/**
 * A date claimed for one paper's first (or, with "last", "revised" or "updated", latest) version:
 * "Yes" when the version falls in the period named, "No" with the actual date. Undefined for
 * other questions.
 */
export function dateClaim(index: PaperIndex, text: string): Answer | undefined {
  const g = CLAIM.exec(text.trim())?.groups;
  if (!g) return undefined;
  const papers = papersNamed(index, (g['paper'] ?? g['stated']) as string);
  const [paper] = papers;
  if (!paper) return undefined;
  const when = g['when'] as string;
  // "published in a journal in 2025", "published in JMLR in 2018": a venue named, so its reference decides.
  if (/\b(?:journal|conference|proceedings|venue|workshop)\b/i.test(when) || venueOf(when))
    return papers.length === 1 ? journalYear(paper, when) : undefined;
  const latest = /\blast\b/i.test(g['which'] ?? '') || /\b(?:revised|updated)\b/i.test(text);
  // A day, month or year named: "in the morning" is no date of the listing's.
  if (!/\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i.test(when)) return undefined;
  const [span] = readDates(when, { latest: latestDay(index) });
  if (!span || (!span.from && !span.until)) return undefined;
  const which = latest ? 'latest version' : 'first version';
  const dayOf = (p: Paper) => (latest ? p.updated : p.submitted);
  const fits = (p: Paper) => (!span.from || dayOf(p) >= span.from) && (!span.until || dayOf(p) < span.until);
  const said = papers.map((p) => `the ${which} of "${p.title}" is from ${formatDate(dayOf(p))}${versions(p, latest)}`);
  return {
    answer: `${papers.every(fits) ? 'Yes' : 'No'}: ${said.join('; ')}.`,
    understood: `whether the ${which} of ${papers.map((p) => `"${p.title}"`).join(' and ')} is ${describeSpan(span)}`,
    papers,
  };
}

/** The paper a claim names ("the NRR paper (2512.13478)": the id says which), or the two of "A and B". */
function papersNamed(index: PaperIndex, ref: string): Paper[] {
  const one = paperNamed(index, /\b\d{4}\.\d{4,5}\b/.exec(ref)?.[0] ?? ref);
  if (one) return [one];
  const two = /^(.+?) and (.+?)(?: both)?$/i.exec(ref);
  const pair = two ? [two[1], two[2]].map((r) => paperNamed(index, r as string)) : [];
  return pair.length === 2 && pair.every((p) => p !== undefined) && pair[0] !== pair[1] ? pair : [];
}

/** "was X published in a journal in 2025": the year its journal reference gives, not its arXiv dates. */
function journalYear(paper: Paper, when: string): Answer | undefined {
  const year = /\b(?:19|20)\d{2}\b/.exec(when)?.[0];
  if (!year) return undefined;
  const understood = `whether the journal reference of "${paper.title}" is from ${year}`;
  if (!paper.journalRef)
    return {
      answer: `The listing cannot tell: it shows no journal reference for "${paper.title}", and a listing does not say what was not published.`,
      understood,
      papers: [paper],
      declined: true,
    };
  const venue = venueOf(when);
  const yes = new RegExp(`\\b${year}\\b`).test(paper.journalRef) && (!venue || names(paper.journalRef, venue));
  return {
    answer: `${yes ? 'Yes' : 'No'}: its journal reference is "${paper.journalRef}".`,
    understood,
    papers: [paper],
  };
}

/** A venue named by capitals ("JMLR", "NeurIPS", "Physical Review"), not a month. */
function venueOf(when: string): string | undefined {
  const words = when.match(/\b\p{Lu}[\p{L}&-]*\b/gu) ?? [];
  const venue = words.filter(
    (w) =>
      !/^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter|mon|tue|wed|thu|fri|sat|sun|early|late|mid|the|first|last|end|start|beginning|week|christmas|easter|new)/i.test(
        w,
      ),
  );
  return venue.length > 0 ? venue.join(' ') : undefined;
}

/** Whether a journal reference names the venue, in full or by its initials ("JMLR"). */
function names(ref: string, venue: string): boolean {
  if (ref.toLowerCase().includes(venue.toLowerCase())) return true;
  const initials = (ref.match(/\b\p{Lu}/gu) ?? []).join('');
  return venue.length >= 2 && /^\p{Lu}+$/u.test(venue) && initials.includes(venue);
}

function versions(paper: Paper, latest: boolean): string {
  if (paper.updated === paper.submitted) return '';
  return latest ? ` (first version ${formatDate(paper.submitted)})` : ` (latest version ${formatDate(paper.updated)})`;
}
