import { type Block, paragraph } from '../document.js';
import { CITED_PAPERS, papersBlock } from './entries.js';
import type { ReplyKind } from './kind.js';
import { paperSummary } from './paper-json.js';

/** An answer, what the question was understood as, and the papers it rests on. */
export const answerKind: ReplyKind<'answer'> = {
  document: (reply, context) => {
    const blocks: Block[] = [
      paragraph(...reply.answer.split('\n')),
      ...(!reply.declined && reply.understood
        ? [{ type: 'aside' as const, label: 'Understood', text: reply.understood }]
        : []),
      ...(reply.papers.length
        ? [
            papersBlock(
              reply.papers.map((paper) => ({ paper })),
              context,
              { max: CITED_PAPERS },
            ),
          ]
        : []),
    ];
    return { blocks };
  },
  json: (reply) => ({
    kind: reply.kind,
    question: reply.question,
    answer: reply.answer,
    understood: reply.understood,
    ...(reply.query ? { query: reply.query } : {}),
    papers: reply.papers.map((p) => paperSummary(p)),
    ...(reply.parts
      ? {
          parts: reply.parts.map((a) => ({
            answer: a.answer,
            understood: a.understood,
            ...(a.query ? { query: a.query } : {}),
            ...(a.declined ? { declined: true } : {}),
          })),
        }
      : {}),
    ...(reply.candidates ? { candidates: reply.candidates } : {}),
    ...(reply.declined ? { declined: true } : {}),
  }),
};
