// Periods said relative to a paper's first version ("within 3 days of LeaseGuard", "the week
// before WOC", "between the first versions of A and B", "since Irene Wang's first paper"), rewritten
// to the plain dates the date readers know, and a paper's own time from first to latest version.
import { formatDate, monthName } from '../listing/dates.js';
import type { Paper } from '../listing/paper.js';
import type { PaperIndex } from '../search/paper-index.js';
import type { Answer } from './answer.js';
import { NUMBER, numberOf } from './number-words.js';
import { paperNamed } from './relative-to-paper.js';
import { latestDay } from './read-dates.js';

const DAY = 86_400_000;
const REF = String.raw`(?:the paper |the one )?["“]?(.+?)["”]?(?:'s|’s)?(?: (?:first version|first submission|paper))?`;
const END = String.raw`(?=\s*(?:[,;?!]|$|\b(?:and|but|or|which|that|who|by|in|with|how|were|was|came|come|appeared|first)\b))`;
const re = (source: string) => new RegExp(source, 'i');

// "within 3 days of LeaseGuard's first version": that many days either side, the paper's own day included.
const WITHIN = re(String.raw`\bwithin (${NUMBER}|a) (days?|weeks?) (?:of|from) ${REF}${END}`);
// "the week before WOC", "in the 10 days after LeaseGuard": the days before (or after) its day, not that day.
const NEXT_TO = re(
  String.raw`\b(?:in |during )?the (week|fortnight|month|(${NUMBER}) (days|weeks)) (before|after|following|preceding) ${REF}${END}`,
);
// "between the first versions of LeaseGuard and WOC": after the one and before the other.
const BETWEEN = re(
  String.raw`\bbetween (?:the first (?:versions|submissions) of |the first version of )?(.+?) and (?:the first version of )?(.+?)(?:,? \(?(exclusive|inclusive|both (?:ends|days) included)\)?)?${END}`,
);
// "since Irene Wang's first paper": from the day of that person's first paper here.
const SINCE_FIRST = re(
  String.raw`\bsince (.+?)(?:'s|’s) (?:first|earliest) (?:paper|preprint|submission)(?: here)?(,? not counting (?:that one|it|that paper)| counting (?:that one|it))?`,
);
// "in the month Irene Wang first published here": that month.
const FIRST_MONTH_OF = re(String.raw`\bin the month (.+?) first (?:published|posted|submitted|appeared)(?: here)?\b`);
// "on the listing's newest date": that day.
const NEWEST_DATE = re(
  String.raw`(?<=\b(?:on|before|after|until|since|to|up to|through) )(?:the listing's|this listing's) (?:newest|latest|last|most recent) date\b|(?<=\b(?:on|before|after|until|since|to|up to|through) )the (?:newest|latest|most recent) date (?:in (?:this|the) listing|here)\b`,
);

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayOf = (p: Paper) => Date.parse(`${p.submitted}T00:00:00Z`);
const words = (ms: number) => formatDate(iso(ms));

/** The question with its relative periods as dates, and the paper they are relative to, which it leaves out. */
export function relativePeriods(index: PaperIndex, text: string): { text: string; without?: Paper } {
  let out = text;
  let without: Paper | undefined;
  const within = WITHIN.exec(out);
  const p = within && paperNamed(index, within[3] as string);
  if (within && p) {
    const n = (within[1] === 'a' ? 1 : numberOf(within[1] as string)) * (/^week/i.test(within[2] as string) ? 7 : 1);
    out = splice(out, within, `from ${words(dayOf(p) - n * DAY)} to ${words(dayOf(p) + n * DAY)}`);
    without = p;
  }
  const next = NEXT_TO.exec(out);
  const q = next && paperNamed(index, next[5] as string);
  if (next && q) {
    const unit = (next[1] as string).toLowerCase();
    const perUnit = /weeks/i.test(next[3] ?? '') ? 7 : 1;
    const n = next[2] ? numberOf(next[2]) * perUnit : unit === 'week' ? 7 : unit === 'fortnight' ? 14 : 30;
    const after = /^(?:after|following)$/i.test(next[4] as string);
    const [from, to] = after ? [dayOf(q) + DAY, dayOf(q) + n * DAY] : [dayOf(q) - n * DAY, dayOf(q) - DAY];
    out = splice(out, next, `from ${words(from)} to ${words(to)}`);
  }
  const between = BETWEEN.exec(out);
  const [a, b] = between ? [paperNamed(index, between[1] as string), paperNamed(index, between[2] as string)] : [];
  if (between && a && b && a !== b) {
    const [early, late] = dayOf(a) <= dayOf(b) ? [a, b] : [b, a];
    const inclusive = /inclusive|included/i.test(between[3] ?? '');
    out = splice(
      out,
      between,
      inclusive
        ? `from ${words(dayOf(early))} to ${words(dayOf(late))}`
        : `after ${words(dayOf(early))} and before ${words(dayOf(late))}`,
    );
  }
  const since = SINCE_FIRST.exec(out);
  const first = since ? firstPaperOf(index, since[1] as string)?.paper : undefined;
  // "since X's first paper, not counting that one": the days after it.
  if (since && first)
    out = splice(
      out,
      since,
      /not counting/i.test(since[2] ?? '') ? `after ${words(dayOf(first))}` : `since ${words(dayOf(first))}`,
    );
  const month = FIRST_MONTH_OF.exec(out);
  const opened = month ? firstPaperOf(index, month[1] as string)?.paper : undefined;
  if (month && opened) out = splice(out, month, `in ${words(dayOf(opened)).replace(/^\d+ /, '')}`);
  const newest = NEWEST_DATE.exec(out);
  if (newest && index.papers.length) out = splice(out, newest, formatDate(latestDay(index)));
  return without ? { text: out, without } : { text: out };
}

