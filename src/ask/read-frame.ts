import type { DateField } from '../search/paper-filter.js';
import type { QuestionText } from './question-text.js';
import { NUMBER, numberOf } from './read-conditions.js';
import { readSomePapers, readTopN } from './read-limit.js';
import { readVenueGroup } from './read-venue-group.js';
import { readCrossListsOnly, readEmptyPeriods, readNone } from './read-absence.js';
import { readDateField } from './read-date-field.js';
import { superlativeMeasure } from './superlative-measure.js';
import type { FieldName, GroupBy, TypedQuestion } from './typed-question.js';

/** What a question asks for, before the papers it is about are read. */
export interface Frame {
  want?: TypedQuestion['want'];
  fields: FieldName[];
  measure?: TypedQuestion['measure'];
  direction?: 'most' | 'least';
  groupBy?: GroupBy;
  dateField?: DateField;
  limit?: number;
  /** "the second oldest": a place of the ranking past the first. */
  place?: number;
  /** What a count counts. */
  countOf?: 'papers' | 'authors' | 'coauthors' | 'categories' | 'primaryCategories';
  /** "Do all of these…": a yes only when every paper fits. */
  every?: boolean;
  /** "Is there no paper about X": a yes only when no paper fits. */
  none?: boolean;
  /** "Which months had no papers": only the periods without any. */
  emptyOnly?: boolean;
  /** "Which categories appear only as cross-lists". */
  crossListsOnly?: boolean;
  statistic?: 'median';
  /** "authors with at least 2 papers": people on at least this many of the papers. */
  minPapers?: number;
  /** "people on exactly 2 papers": and on at most this many. */
  maxPapers?: number;
  /** "What fraction of…": a count as a share of the listing. */
  share?: boolean;
  /** The question names the listing as a whole ("which papers", "how many papers", "any paper"). */
  plural: boolean;
  /** The question as asked. */
  raw: string;
}

export { NTH_AUTHOR, readFields } from './read-fields.js';

// Words that ask about the listing's papers as a set, not about one paper.
const PLURAL =
  /\b(?:papers|ones|articles|preprints|titles|entries|anything|any paper|any of|all of|each paper|every paper)\b|^(?:which|what) (?:paper|one)\b|\bhow many (?:are|were|have|has|had|mention|of|did|do|is|carry|came|come)\b|\b(?:is|are) there (?:any|papers|a paper|an? (?:\S+ ){1,4}?(?:paper|article|preprint|study))\b|\bdoes any\b|^(?:is|are) (?:anything|any)\b/i;

// "What are the categories", "list all categories": the categories the papers have, each with its count.
const CATEGORIES_LISTED =
  /^(?:(?:what|which) (?:are )?(?:all )?(?:the )?(?:different |distinct |arxiv |subject )?categories(?= (?:are|appear|exist|in|of(?=.*\b(?:papers?|listing|list|these|them|those|articles?|preprints?)\b)|covered|used|represented|(?:do|does) (?:the |these |this )?(?:papers?|listing|list))\b|\W*$)|(?:list|show|give|name|tell)(?: me)? (?:all )?(?:the )?(?:different |distinct |arxiv |subject )?categories\b)/i;

