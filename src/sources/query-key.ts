const OPERATORS = new Set(['and', 'or', 'andnot']);
const FIELD = /^(ti|au|abs|co|jr|cat|rn|id|all|submitteddate|lastupdateddate):/i;

/**
 * One spelling per arXiv query, so the same query typed twice is one source: spaces collapsed
 * outside quotes, AND/OR/ANDNOT in capitals, field prefixes in lower case. What a term says is
 * left as typed (arXiv's search ignores its case anyway).
 */
export function queryKey(query: string): string {
  const parts = query.trim().match(/[^\s"]*"[^"]*"?|[^\s"]+/g) ?? [];
  return parts
    .map((part) => {
      if (OPERATORS.has(part.toLowerCase())) return part.toUpperCase();
      return part.replace(/\s+/g, ' ').replace(FIELD, (field) => field.toLowerCase());
    })
    .join(' ');
}
