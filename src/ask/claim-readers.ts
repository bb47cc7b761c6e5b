// Questions that check a claim or compare two readings, each answered by asking simpler questions
// of the engine: "is the newest cs.DC paper also the newest overall", "X is the only paper by Y,
// correct?", "A and B never wrote together?", "did exactly 3 papers come out in 2014".
import type { PaperIndex } from '../search/paper-index.js';
import type { Answer } from './answer.js';
import { statedCount } from './count-claim.js';
import { dateClaim } from './date-claim.js';
import { neitherAuthor, neverTogether } from './never-together.js';
import { onlyClaim } from './only-claim.js';
import { samePick } from './same-pick.js';

/**
 * The answer of the first claim reader that reads the question; `question` is as asked (the
 * readers need words the cleaning drops, such as "only"), `cleaned` as cleaned.
 */
export function claimAnswer(
  index: PaperIndex,
  question: string,
  cleaned: string,
  ask: (question: string) => Answer,
): Answer | undefined {
  return (
    samePick(cleaned, ask) ??
    onlyClaim(index, question, ask) ??
    neverTogether(question, ask) ??
    neitherAuthor(question, ask) ??
    dateClaim(index, cleaned) ??
    statedCount(question, ask)
  );
}
