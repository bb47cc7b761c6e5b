import type { Measure } from '../search/paper-filter.js';
import type { QuestionText } from './question-text.js';

const ARXIV_ID =
  /\b(?:lowest|highest|smallest|largest|biggest|first|last|earliest|latest)\s+(?:arxiv\s+)?ids?\b|\bsorted by (?:arxiv )?ids?\b/i;

const PAGE_WORDS = /\b(?:number of pages|page counts?|pages?)\b/i;

const AUTHOR_BOUND =
  /\b(?:(?:at least|at most|more than|fewer than|less than|over|under|exactly) )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|a dozen) (?:or (?:more|fewer|less) )?authors\b/gi;

/** What a superlative over papers measures: authors, title length, pages, versions, dates; undefined when none. */
export function superlativeMeasure(text: QuestionText, asked: string): Measure | undefined {
  // "of the papers with ten or more authors, which came out first": a bound on authors is a condition, not the measure.
  const t = asked.replace(AUTHOR_BOUND, '');
  // "the three lowest arXiv ids", "the two with the lowest ids": the order of the ids.
  if (ARXIV_ID.test(t)) return 'arxivId';
  // "the newest paper that has only one category", "the oldest paper with X as an author": a date
  // superlative whose other measure words are conditions, unless a quantity is asked of them.
  if (DATED.test(t) && !QUANTIFIED.test(t)) return dateMeasure(t);
  // "the single-author paper submitted most recently" ranks by date, not by authors.
  if (/(?<!\b(?:single|one|two|three|four|five|\d+)[- ])\bauthors?\b|\bnames\b/i.test(t))
    return /\bnames? shown|\bjust the names|\bnames on its author line/i.test(t) ? 'shownAuthors' : 'authors';
  if (/\btitles?\b/i.test(t) && /\b(?:longest|shortest)\b/i.test(t) && !/\bpages?\b/i.test(t))
    return /\b(?:count(?:ing)?|in|by|number of) words\b|\bwords? count\b|\bfewest words\b|\bmost words\b/i.test(t)
      ? 'titleWords'
      : 'titleLength';
  if (/\bpages?\b|\blongest\b|\bshortest\b/i.test(t) && !WAIT.test(t)) {
    text.take(PAGE_WORDS);
    return 'pages';
  }
  const counted = /\b(figures|tables)\b/i.exec(t);
  if (counted) {
    text.take(/\b(?:number of )?(?:figures|tables)\b/i);
    return (counted[1] as string).toLowerCase() as 'figures' | 'tables';
  }
  // "revised the fastest", "got its latest version the soonest after the first".
  if (
    text.take(
      /\b(?:the )?(?:fastest|soonest|quickest|slowest)(?: (?:after|from) (?:its|their|the) first(?: version| one)?)?/i,
    )
  ) {
    text.take(/\b(?:got|get|gets|had|has) (?:its|their|the) (?:latest|last|new|second) version\b/i);
    return 'revisionGap';
  }
  if (/\bversions\b|\brevis(?:ed|ions)\b/i.test(t) && !/\brecent|\blatest|\bnewest|\boldest|\bearliest/i.test(t)) {
    text.take(/\b(?:number of )?(?:times|versions)\b/i);
    return 'versions';
  }
  if (/\bcategor/i.test(t)) return 'categories';
  if (WAIT.test(t) || /\blongest time\b/i.test(t)) {
    text.take(
      /\b(?:gap|time|wait|delay)(?: between (?:its |their |the )?first(?: version)? and (?:its |their |the )?(?:latest|last)(?: version)?| from (?:its |their |the )?first(?: version)? to (?:its |their |the )?(?:latest|last)(?: version)?)?/i,
    );
    return 'revisionGap';
  }
  return dateMeasure(t) ?? (/\btitle\b/i.test(t) ? 'titleLength' : undefined);
}

// "the shortest wait from its first to its latest version": time between versions.
const WAIT =
  /\bgap\b|\btime between\b|\b(?:wait|delay)\b|\bfrom (?:its|their|the) first (?:version )?to (?:its|their|the) (?:latest|last)\b/i;

const DATED = /\b(?:oldest|newest|earliest|latest|most recent(?:ly)?)\b/i;
const QUANTIFIED =
  /\b(?:most|fewest|least|largest|biggest|smallest|longest|shortest|highest|lowest)\s+(?:[\w-]+\s+){0,2}?(?:authors?|names|categor(?:y|ies)|pages?|figures|tables|versions|revisions|title)\b|\b(?:most|fewest|least) (?:revised|cross-listed)\b|\b(?:longest|shortest|fastest|soonest|quickest|slowest)\b|\bgap\b|\btime between\b/i;

/** The date a superlative ranks by: the first version, or the latest when the question says so. */
function dateMeasure(t: string): 'submitted' | 'updated' | undefined {
  if (
    /\b(?:oldest|older one|earliest|first (?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) )?(?:papers?|publications?|articles?|preprints?))\b|\b(?:came|come|submitted|published|posted|released) (?:out )?(?:first|last)\b(?! (?:year|month|week|day|time|half|quarter|version)\b)/i.test(
      t,
    )
  )
    return 'submitted';
  if (/\b(?:updated|revised) most recently|\bmost recently (?:updated|revised)/i.test(t)) return 'updated';
  // "Most recent" goes by the latest version (arXiv's "Submitted" date), "newest" and "latest" by the first.
  if (
    /\b(?:latest|last) version\b|\blast[- ](?:updated|revised|update|revision)\b/i.test(t) &&
    !/\bfirst (?:version|submitted|submission)/i.test(t)
  )
    return 'updated';
  if (
    /\b(?:latest|newest|newer one|most recent|last (?=(?:(?!\S*'s\b|months?\b|weeks?\b|years?\b|days?\b)\S+ ){0,2}(?:papers?|articles?|preprints?|submissions?)\b))/i.test(
      t,
    )
  )
    return /\bmost recent(?:ly)?\b/i.test(t) && !/\bfirst submission|\bfirst version|\bfirst submitted/i.test(t)
      ? 'updated'
      : 'submitted';
  return undefined;
}
