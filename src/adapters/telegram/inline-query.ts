import type { Context } from 'grammy';
import type { InlineQueryResultArticle } from 'grammy/types';
import { askedKeys, paperDates, shortAuthors } from '../../chat/format.js';
import { paperUrl } from '../../listing/paper.js';
import { askedAuthors } from '../../search/asked-authors.js';
import type { LiveIndex } from '../../search/live-index.js';
import { parseQuery } from '../../search/query.js';
import { escapeHtml, link } from './html.js';
import { TELEGRAM_LIMITS } from './limits.js';

/** Answers an inline query with a page of matching papers (the newest when nothing is typed). */
export async function answerInlineQuery(ctx: Context, live: LiveIndex): Promise<void> {
  const query = ctx.inlineQuery?.query.trim() ?? '';
  const offset = Number(ctx.inlineQuery?.offset || 0) || 0;
  const index = live.current;
  const papers = query
    ? index.search(query.slice(0, 300), { typing: true }).hits.map((h) => ({ paper: h.paper, snippet: h.snippet }))
    : index.newest.map((paper) => ({ paper, snippet: '' }));
  const page = papers.slice(offset, offset + TELEGRAM_LIMITS.inlineResults);
  const filters = query ? parseQuery(query.slice(0, 300)).authors : [];
  const keep = askedKeys(
    askedAuthors(
      index.authors,
      filters,
      page.map((p) => p.paper),
    ),
  );
  const results: InlineQueryResultArticle[] = page.map(({ paper, snippet }) => ({
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
  const next = offset + page.length < papers.length ? String(offset + page.length) : '';
  await ctx.answerInlineQuery(results, { cache_time: 60, next_offset: next, is_personal: false });
}
