import { U32List } from './postings.js';

/**
 * Strings to 32-bit values, in typed arrays: an open-addressing hash table over the characters,
 * so a word can be looked up by its stretch of a text without cutting it out, and growing the
 * table rehashes numbers only. (A Map of a quarter of a million strings holds the event loop
 * for 30-50 ms each time it doubles, and a Map of a million for over 100 ms.)
 */
export class StringTable {
  private words: string[] = [];
  // Values (as 32-bit patterns, so -1 survives) and hashes in typed arrays: half a million
  // numbers the garbage collector need not look at.
  private values = new U32List();
  private hashes = new U32List();
  private slots: Int32Array;
  private mask: number;

  constructor(capacity = 1 << 12) {
    const size = Math.max(8, capacity);
    this.slots = new Int32Array(size);
    this.mask = size - 1;
  }

  private static hash(text: string, from: number, to: number): number {
    let h = 0x811c9dc5;
    for (let k = from; k < to; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
    return h >>> 0;
  }

  /** Keys in the order they were set. */
  get keys(): readonly string[] {
    return this.words;
  }

  /** Number of keys. */
  get size(): number {
    return this.words.length;
  }

  /** The value of a string, if set. */
  getString(key: string): number | undefined {
    return this.get(key, 0, key.length);
  }

  /** The value of the word text[from, to), if set. */
  get(text: string, from: number, to: number): number | undefined {
    const h = StringTable.hash(text, from, to);
    const length = to - from;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const e = this.slots[slot] as number;
      if (e === 0) return undefined;
      const entry = e - 1;
      if (this.hashes.data[entry] !== h) continue;
      const word = this.words[entry] as string;
      if (word.length !== length) continue;
      let same = true;
      for (let k = 0; k < length; k++) {
        if (word.charCodeAt(k) !== text.charCodeAt(from + k)) { same = false; break; }
      }
      if (same) return (this.values.data[entry] as number) | 0;
    }
  }

  /** Sets a string's value (the string must not be set yet). */
  set(word: string, value: number): void {
    if ((this.words.length + 1) * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    const h = StringTable.hash(word, 0, word.length);
    this.words.push(word);
    this.values.push(value >>> 0);
    this.hashes.push(h);
    this.place(h, this.words.length);
  }

  private place(h: number, e: number): void {
    let slot = h & this.mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
    this.slots[slot] = e;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let i = 0; i < this.hashes.length; i++) this.place(this.hashes.data[i] as number, i + 1);
  }
}
