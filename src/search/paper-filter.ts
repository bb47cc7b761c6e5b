import { z } from 'zod';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The dates a paper has: its first version, its latest version, the month arXiv announced it. */
export const DateField = z.enum(['submitted', 'updated', 'announced']);
export type DateField = z.infer<typeof DateField>;

/** What can be measured of a paper, to order, compare or average by. */
export const Measure = z.enum([
  'submitted',
  'updated',
  'authors',
  'shownAuthors',
  'pages',
  'figures',
  'tables',
  'titleLength',
  /** Words of the title, split at spaces. */
  'titleWords',
  'categories',
  /** Days from the first version to the latest. */
  'revisionGap',
  /** Number of versions, when the listing shows it. */
  'versions',
  /** The arXiv id read as a number ("2409.09628"), for "sorted by arXiv id". */
  'arxivId',
]);
export type Measure = z.infer<typeof Measure>;

/** Fields a paper may have or lack. */
export const Presence = z.enum([
  'doi',
  'journalRef',
  'comments',
  'reportNumber',
  'acmClass',
  'mscClass',
  'code',
  /** A link to a web page that is neither code nor a paper: a project site, a demo, a model card. */
  'projectPage',
  /** An abstract that is not empty (a copy or a feed may carry none). */
  'abstract',
  /** Any author, shown or hidden behind "et al." ("papers with no authors" are asked for to catch a bot out). */
  'authors',
  'title',
  'hiddenAuthors',
  'pages',
  'figures',
  /** Comments or a journal reference saying the paper was accepted, published or presented somewhere. */
  'acceptance',
  /** Comments saying it was submitted somewhere or is under review, and not that it was accepted. */
  'submission',
]);
export type Presence = z.infer<typeof Presence>;

/** One condition on a paper. */
export const Clause = z.discriminatedUnion('kind', [
  /** Words of the title and abstract, as `/search` reads them; `phrase` keeps their order. */
  z.object({ kind: z.literal('topic'), words: z.string().min(1), phrase: z.boolean().optional() }),
  /** Words of one field as written: comments, journal reference, title, abstract or DOI. */
  z.object({
    kind: z.literal('mentions'),
    field: z.enum(['comments', 'journalRef', 'title', 'abstract', 'doi', 'acmClass', 'mscClass']),
    words: z.string().min(1),
    /** The field starts with the words ("titles starting with the word A"). */
    at: z.literal('start').optional(),
  }),
  /** A person, at any position of the author list unless `position` says first, second or last. */
  z.object({
    kind: z.literal('author'),
    name: z.string().min(1),
    position: z.enum(['first', 'second', 'last']).optional(),
    /** Only the authors the listing shows count: a paper hiding authors is then a plain no. */
    shown: z.boolean().optional(),
  }),
  /** A period of one of the dates: from (included) until (excluded), ISO days. */
  z.object({ kind: z.literal('date'), field: DateField, from: isoDay.optional(), until: isoDay.optional() }),
  /** Days of the week of a first or latest version, 0 for Sunday to 6 for Saturday (UTC, as arXiv dates its versions). */
  z.object({
    kind: z.literal('weekday'),
    field: z.enum(['submitted', 'updated']),
    days: z.array(z.number().int().min(0).max(6)).min(1),
  }),
  /** A category or a whole archive ("cs", "astro-ph"), as primary or anywhere on the list. */
  z.object({
    kind: z.literal('category'),
    code: z.string().min(1),
    archive: z.boolean().optional(),
    primary: z.boolean().optional(),
  }),
  z.object({ kind: z.literal('has'), field: Presence }),
  z.object({ kind: z.literal('revised'), value: z.boolean() }),
  /** Papers named by id. */
  z.object({ kind: z.literal('paper'), ids: z.array(z.string()).min(1) }),
  z.object({
    kind: z.literal('measure'),
    measure: Measure,
    op: z.enum(['>', '<', '>=', '<=', '=']),
    value: z.number(),
  }),
]);
export type Clause = z.infer<typeof Clause>;

/** Conditions combined with AND, OR and NOT. */
export type PaperFilter = Clause | { all: PaperFilter[] } | { any: PaperFilter[] } | { not: PaperFilter };

export const PaperFilter: z.ZodType<PaperFilter> = z.lazy(() =>
  z.union([
    Clause,
    z.object({ all: z.array(PaperFilter) }),
    z.object({ any: z.array(PaperFilter) }),
    z.object({ not: PaperFilter }),
  ]),
);

/** All of these conditions; one alone is itself, none is null (every paper). */
export function allOf(parts: readonly (PaperFilter | null | undefined)[]): PaperFilter | null {
  const kept = parts.filter((p): p is PaperFilter => p !== null && p !== undefined);
  if (kept.length === 0) return null;
  return kept.length === 1 ? (kept[0] as PaperFilter) : { all: kept };
}

/** Every clause of a filter, under any connective. */
export function clausesOf(filter: PaperFilter | null): Clause[] {
  if (!filter) return [];
  if ('all' in filter) return filter.all.flatMap(clausesOf);
  if ('any' in filter) return filter.any.flatMap(clausesOf);
  if ('not' in filter) return clausesOf(filter.not);
  return [filter];
}