function splice(text: string, m: RegExpExecArray, words: string): string {
  return text.slice(0, m.index) + words + text.slice(m.index + m[0].length);
}

/** The one person a name resolves to, and their oldest paper in the listing. */
export function firstPaperOf(index: PaperIndex, name: string): { name: string; paper: Paper } | undefined {
  const people = index.authors.resolve(name);
  if (people.length !== 1) return undefined;
  const who = (people[0] as { name: string }).name;
  const theirs = index.papers.filter((p) => p.authors.includes(who));
  const paper = theirs.reduce<Paper | undefined>(
    (old, p) => (!old || p.submitted < old.submitted ? p : old),
    undefined,
  );
  return paper ? { name: who, paper } : undefined;
}

// "how many days between Pimba's first and latest version", "how long did WOC take to get revised".
const VERSION_GAP = re(
  String.raw`^how (?:many days|long)(?: (?:passed|elapsed|were there|was it))? (?:between|from) (.+?)(?:'s|’s) first (?:version|submission)? ?(?:and|to|until) (?:its |the )?(?:latest|last|newest) (?:version|revision)\W*$`,
);

const VERSION_GAP_OF = re(
  String.raw`^how (?:many days|long)(?: (?:passed|elapsed|were there|was it))? between (?:the|its) first and (?:the |its )?(?:latest|last|newest) versions? of (.+?)\W*$`,
);

/** A paper's days from first to latest version; undefined for any other question. */
export function versionGap(index: PaperIndex, text: string): Answer | undefined {
  const m = VERSION_GAP.exec(text) ?? VERSION_GAP_OF.exec(text);
  const p = m ? paperNamed(index, m[1] as string) : undefined;
  if (!m || !p) return undefined;
  const days = Math.round((Date.parse(`${p.updated}T00:00:00Z`) - dayOf(p)) / DAY);
  const title = `"${p.title}"`;
  const answer =
    p.submitted === p.updated
      ? `${title} was first submitted on ${formatDate(p.submitted)} and its latest version is of the same day: 0 days.`
      : `${days} days: ${title} was first submitted on ${formatDate(p.submitted)} and its latest version is from ${formatDate(p.updated)}.`;
  return { answer, understood: `the days from the first to the latest version of ${title}`, papers: [p] };
}

// "on the 18th", "after the 15th", "new ones on the 21st": a day of the month, no month named.
const BARE_DAY =
  /(?<=(?:^|\b(?:on|from|of|submitted|after|before|since|until|up|posted|new|ones|pps|papers)\s))the (\d{1,2})(?:st|nd|rd|th)\b(?!(?:\s*(?:,|and|or|to|through|-)\s*(?:the )?\d{1,2}(?:st|nd|rd|th))*\s+(?:of|century|author|authors|paper|papers|place|most|least|largest|biggest|smallest|newest|oldest|latest|earliest|longest|shortest|one|ones|version|in)\b)(?!\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/gi;

/**
 * "the 18th" with no month read as that day of the listing's newest month, or of the month before
 * when the newest day comes earlier in its month; the answer's date says which.
 */
export function bareDays(index: PaperIndex, text: string): string {
  if (text.search(BARE_DAY) < 0) return text;
  const [year, month, day] = latestDay(index).split('-').map(Number) as [number, number, number];
  return text.replace(BARE_DAY, (_m, n: string) => {
    const d = Number(n);
    const before = d > day;
    const m = before ? (month + 10) % 12 : month - 1;
    const y = before && month === 1 ? year - 1 : year;
    return `${d} ${monthName(m + 1)} ${y}`;
  });
}
