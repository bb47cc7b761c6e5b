import { describeCategories } from '../listing/categories.js';
import { formatDate } from '../listing/dates.js';
import { type Paper, isRevised, totalAuthors } from '../listing/paper.js';
import { codeLinks, figuresOf, pagesOf, projectPages, tablesOf, venueOf } from '../listing/paper-fields.js';
import { contributionSentences, joinAnd, plural } from './answer.js';
import { versionsAnswer } from './answer-versions.js';
import type { FieldName } from './typed-question.js';

/** One field of one paper in a sentence; `cannot` when the listing cannot say, `missing` when it holds no such field at all. */
export interface FieldAnswer {
  text: string;
  /** The listing does not hold the field for this paper, so the honest answer is a decline. */
  declined?: boolean;
  /** "Yes"/"No"/"cannot tell" questions about the paper. */
  cannotTell?: boolean;
}

const cannot = (text: string): FieldAnswer => ({ text, declined: true, cannotTell: true });

/** What the listing as a whole holds, to tell "not given for this paper" from "never given here". */
export interface ListingHas {
  ids: boolean;
  categories: boolean;
  comments: boolean;
  journalRefs: boolean;
  dois: boolean;
  links: boolean;
}

export function listingHas(papers: readonly Paper[]): ListingHas {
  let has = listingHasCache.get(papers);
  if (!has) listingHasCache.set(papers, (has = computeListingHas(papers)));
  return has;
}

const listingHasCache = new WeakMap<readonly Paper[], ListingHas>();

