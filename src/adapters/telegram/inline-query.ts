import type { InlineQueryResultArticle } from 'grammy/types';
import { askedKeys, paperDates, shortAuthors } from '../../chat/format.js';
import type { Outgoing } from '../../chat/turn.js';
import { paperUrl } from '../../listing/paper.js';
import { escapeHtml, link } from './html.js';

/** An inline query's papers as articles: title, authors (the asked ones kept), dates, and the message each sends. */
export function inlineArticles(out: Extract<Outgoing, { kind: 'inline' }>): InlineQueryResultArticle[] {
  const keep = askedKeys(out.asked);
  return out.items.map(({ paper, snippet }) => ({
    type: 'article',
    id: paper.id.slice(0, 64),
    title: paper.title.slice(0, 200),
    description: `${shortAuthors(paper, 2, keep)} · ${paperDates(paper)}`,
    url: paperUrl(paper),
    input_message_content: {
      message_text: [
        `<b>${link(paperUrl(paper), paper.title)}</b>`,
        escapeHtml(`${shortAuthors(paper, 4, keep)} · ${paperDates(paper)}`),
        ...(snippet || paper.abstract ? [`<i>${escapeHtml((snippet || paper.abstract).slice(0, 600))}</i>`] : []),
      ].join('\n'),
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
    },
  }));
}