/** Reads what is wanted: a count, a superlative, a distribution, an average, yes or no, or papers. */
export function readFrame(text: QuestionText): Frame {
  const frame: Frame = { fields: [], plural: PLURAL.test(text.rest), raw: text.original };
  const t = text.rest;
  const venues = readVenueGroup(text);
  if (venues) {
    Object.assign(frame, venues);
    frame.dateField = readDateField(t, frame);
    return frame;
  }
  const emptyBy = readEmptyPeriods(text);
  if (emptyBy) Object.assign(frame, { want: 'distribution', groupBy: emptyBy, emptyOnly: true });
  else if (readCrossListsOnly(text))
    Object.assign(frame, { want: 'distribution', groupBy: 'category', crossListsOnly: true });
  else if (
    /\b(?:per|each|every|by)[- ](?:weekday|day of (?:the )?week)\b|\b(?:per|each|every)[- ](?:year|month|day|(?:primary )?categor(?:y|ies))\b|\byear[- ]by[- ]year\b|\bannual(?:ly)?\b|\bbreakdown\b|\b(?:break|broken) (?:\S+ ){0,4}down\b|\bby (?:their |its )?(?:year|month|primary category|category)\b|\bwith counts\b|\bdistribution of\b/i.test(
      t,
    ) ||
    CATEGORIES_LISTED.test(t)
  ) {
    frame.want = 'distribution';
    const by = /\b(?:by|per|each|every) (?:the |their |its )?(year|month|day)\b/i.exec(t)?.[1]?.toLowerCase() as
      GroupBy | undefined;
    frame.groupBy =
      by && !/\bcategor|\bweekday|\bday of (?:the )?week/i.test(t)
        ? by
        : /\bweekday|\bday of (?:the )?week/i.test(t)
          ? 'weekday'
          : /\bprimary categor/i.test(t)
            ? 'primaryCategory'
            : /\bcategor/i.test(t)
              ? 'category'
              : /\bmonth/i.test(t)
                ? 'month'
                : /\bday\b/i.test(t)
                  ? 'day'
                  : 'year';
    const top = text.take(/\btop (\d{1,2})\b/i);
    if (top) frame.limit = Number(top[1]);
    if (frame.groupBy === 'weekday')
      text.takeAll(/\b(?:(?:per|each|every|by)[- ])?(?:weekday|day of (?:the )?week)\b/gi);
    text.takeAll(/\b(?:with )?counts\b/gi);
  } else if (/\baverage|\bmean\b|\bmedian\b/i.test(t)) {
    frame.want = 'average';
    if (text.take(/\bmedian\b/i)) frame.statistic = 'median';
    frame.measure = countedMeasure(text) ?? (/\bshown|\blisted|\bnames\b/i.test(t) ? 'shownAuthors' : 'authors');
  } else readSuperlative(text, frame);
  if (!frame.want && /\b(?:fraction|percentage|percent|proportion|share) of\b|%\s*of\b/i.test(t)) {
    frame.want = 'count';
    frame.share = true;
  }
  if (!frame.want && /^(?:how many|count\b|number of|what is the number of|total number)|\bhow many\b/i.test(t))
    frame.want = 'count';
  if (!frame.want && readNone(text)) Object.assign(frame, { want: 'yesno', none: true, plural: true });
  // "is it true that X wrote…", "X wrote a paper in 2021, yes or no": the statement is what is asked.
  if (
    !frame.want &&
    text.take(
      /^(?:is it (?:true|the case|correct)|would it be (?:true|correct)) that\b|,?\s*\b(?:yes or no|true or false)\s*\??$/i,
    )
  )
    frame.want = 'yesno';
  if (
    frame.want === 'yesno' &&
    /^(?:all|every|each) (?:the |of the )?(?:papers|preprints|articles)\b/i.test(text.rest.trim())
  )
    frame.every = true;
  if (!frame.want && /^(?:is|are|was|were|did|does|do|has|have|had|can|could|any\b|anything\b)/i.test(t))
    frame.want = 'yesno';
  if (/^(?:do|are|is|were|have) all\b|\ball of (?:these|them) (?:mention|have|are)/i.test(t)) frame.every = true;
  // "is every paper in cs.CL": yes only if all are.
  if (
    frame.want === 'yesno' &&
    text.take(/^(?:is|was|does|did|has) (?:every|each) (?:single )?(?:paper|one|entry|preprint)\b(?! of\b)/i)
  ) {
    frame.every = true;
    frame.plural = true;
  } else if (frame.want === 'yesno' && /^(?:is|was|does|did|has) (?:every|each) (?!one of\b)/i.test(t)) {
    // "does every cs.SE paper have…": the words between "every" and "paper" pick the papers.
    text.take(/\b(?:every|each)\b/i);
    frame.every = true;
    frame.plural = true;
  }
  const least = PEOPLE_ASKED.test(t) ? text.take(ON_AT_LEAST) : null;
  if (least) frame.minPapers = least[2] ? numberOf(least[2]) + 1 : numberOf((least[1] ?? least[3]) as string);
  const exactly = PEOPLE_ASKED.test(t) ? text.take(ON_EXACTLY) : null;
  if (exactly) frame.minPapers = frame.maxPapers = numberOf((exactly[1] ?? exactly[2]) as string);
  frame.dateField = readDateField(t, frame);
  if (!frame.want) readSomePapers(text, frame);
  return frame;
}