function computeListingHas(papers: readonly Paper[]): ListingHas {
  return {
    ids: papers.some((p) => p.arxivId !== undefined),
    categories: papers.some((p) => p.categories.length > 0),
    comments: papers.some((p) => p.comments !== undefined),
    journalRefs: papers.some((p) => p.journalRef !== undefined),
    dois: papers.some((p) => p.doi !== undefined),
    links: papers.some((p) => p.urls.length > 0 || /https?:\/\//.test(p.comments ?? '')),
  };
}

function position(p: Paper, at: number, word: string): FieldAnswer {
  const t = `"${p.title}"`;
  if (at < 0 && p.hiddenAuthorCount > 0)
    return cannot(
      `The listing cannot tell: ${t} shows ${plural(p.authors.length, 'author')} and hides ${p.hiddenAuthorCount} more ("et al."), so its ${word} author is not shown.`,
    );
  const name = at < 0 ? p.authors[p.authors.length - 1] : p.authors[at];
  if (name === undefined && at < totalAuthors(p))
    return cannot(
      `The ${word} author of ${t} is not shown: the listing shows ${p.authors.length} of its ${totalAuthors(p)} authors and hides the rest ("et al.").`,
    );
  if (name === undefined) return { text: `${t} has only ${plural(totalAuthors(p), 'author')}, so no ${word} author.` };
  return { text: `The ${word} author of ${t} is ${name}.` };
}

/** "third", "40th". */
function ordinal(n: number): string {
  const words = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
  const teen = n % 100 >= 11 && n % 100 <= 13;
  return (
    words[n - 1] ?? `${n}${teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th')}`
  );
}

function authors(p: Paper): FieldAnswer {
  const hidden =
    p.hiddenAuthorCount > 0 ? `, plus ${p.hiddenAuthorCount} more not shown (${totalAuthors(p)} in all)` : '';
  return { text: `"${p.title}" was written by ${joinAnd(p.authors)}${hidden}.` };
}

function dates(p: Paper, field: 'submitted' | 'updated' | 'announced' | 'revised'): FieldAnswer {
  const t = `"${p.title}"`;
  const revised = isRevised(p);
  const sameDay = revised && p.updated === p.submitted ? ' (the same day as its first version)' : '';
  switch (field) {
    case 'submitted':
      return {
        text: `${t} was first submitted on ${formatDate(p.submitted)}${revised ? `; its latest version is from ${formatDate(p.updated)}` : ''}.`,
      };
    case 'updated':
      return {
        text: revised
          ? `${t} was last revised on ${formatDate(p.updated)}${sameDay}; its first version is from ${formatDate(p.submitted)}.`
          : `${t} has not been revised: its only version is from ${formatDate(p.submitted)}.`,
      };
    case 'announced':
      return { text: `${t} was announced in ${formatDate(p.announced)} (first submitted ${formatDate(p.submitted)}).` };
    case 'revised':
      return {
        text: revised
          ? `Yes: ${t} was last revised on ${formatDate(p.updated)}${sameDay}; its first version is from ${formatDate(p.submitted)}.`
          : `No: ${t} has one version, from ${formatDate(p.submitted)}.`,
      };
  }
}

function categories(p: Paper, field: 'categories' | 'primaryCategory' | 'crossLists', has: ListingHas): FieldAnswer {
  const t = `"${p.title}"`;
  if (!has.categories || p.categories.length === 0)
    return cannot(`The listing shows no categories${has.categories ? ` for ${t}` : ''}.`);
  if (field === 'primaryCategory') return { text: `The primary category of ${t} is ${p.categories[0]}.` };
  if (field === 'crossLists') {
    const cross = p.categories.slice(1);
    return {
      text: cross.length
        ? `Yes: ${t} is cross-listed to ${joinAnd(cross)} (primary ${p.categories[0]}).`
        : `No: ${t} is only in ${p.categories[0]}.`,
    };
  }
  return { text: `${t} is in ${describeCategories(p) ?? p.categories.join(', ')}.` };
}

function fromComments(
  p: Paper,
  field: 'comments' | 'pages' | 'figures' | 'tables' | 'venue',
  has: ListingHas,
): FieldAnswer {
  const t = `"${p.title}"`;
  if (!has.comments)
    return cannot(
      `The listing shows no comments for its papers, so it does not say the ${field === 'venue' ? 'venue' : field} of ${t}.`,
    );
  if (field === 'comments')
    return p.comments
      ? { text: `The comments of ${t} say: "${p.comments}"` }
      : cannot(`${t} has no comments in the listing.`);
  if (field === 'venue') {
    const venue = venueOf(p);
    return venue
      ? { text: `${t}: ${venue} (${p.journalRef ? `journal ref "${p.journalRef}"` : `comments: "${p.comments}"`}).` }
      : cannot(`The listing does not say where ${t} was published or accepted.`);
  }
  if (field === 'pages') {
    const pages = pagesOf(p);
    return pages
      ? { text: `${t} has ${pages.text} (from its comments: "${p.comments}").` }
      : cannot(`The listing gives no page count for ${t}.`);
  }
  const n = field === 'figures' ? figuresOf(p) : tablesOf(p);
  return n !== undefined
    ? { text: `${t} has ${plural(n, field.slice(0, -1))} (from its comments).` }
    : cannot(`The listing does not give the number of ${field} of ${t}.`);
}

function links(p: Paper, field: 'code' | 'projectPage', has: ListingHas): FieldAnswer {
  const t = `"${p.title}"`;
  const found = field === 'code' ? codeLinks(p) : projectPages(p);
  const what = field === 'code' ? 'code link' : 'project page';
  if (found.length > 0) return { text: `${field === 'code' ? 'Code' : 'Project page'} for ${t}: ${found.join(', ')}.` };
  return has.links
    ? cannot(`The listing shows no ${what} for ${t}, so it cannot say where one is.`)
    : cannot(`The listing shows no links at all, so it cannot say where the ${what} of ${t} is.`);
}

function identity(
  p: Paper,
  field: 'journalRef' | 'doi' | 'reportNumber' | 'acmClass' | 'mscClass' | 'id' | 'title' | 'abstract',
  has: ListingHas,
): FieldAnswer {
  const t = `"${p.title}"`;
  switch (field) {
    case 'journalRef':
      return p.journalRef
        ? { text: `The journal reference of ${t} is "${p.journalRef}".` }
        : cannot(
            has.journalRefs
              ? `The listing gives no journal reference for ${t}.`
              : 'The listing shows no journal references at all.',
          );
    case 'doi':
      return p.doi
        ? { text: `The DOI of ${t} is ${p.doi}.` }
        : cannot(has.dois ? `The listing gives no DOI for ${t}.` : 'The listing shows no DOIs at all.');
    case 'reportNumber':
      return p.reportNumber
        ? { text: `The report number of ${t} is ${p.reportNumber}.` }
        : cannot(`The listing gives no report number for ${t}.`);
    case 'acmClass':
      return p.acmClass
        ? { text: `The ACM class of ${t} is ${p.acmClass}.` }
        : cannot(`The listing gives no ACM class for ${t}.`);
    case 'mscClass':
      return p.mscClass
        ? { text: `The MSC class of ${t} is ${p.mscClass}.` }
        : cannot(`The listing gives no MSC class for ${t}.`);
    case 'id':
      return p.arxivId
        ? { text: `The arXiv id of ${t} is ${p.arxivId} (${p.links.abs ?? p.links.search}).` }
        : cannot(`The listing shows no arXiv ids; arXiv's search for ${t}: ${p.links.search}`);
    case 'title':
      return { text: `${p.arxivId ?? p.id} is ${t}.` };
    case 'abstract':
      return p.abstractComplete
        ? { text: `Abstract of ${t}: ${p.abstract}` }
        : cannot(`The listing holds only the first lines of the abstract of ${t}.`);
  }
}

/** One field of one paper, said in a sentence. */
export function fieldAnswer(p: Paper, field: FieldName, has: ListingHas, nth = 1): FieldAnswer {
  switch (field) {
    case 'authors':
      return authors(p);
    case 'allAuthors':
      return p.hiddenAuthorCount > 0
        ? cannot(
            `The listing shows only ${p.authors.length} of the ${totalAuthors(p)} authors of "${p.title}"; the other ${p.hiddenAuthorCount} are hidden behind "et al.".`,
          )
        : authors(p);
    case 'firstAuthor':
      return position(p, 0, 'first');
    case 'secondAuthor':
      return position(p, 1, 'second');
    case 'nthAuthor':
      return position(p, nth - 1, ordinal(nth));
    case 'lastAuthor':
      return position(p, -1, 'last');
    case 'authorCount':
      return {
        text:
          p.hiddenAuthorCount > 0
            ? `"${p.title}" has ${totalAuthors(p)} authors: ${p.authors.length} are listed and ${p.hiddenAuthorCount} more are not shown ("et al.").`
            : `"${p.title}" has ${plural(p.authors.length, 'author')}.`,
      };
    case 'submitted':
    case 'updated':
    case 'announced':
    case 'revised':
    case 'versions':
      return field === 'versions' ? versionsAnswer(p) : dates(p, field);
    case 'categories':
    case 'primaryCategory':
    case 'crossLists':
      return categories(p, field, has);
    case 'comments':
    case 'pages':
    case 'figures':
    case 'tables':
    case 'venue':
      return fromComments(p, field, has);
    case 'code':
    case 'projectPage':
      return links(p, field, has);
    default:
      return identity(p, field, has);
  }
}

/** What a paper is about, from its title and the sentence of its abstract that says what it does. */
export function describePaper(p: Paper): string {
  const titled = /^([^:]{1,40}):\s+(.+)$/.exec(p.title);
  const head = titled
    ? `${titled[1]} (${formatDate(p.submitted)}) is "${titled[2]}"`
    : `"${p.title}" (${formatDate(p.submitted)})`;
  return `${head}: ${contributionSentences(shownSentences(p))}`;
}

/** A teaser's last words stop mid-sentence: they are left out when whole sentences come before them, else marked as cut. */
function shownSentences(p: Paper): string {
  if (p.abstractComplete) return p.abstract;
  const whole = /^[\s\S]*[.!?](?=\s)/.exec(p.abstract)?.[0];
  return whole && /\p{L}/u.test(whole) ? whole : `${p.abstract.trimEnd()}…`;
}

/** A yes or no about one field of one paper: "does it have a DOI", "was it revised". */
export function yesNoField(p: Paper, field: FieldName, has: ListingHas): FieldAnswer {
  const t = `"${p.title}"`;
  switch (field) {
    case 'revised':
    case 'crossLists':
      return fieldAnswer(p, field, has);
    case 'doi':
      if (!has.dois) return cannot('The listing shows no DOIs at all, so it cannot tell.');
      return { text: p.doi ? `Yes: the DOI of ${t} is ${p.doi}.` : `No: the listing gives no DOI for ${t}.` };
    case 'code': {
      const links = codeLinks(p);
      if (links.length) return { text: `Yes: code for ${t} is at ${links.join(', ')}.` };
      return has.links
        ? { text: `No: the listing shows no code link for ${t}.` }
        : cannot('The listing shows no links at all, so it cannot tell.');
    }
    default: {
      const venue = field === 'journalRef' ? p.journalRef : venueOf(p);
      return venue
        ? { text: `Yes: ${t}: ${venue}.` }
        : cannot(
            `The listing cannot tell: it shows no journal reference or venue for ${t}, and a listing does not say what was not published.`,
          );
    }
  }
}
