import { EACH_CATEGORY } from './read-conditions.js';
import type { TypedQuestion } from './typed-question.js';

const COMPARES = /\b(?:more|fewer|bigger|larger|smaller)\b|\bwhich (?:one )?(?:has|is)\b/i;

/** "are there more cs.CL or cs.AI papers", "counts for cs.CL, cs.AI and cs.LG each": the categories' counts, side by side. */
export function compareCategories(q: TypedQuestion, raw: string): void {
  // "compare cs.LG and cs.AI", "cs.LG vs cs.AI": the two counts, not the papers in both.
  const versus = /^compare\b|\bvs\.?(?!\w)|\bversus\b/i.test(raw);
  // "how many single-author papers do cs.CL and cs.AI each have": the categories beside other conditions.
  const inAll =
    q.papers && 'all' in q.papers && EACH_CATEGORY.test(raw)
      ? q.papers.all.find((f) => 'any' in f && f.any.every((c) => 'kind' in c && c.kind === 'category'))
      : undefined;
  const either =
    inAll && 'any' in inAll
      ? inAll.any
      : !q.papers
        ? []
        : 'any' in q.papers
          ? q.papers.any
          : versus && 'all' in q.papers
            ? q.papers.all
            : [];
  const cats = either.filter((c) => 'kind' in c && c.kind === 'category' && !c.archive);
  if (cats.length < 2 || either.length !== cats.length) return;
  const each = EACH_CATEGORY.test(raw) && ['papers', 'count', 'distribution'].includes(q.want);
  const compares = cats.length === 2 && (q.want === 'yesno' || q.want === 'papers') && (COMPARES.test(raw) || versus);
  if (compares) q.papers = { any: cats };
  if (!each && !compares) return;
  const codes = cats.map((c) => ('kind' in c && c.kind === 'category' ? c.code : ''));
  const primary = cats.every((c) => 'kind' in c && c.kind === 'category' && c.primary);
  Object.assign(q, { want: 'distribution', groupBy: primary ? 'primaryCategory' : 'category', groups: codes });
}