// Questions about people, whose "at least 2 papers" is how many papers each is on, not a topic.
const PEOPLE_ASKED =
  /^(?:(?:which|what|list|show(?: me)?|name|give me)\s+(?:the\s+)?)?(?:authors?|people|researchers|names|who)\b|\bhow many (?:authors|people|researchers)\b/i;
// "which authors have 2 papers": that many, as "exactly 2" would say.
const ON_EXACTLY = new RegExp(
  String.raw`\bexactly (${NUMBER}) (?:papers?|articles?|preprints?|entries|of them)\b|(?<=\b(?:have|has|had|with|wrote|written|authored|on) )(${NUMBER}) (?:papers?|articles?|preprints?)\b(?! (?:or|and) )`,
  'i',
);
const ON_AT_LEAST = new RegExp(
  String.raw`\b(?:at least (${NUMBER})|more than (${NUMBER})|(${NUMBER}) or more) (?:papers?|articles?|preprints?|entries)\b`,
  'i',
);

const PAGE_WORDS = /\b(?:number of pages|page counts?|pages?)\b/i;

/** What an average counts, other than authors, its words taken from the question: pages, figures, categories, versions. */
function countedMeasure(text: QuestionText): Frame['measure'] | undefined {
  if (text.take(PAGE_WORDS)) return 'pages';
  if (text.take(/\b(?:number of )?title words\b|\bwords (?:in|of) (?:the |their |a )?titles?\b/i)) return 'titleWords';
  if (text.take(/\btitle lengths?\b|\blength of (?:the |their |a )?titles?\b/i)) return 'titleLength';
  if (text.take(/\b(?:number of )?figures\b/i)) return 'figures';
  if (text.take(/\b(?:number of )?tables\b/i)) return 'tables';
  if (text.take(/\b(?:number of )?versions\b/i)) return 'versions';
  if (/\bcategor/i.test(text.rest)) return 'categories';
  return undefined;
}

