import type { PaperFilter } from '../search/paper-filter.js';
import type { PaperIndex } from '../search/paper-index.js';
import { findLoose } from './read-paper.js';

/** "which of 2409.12191 and GP-GPT has more authors": the named papers, and what is asked of them. */
export interface WhichOf {
  papers: PaperFilter;
  /** The question as asked of those papers alone ("which paper has the most authors"). */
  asked: string;
}

// Each shape gives the papers named (group 1) and what is asked of them (group 2), or the reverse ('asked first').
const SHAPES: { shape: RegExp; askedFirst?: boolean }[] = [
  {
    shape:
      /^(?:which|what)(?: one| paper)? of (?:the papers |these )?(.+?),? (?=(?:has|had|have|is|was|were|got|came)\b)(.+)$/i,
  },
  { shape: /^(?:of|between|among) (.+),\s*(?:which|what)(?: one| paper)? (.+)$/i },
  { shape: /^(.+?)\s*[—–-]+\s*(?:which|what)(?: one| paper)?(?: of (?:them|these|the \w+))? (.+)$/i },
  // "which was submitted first, Pimba or NeuPIMs", "Pimba or NeuPIMs: which is longer".
  {
    shape: /^(?:which|what)(?: one| paper)? ((?:has|had|is|was|came|got)\b[^,:]+?)\s*[,:]\s*(.+\bor\b[^,]+)(?:,.*)?$/i,
    askedFirst: true,
  },
  { shape: /^(.+\bor\b.+?)\s*[,:?]\s*(?:which|what)(?: one| paper)?(?: of (?:them|the two|these))? (.+)$/i },
];

const COMPARATIVES: [RegExp, string][] = [
  [/\bmore\b/i, 'the most'],
  [/\b(?:fewer|less)\b/i, 'the fewest'],
  [/\blonger\b/i, 'the longest'],
  [/\bshorter\b/i, 'the shortest'],
  [/\b(?:earlier|sooner|older)\b/i, 'the oldest'],
  [/\b(?:newer|later|more recent)\b/i, 'the newest'],
];

/** Two or more papers named by id, link or title, then a question about which of them: asked of those papers. */
export function readWhichOf(index: PaperIndex, raw: string): WhichOf | undefined {
  for (const { shape, askedFirst } of SHAPES) {
    const m = shape.exec(raw.trim());
    if (!m) continue;
    const [named, asked] = askedFirst ? [m[2] as string, m[1] as string] : [m[1] as string, m[2] as string];
    const refs = named.split(/\s*(?:,|;|\band\b|\bor\b|&)\s*/i).filter((r) => r.trim() !== '');
    if (refs.length < 2) continue;
    const found = refs.map((ref) => findLoose(index, ref.trim()));
    const ids = [...new Set(found.flatMap((f) => (f.kind === 'found' ? [f.paper.id] : [])))];
    if (ids.length !== refs.length) continue;
    let rest = asked;
    for (const [word, superlative] of COMPARATIVES) rest = rest.replace(word, superlative);
    return { papers: { kind: 'paper', ids }, asked: `which paper ${rest}` };
  }
  return undefined;
}
