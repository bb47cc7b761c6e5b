import type { PaperIndex } from '../search/paper-index.js';
import { aboveAverage, scopeOf } from './above-average.js';
import type { Answer } from './answer.js';
import { collaboration } from './collaboration.js';
import { pickedPapers } from './picked-papers.js';
import { groupAverage } from './group-averages.js';
import { measureTally } from './measure-tally.js';
import { twoAverages } from './two-averages.js';

/**
 * Answers computed over people and papers beyond one typed query: who writes with whom, two averages compared, papers counted by a measure, the group
 * with the highest average, papers or people against an average. `ask` reads the words that say
 * which papers (for example "which papers in cs.CL"); undefined for other questions.
 */
export function statisticsAnswer(
  index: PaperIndex,
  text: string,
  ask: (q: string) => Answer,
  question = text,
): Answer | undefined {
  const scope = (q: string) => scopeOf(ask(`which papers ${q}`));
  return (
    pickedPapers(text, ask, { papers: index.papers, question }) ??
    collaboration(index, text) ??
    twoAverages(index, text, scope) ??
    measureTally(index, text) ??
    groupAverage(index, text) ??
    aboveAverage(index, text, scope)
  );
}
