// What questions ask about a paper's own fields, read from its comments, journal ref, DOI and links.
export { type PageCount, figuresOf, pagesOf, tablesOf } from './paper-counts.js';
export { codeLinks, isCodeLink, linksOf, projectPages } from './paper-links.js';
export {
  type PaperStatus,
  type VenueClaim,
  type VenueKind,
  statusOf,
  submittedVenueOf,
  venueClaims,
  venueOf,
} from './paper-venue.js';
