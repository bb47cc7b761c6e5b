/** A question being read: words already understood are blanked out, keeping offsets, so no word is read twice. */
export class QuestionText {
  private text: string;

  constructor(readonly original: string) {
    this.text = original;
  }

  /** What is left to read. */
  get rest(): string {
    return this.text;
  }

  /** Whether the words left match. */
  has(pattern: RegExp): boolean {
    pattern.lastIndex = 0;
    return pattern.test(this.text);
  }

  /** The first match among the words left, blanked out; null when none. */
  take(pattern: RegExp): RegExpExecArray | null {
    pattern.lastIndex = 0;
    const m = pattern.exec(this.text);
    if (m) this.blank(m.index, m.index + m[0].length);
    return m;
  }

  /** Every match among the words left, each blanked out. */
  takeAll(pattern: RegExp): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    for (let m = this.take(pattern); m; m = this.take(pattern)) out.push(m);
    return out;
  }

  /** Blanks out a span of the question. */
  blank(start: number, end: number): void {
    this.text = this.text.slice(0, start) + ' '.repeat(Math.max(0, end - start)) + this.text.slice(end);
  }

  /** The words left, as the original spells them. */
  words(): string {
    return this.text.replace(/\s+/g, ' ').trim();
  }
}