function readSuperlative(text: QuestionText, frame: Frame): void {
  const t = text.rest;
  const most =
    /\b(?<!at )(?:most|largest|highest|biggest|longest|busiest|slowest|(?<!(?:their|its|whose|a) )latest(?! versions? (?:of|for|since|from|in|before|after|date|day)\b)(?!(?<='s latest) versions?\b)|newest|newer(?= one\b)|(?<!(?:'s|its|their) )most recent(?:ly)?|last(?= (?:(?!\S*'s\b|months?\b|weeks?\b|years?\b|days?\b)\S+ ){0,2}(?:papers?|articles?|preprints?|submissions?)\b))\b|\b(?:came|come|submitted|published|posted|released) (?:out )?last\b(?! (?:year|month|week|weekend|day|time|quarter|summer|winter|spring|autumn|fall|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)|\btop (?:\d+ |(?:two|three|four|five|six|seven|eight|nine|ten) )?(?:primary |first |last )?(?:authors?|people|researchers|collaborators?|co-?authors?|partners?|categor|years?\b|months?\b|days?\b)/i;
  const least =
    /\b(?:fewest|(?<!at )least|smallest|lowest|shortest|oldest|older(?= one\b)|fastest|soonest|quickest|earliest|first (?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) )?(?:papers?|publications?|articles?|preprints?))\b|\b(?:the |with )less (?=authors|pages|categories|figures)|\b(?:came|come|submitted|published|posted|released) (?:out )?first\b(?! (?:half|quarter|week|day|month|year|time|version)\b)/i;
  if (!most.test(t) && !least.test(t)) return;
  frame.want = 'superlative';
  const lo = least.exec(t)?.index ?? Infinity;
  const hi = most.exec(t)?.index ?? Infinity;
  // "got its latest version the fastest": the least time, whatever else the question says first.
  frame.direction = lo < hi || /\b(?:fastest|soonest|quickest)\b/i.test(t) ? 'least' : 'most';
  const group = superlativeGroup(t);
  if (group) {
    frame.groupBy = group;
    if (group === 'weekday') text.takeAll(/\b(?:weekday|day of (?:the )?week)\b/gi);
  } else {
    const measure = superlativeMeasure(text, t);
    if (measure) frame.measure = measure;
    else frame.want = undefined;
  }
  // "the shortest time between its first and latest version" measures time, not dates.
  if (
    frame.measure !== 'revisionGap' &&
    /\b(?:oldest|earliest|newest|latest|most recent|first (?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) )?(?:papers?|publications?|articles?|preprints?))\b|\blast (?=(?:(?!\S*'s\b|months?\b|weeks?\b|years?\b|days?\b)\S+ ){0,2}(?:papers?|articles?|preprints?|submissions?)\b)/i.test(
      t,
    )
  )
    frame.direction =
      /\b(?:oldest|earliest|first (?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) )?(?:papers?|publications?|articles?|preprints?))\b/i.test(
        t,
      )
        ? 'least'
        : 'most';
  readTopN(text, frame);
}

/** The groups a superlative ranks: "the busiest month", "the most common category", "who wrote the most". */
function superlativeGroup(t: string): GroupBy | undefined {
  const busiest = /\bbusiest\b/i.test(t);
  // "top 3 years", "top 5 days": the groups with the most papers.
  const top = /\btop (?:\d+ |(?:two|three|four|five|six|seven|eight|nine|ten) )?(year|month|day)s?\b/i.exec(t)?.[1];
  if (top) return top.toLowerCase() as GroupBy;
  if (/\b(?:which|what|busiest|quietest)(?: \w+)? (?:weekday|day of (?:the )?week)\b/i.test(t)) return 'weekday';
  if (
    (/\b(?:which|what) (?:day|date)|\bon which days?\b|\bdates\b.*\bwhich one\b/i.test(t) &&
      // "on what date was the newest paper first submitted": the date of one paper, not the busiest day.
      !(
        /\b(?:newest|oldest|latest|earliest|most recent)\b(?! version)/i.test(t) &&
        !/\b(?:most|fewest) (?:papers|submissions)\b/i.test(t)
      )) ||
    (busiest && !/\b(?:months?|years?)\b/i.test(t))
  )
    return 'day';
  // "which month of which year": a month of a year.
  if (/\b(?:which|what|busiest)(?: \w+)? months?\b/i.test(t) || (busiest && /\bmonths?\b/i.test(t))) return 'month';
  if (/\b(?:which|what|busiest)(?: \w+)? years?\b/i.test(t) || (busiest && /\byears?\b/i.test(t))) return 'year';
  if (
    /\bmost common (?:primary )?categor(?:y|ies)|\bmost common primary\b|\b(?:which|what) (?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten) )?(?:primary )?categor(?:y|ies) (?:has|have|had|is|was)\b|\btop (?:\d+ |(?:two|three|four|five|six|seven|eight|nine|ten) )?(?:primary )?categor/i.test(
      t,
    )
  )
    return /\bprimary\b/i.test(t) ? 'primaryCategory' : 'category';
  if (
    /^(?:who|which (?:authors?|people|researchers))\b|\bappears? most\b|\bmost prolific\b|\b(?:top|most frequent|main|closest|usual) (?:collaborator|co-?author|coworker|partner)s?\b|\b(?:collaborates?|works?) (?:the )?most\b|\btop (?:\d+ |(?:two|three|four|five|six|seven|eight|nine|ten) )?(?:first |last )?(?:authors?|people|researchers?)\b/i.test(
      t,
    ) ||
    /^[Ww]hich \p{Lu}\p{L}+s?\b/u.test(t)
  )
    return 'author';
  return undefined;
}
