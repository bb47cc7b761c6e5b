import { type Paper, isWebLink } from './paper.js';

/**
 * Hosts of source-code repositories. Hugging Face is not among them: its pages hold model weights,
 * data sets and demos, so its links are project pages. `*.github.io` sites are pages too.
 */
const CODE_HOSTS = new Set([
  'github.com',
  'gist.github.com',
  'gitlab.com',
  'bitbucket.org',
  'codeberg.org',
  'git.sr.ht',
  'sourceforge.net',
]);

// Links to other papers and records, not to a project: arXiv itself and DOI resolvers.
const PAPER_HOSTS = new Set(['arxiv.org', 'export.arxiv.org', 'doi.org', 'dx.doi.org']);

// A link in comments: with its scheme, or a repository written without one ("github.com/owner/repo").
const COMMENT_LINK =
  /https?:\/\/[^\s{}<>"\\]+|(?<![\w./@-])(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org)\/[\w.-]+(?:\/[\w.-]+)*/gi;

/** The links a comment writes, in its order, trailing sentence punctuation removed. */
function commentLinks(comments: string): string[] {
  return [...comments.matchAll(COMMENT_LINK)].map((m) => {
    const url = m[0].replace(/[.,;:!?)\]']+$/, '');
    // A repository without "https://" still counts; the scheme is added so that the link works.
    return /^https?:/i.test(url) ? url : `https://${url}`;
  });
}

function hostOf(url: string): string {
  return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
}

function pathOf(url: string): string {
  return new URL(url).pathname.replace(/\/+$/, '');
}

/** What makes two links the same: case, a trailing slash and a ".git" suffix aside. */
function sameKey(url: string): string {
  return url
    .toLowerCase()
    .replace(/^https?:\/\/(?:www\.)?/, '')
    .replace(/(?:\.git)?\/*$/, '');
}

/** Every http(s) link of a paper, from its comments and its abstract, once each, in that order. */
export function linksOf(p: Paper): string[] {
  const seen = new Set<string>();
  return [...commentLinks(p.comments ?? ''), ...p.urls]
    .filter((url) => isWebLink(url))
    .filter((url) => {
      const key = sameKey(url);
      return !seen.has(key) && seen.add(key);
    });
}

/** Whether a link points at source code: a repository, user or gist on a code host. */
export function isCodeLink(url: string): boolean {
  return CODE_HOSTS.has(hostOf(url)) && pathOf(url) !== '';
}

/**
 * Links to the paper's code (github.com, gitlab.com, bitbucket.org, codeberg.org, sr.ht,
 * sourceforge.net), from its comments and abstract, trailing sentence punctuation removed, once each.
 */
export function codeLinks(p: Paper): string[] {
  return linksOf(p).filter(isCodeLink);
}

/**
 * Other web pages the paper links to: project sites ("https://mmsearch.github.io"), demos, Hugging
 * Face models and data sets. Links to arXiv and to DOI resolvers are left out: they name papers.
 */
export function projectPages(p: Paper): string[] {
  return linksOf(p).filter((url) => !isCodeLink(url) && !PAPER_HOSTS.has(hostOf(url)));
}
