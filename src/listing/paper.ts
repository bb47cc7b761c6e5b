import { createHash } from 'node:crypto';
import { z } from 'zod';
import { fold, words } from './text.js';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * Whether a link may be shown: an absolute http(s) URL, written without spaces or control
 * characters (a chat would refuse `javascript:` or `data:`, and a space cuts a link in two).
 */
export function isWebLink(text: string): boolean {
  return /^https?:\/\/[^\s\p{Cc}]+$/iu.test(text) && URL.canParse(text);
}

const webLink = z.string().refine(isWebLink, 'not an http(s) address');

/** One paper of a listing. Dates are ISO strings: days "YYYY-MM-DD", months "YYYY-MM". */
export const PaperSchema = z.object({
  /** The arXiv id when known, else a slug plus hash of the normalized title. */
  id: z.string().min(1),
  arxivId: z.string().optional(),
  /** The arXiv version the listing shows ("v2" gives 2), when it shows one. */
  version: z.number().int().positive().optional(),
  /** More than one version, as the listing says it (a "v1 submitted" date, even of the same day). */
  revised: z.boolean().optional(),
  title: z.string().min(1),
  authors: z.array(z.string().min(1)).min(1),
  /** Authors the listing cut off with "et al. (N additional authors not shown)". */
  hiddenAuthorCount: z.number().int().nonnegative(),
  /** Readable text, LaTeX turned into plain text; paragraphs separated by "\n". */
  abstract: z.string(),
  abstractRaw: z.string(),
  /** False when the listing holds only the abstract's teaser (a search page copied without "More"). */
  abstractComplete: z.boolean(),
  /** First version (the "v1 submitted" date when present, else "Submitted"). */
  submitted: isoDay,
  /** Latest version (the "Submitted" date). */
  updated: isoDay,
  announced: z.string().regex(/^\d{4}-\d{2}$/),
  categories: z.array(z.string()),
  comments: z.string().optional(),
  journalRef: z.string().optional(),
  doi: z.string().optional(),
  reportNumber: z.string().optional(),
  mscClass: z.string().optional(),
  acmClass: z.string().optional(),
  links: z.object({
    abs: webLink.optional(),
    pdf: webLink.optional(),
    /** arXiv search for the title: always there, the only link when the id is unknown. */
    search: webLink,
  }),
  /** URLs found in the abstract, typically code repositories. */
  urls: z.array(webLink),
  /** 1-based line of the listing where the entry starts. */
  line: z.number().int().positive(),
});

export type Paper = z.infer<typeof PaperSchema>;

/** The title reduced to folded words, the key for ids and title look-ups. */
export function normalizeTitle(title: string): string {
  return words(fold(title)).join(' ');
}

/** A stable id for a paper without an arXiv id: a short slug of its title plus a hash of it. */
export function titleId(title: string): string {
  const norm = normalizeTitle(title);
  const hash = createHash('sha1').update(norm).digest('hex').slice(0, 6);
  let slug = '';
  for (const w of norm.split(' ')) {
    if (!w) continue;
    const next = slug ? `${slug}-${w}` : w;
    if (next.length > 30) break;
    slug = next;
  }
  return slug ? `${slug.slice(0, 30)}-${hash}` : hash;
}

/** arXiv's abs, pdf and search links for a paper. */
export function paperLinks(title: string, arxivId?: string): Paper['links'] {
  // A lone surrogate (a cut emoji) would make encodeURIComponent throw.
  const search = `https://arxiv.org/search/?searchtype=title&query=${encodeURIComponent(title.toWellFormed())}`;
  if (!arxivId) return { search };
  return { abs: `https://arxiv.org/abs/${arxivId}`, pdf: `https://arxiv.org/pdf/${arxivId}`, search };
}

/** The best link to show for a paper. */
export function paperUrl(paper: Paper): string {
  return paper.links.abs ?? paper.links.search;
}

/** Whether the paper was revised after its first version. */
export function isRevised(paper: Paper): boolean {
  return paper.revised ?? (paper.updated !== paper.submitted || (paper.version ?? 1) > 1);
}

/** Shown plus hidden authors. */
export function totalAuthors(paper: Paper): number {
  return paper.authors.length + paper.hiddenAuthorCount;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Newest first by first-version date, then by latest version, then by title. */
export function compareNewest(a: Paper, b: Paper): number {
  // Plain comparisons: ISO dates sort as text, and localeCompare is slow on large listings.
  return compareText(b.submitted, a.submitted) || compareText(b.updated, a.updated) || compareText(a.title, b.title);
}
