import { compile } from 'css-select';
import { type AnyNode, DomHandler, Element, hasChildren, isTag, isText } from 'domhandler';
import { removeElement } from 'domutils';
import { Parser } from 'htmlparser2';

/**
 * The deepest nesting read. Chromium's HTML parser nests no deeper either, so no page a browser
 * saved is deeper; arXiv's own pages nest 13 deep.
 */
export const MAX_DEPTH = 512;

/** Elements whose content is never text a reader sees. */
const UNSEEN = new Set(['script', 'style', 'template']);

/** Where a page is read from: each search result, daily-listing entry and heading. */
const isUnit = compile<AnyNode, Element>('li.arxiv-result, dt, dd, h1, h2, h3, h4');

/** A saved page parsed for reading. */
export interface PageTree {
  /**
   * Every search result, daily-listing entry (`dt`, `dd`) and heading, in page order, each cut
   * out of its parent: none holds another, however the page nests them, so reading one never
   * reads the next (a result whose `</li>` is left out holds every result after it).
   */
  units: Element[];
  /** Where the page nests deeper than {@link MAX_DEPTH}: an offset into the text. Reading stopped there. */
  tooDeepAt?: number;
}

/**
 * Builds the page's tree without what a browser never shows (script, style, template), and stops
 * where it nests deeper than {@link MAX_DEPTH}: past that, the parser's own work per element
 * grows with the depth, and walking the tree could run out of stack. The unit reading stopped
 * inside, incomplete, is left out.
 */
class PageHandler extends DomHandler {
  readonly units: Element[] = [];
  tooDeepAt?: number;
  /** Elements the parser has open, unseen ones included. */
  private depth = 0;
  /** How deep inside an unseen element the parser is (0: outside). */
  private unseen = 0;
  private readonly openUnits: Element[] = [];
  private source?: Parser;

  constructor() {
    super(null, { withStartIndices: true });
  }

  override onparserinit(parser: Parser): void {
    super.onparserinit(parser);
    this.source = parser;
  }

  override onopentag(name: string, attribs: Record<string, string>): void {
    if (this.tooDeepAt !== undefined) return;
    if (++this.depth > MAX_DEPTH) return this.stop(name, attribs);
    if (this.unseen > 0 || UNSEEN.has(name)) {
      this.unseen++;
      return;
    }
    super.onopentag(name, attribs);
    const element = this.tagStack[this.tagStack.length - 1] as Element;
    if (!isUnit(element)) return;
    removeElement(element);
    this.units.push(element);
    this.openUnits.push(element);
  }

  override onclosetag(): void {
    if (this.tooDeepAt !== undefined) return;
    this.depth--;
    if (this.unseen > 0) {
      this.unseen--;
      return;
    }
    if (this.tagStack[this.tagStack.length - 1] === this.openUnits[this.openUnits.length - 1]) this.openUnits.pop();
    super.onclosetag();
  }

  override ontext(data: string): void {
    if (this.unseen === 0 && this.tooDeepAt === undefined) super.ontext(data);
  }

  override oncomment(data: string): void {
    if (this.unseen === 0 && this.tooDeepAt === undefined) super.oncomment(data);
  }

  /** Stops at an element too deep; the unit it is in is incomplete, unless it starts a unit itself. */
  private stop(name: string, attribs: Record<string, string>): void {
    const parser = this.source as Parser;
    this.tooDeepAt = parser.startIndex;
    parser.pause();
    const startsUnit = isUnit(new Element(name, attribs));
    const open = this.openUnits[this.openUnits.length - 1];
    if (open && !startsUnit) this.units.splice(this.units.lastIndexOf(open), 1);
  }
}

/** Parses a saved page into the units it is read from; never nests deeper than {@link MAX_DEPTH}. */
export function parsePage(html: string): PageTree {
  const handler = new PageHandler();
  const parser = new Parser(handler);
  parser.write(html);
  if (handler.tooDeepAt !== undefined) return { units: handler.units, tooDeepAt: handler.tooDeepAt };
  parser.end();
  return { units: handler.units };
}

/**
 * The text of a node, leaving out the elements `skip` names. It walks the tree with a stack of
 * its own rather than recursion, and `skip` lets a caller read each of several nested matches
 * once (its own text, not again its nested ones').
 */
export function textOf(node: AnyNode, skip?: (element: Element) => boolean): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [node];
  for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
    if (isText(n)) parts.push(n.data);
    else if (hasChildren(n) && (n === node || !isTag(n) || !skip?.(n)))
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as AnyNode);
  }
  return parts.join('');
}
