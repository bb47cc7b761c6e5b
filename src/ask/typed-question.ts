import { z } from 'zod';
import { DateField, Measure, PaperFilter } from '../search/paper-filter.js';

/** The answer a question wants. */
export const Want = z.enum([
  /** The papers themselves. */
  'papers',
  'count',
  /** Whether any paper fits: yes, no, or "cannot tell" when hidden authors or missing fields could hide one. */
  'yesno',
  /** One or more fields of the papers (usually of one named paper). */
  'field',
  /** The people on the papers, ranked by how many of them they are on. */
  'authors',
  /** Counts per group (year, month, day, category, author). */
  'distribution',
  /** The paper (or group) with the most or least of a measure, with its ties. */
  'superlative',
  'average',
  /** What the papers are about: their contribution, from the abstract. */
  'describe',
  /** Two people side by side: papers, dates, papers together. */
  'compare',
  /** One person as the listing shows them: papers, dates, frequent coauthors. */
  'profile',
]);
export type Want = z.infer<typeof Want>;

/** What can be shown of a paper. */
export const FieldName = z.enum([
  'authors',
  /** Every author, "et al." included: cannot be given when the listing hides some. */
  'allAuthors',
  'firstAuthor',
  'lastAuthor',
  'secondAuthor',
  /** The author at position `nth` (third, fifth, 40th). */
  'nthAuthor',
  'authorCount',
  'submitted',
  'updated',
  'announced',
  'revised',
  'versions',
  'categories',
  'primaryCategory',
  'crossLists',
  'comments',
  'pages',
  'figures',
  'tables',
  'venue',
  'journalRef',
  'doi',
  'reportNumber',
  'acmClass',
  'mscClass',
  'code',
  'projectPage',
  'abstract',
  'id',
  'title',
]);
export type FieldName = z.infer<typeof FieldName>;

export const GroupBy = z.enum(['year', 'month', 'day', 'category', 'primaryCategory', 'author', 'venue', 'weekday']);
export type GroupBy = z.infer<typeof GroupBy>;

/** A question as the typed query it was read as: what is wanted, of which papers, and how. */
export const TypedQuestion = z.object({
  want: Want,
  /** The papers it is about; null for the whole listing. */
  papers: PaperFilter.nullable(),
  /** For `field`: the fields asked for, in the order asked; for `superlative`, the fields of the paper it picks. */
  fields: z.array(FieldName).optional(),
  /** For `superlative` and `average`: what is measured, and which end. */
  measure: Measure.optional(),
  direction: z.enum(['most', 'least']).optional(),
  /** For `average`: the mean unless the median is asked. */
  statistic: z.enum(['mean', 'median']).optional(),
  /** For `distribution`, or a superlative over groups ("the busiest day"). */
  groupBy: GroupBy.optional(),
  /** The date groups and orders by. */
  dateField: DateField.optional(),
  /**
   * For `authors` and a count of authors: only people on none of these papers ("never wrote with X",
   * "never wrote alone"), or at this place of none of them ("never a first author"); all papers when null.
   */
  never: z.object({ papers: PaperFilter.nullable(), position: z.enum(['first', 'last']).optional() }).optional(),
  /** For `authors`: people left out of the ranking (the person whose coauthors are asked for). */
  exceptAuthors: z.array(z.string()).optional(),
  /** For `authors`: only people whose name has this word ("which Mahajan…"). */
  authorsNamed: z.string().optional(),
  /** For `authors`: people whose name has this word left out ("apart from the Mahajans"). */
  exceptNamed: z.string().optional(),
  /** For a superlative over authors: ranked by their papers, or by their distinct coauthors. */
  rankBy: z.enum(['papers', 'coauthors']).optional(),
  /** For `distribution` by year or month: only the periods with no papers ("which months of 2024 had none"). */
  emptyOnly: z.boolean().optional(),
  /** For `distribution` by category: only the categories no paper has as its primary one. */
  crossListsOnly: z.boolean().optional(),
  /** For `distribution`: only these groups (the categories a comparison names). */
  groups: z.array(z.string()).optional(),
  /** For `authors`, `compare` and a superlative over authors: only the first (or last) author of each paper counts. */
  authorPosition: z.enum(['first', 'last']).optional(),
  /** For `authors`: only people with papers among each of these ("who has papers in both 2022 and 2025"). */
  onEach: z.array(PaperFilter).optional(),
  /** For `authors`: only people on at least, or at most, this many of the papers. */
  minPapers: z.number().int().positive().optional(),
  maxPapers: z.number().int().positive().optional(),
  /** For `count`: what is counted, papers unless it says otherwise. */
  countOf: z.enum(['papers', 'authors', 'primaryCategories', 'categories']).optional(),
  /** For `yesno`: whether every paper fits, rather than any. */
  every: z.boolean().optional(),
  /** For `yesno`: whether no paper fits ("is there no paper about X"), rather than any. */
  none: z.boolean().optional(),
  /** For `every`: the papers that must all fit ("every one of Priebe's papers"); all papers when absent. */
  everyOf: PaperFilter.optional(),
  /** For the newest or oldest on a topic: any paper that mentions it, not first those whose title names it. */
  anyMention: z.boolean().optional(),
  /** For `field`: the fields of each selected paper ("…and when were they last updated"), not of one. */
  each: z.boolean().optional(),
  /** For `count`: also as a share of the listing ("what fraction…"), or of `shareOf`. */
  share: z.boolean().optional(),
  /** For a share: the papers it is a share of ("what share of the cs.CL papers…"); the listing when absent. */
  shareOf: PaperFilter.optional(),
  /** For `compare` and `profile`: the people. */
  people: z.array(z.string()).optional(),
  /** For `compare`: asked as "does A have more papers than B", answered with a yes or a no first. */
  moreThan: z.boolean().optional(),
  /** For `superlative` and `distribution`: how many of the ranking ("the 3 newest"), ties at the last place included. */
  limit: z.number().int().positive().optional(),
  /** For `superlative`: the place of the ranking asked for ("the second oldest" is 2), ties together. */
  place: z.number().int().min(2).optional(),
  /** For the field `nthAuthor`: which position, from 1. */
  nth: z.number().int().positive().optional(),
});
export type TypedQuestion = z.infer<typeof TypedQuestion>;
