import { createHash } from 'node:crypto';
import type { Paper } from '../listing/paper.js';
import type { DerivedForms } from '../listing/source-store.js';
import { type PaperTerms, paperFacts } from './paper-facts.js';
import { STOP_WORDS, termsOf } from './terms.js';
import { inChunks, inTurns } from './in-turns.js';

// Words that exercise every rule of index terms: folding, stop words, plurals, verb forms, fields in
// -ics, -ses nouns, mixed tokens, possessives, non-Latin letters.
const SAMPLE = `The Distributed systems' studies were coding staged synapses: physics, dynamics and statistics
  of emojis, GPT-4o, llama3, FP8, naïve Café Straße, Œuvre, data-parallel training, computing, modelling,
  bases, analyses, children, mice, geese, left, ground, seed, speed, bed, used, making, studied, PyTorch's,
  behaviours, organisation, optimised, analyse, centre, fibre, catalogue, defence, four, hour, contour.`;
// Moves when stored terms are written differently (not when the rules change: the fingerprint says that).
const FORMAT = 1;

/**
 * The version of the rules that make index terms: stored terms of another version are made again.
 * A fingerprint of the terms of a sample, so a change of the rules cannot leave stale terms behind.
 */
export const TERMS_VERSION = `terms-${FORMAT}-${createHash('sha256')
  .update(termsOf(`${SAMPLE} ${[...STOP_WORDS].join(' ')}`).join(' '))
  .digest('hex')
  .slice(0, 16)}`;

const SEPARATOR = '\u0001';

/** The index terms of each paper, to be stored beside it, made in pieces a running bot can answer between. */
export async function indexTermsOf(papers: readonly Paper[]): Promise<DerivedForms> {
  const byId = new Map<string, string>();
  const memo = new Map<string, string | null>();
  await inTurns(
    inChunks(papers, (chunk) => {
      for (const p of chunk) {
        const { title, abstract, authors } = paperFacts(p, memo).terms;
        byId.set(p.id, [title, abstract, authors].join(SEPARATOR));
      }
    }),
  );
  return { version: TERMS_VERSION, byId };
}

/** Each paper's stored index terms, when they were stored by these rules and read back whole. */
export function storedTerms(derived: DerivedForms | undefined): ((p: Paper) => PaperTerms | undefined) | undefined {
  if (!derived || derived.version !== TERMS_VERSION || derived.byId.size === 0) return undefined;
  return (p) => {
    const parts = derived.byId.get(p.id)?.split(SEPARATOR);
    if (parts?.length !== 3) return undefined;
    const [title, abstract, authors] = parts as [string, string, string];
    return { title, abstract, authors };
  };
}
