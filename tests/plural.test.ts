import { describe, expect, it } from 'vitest';
import { agreeing, plural } from '../src/base/plural.js';

describe('plural', () => {
  it('says the count and the form that agrees with it', () => {
    expect(plural(0, 'paper')).toBe('0 papers');
    expect(plural(1, 'paper')).toBe('1 paper');
    expect(plural(2, 'entry carries', 'entries carry')).toBe('2 entries carry');
    expect(plural(1, 'entry carries', 'entries carry')).toBe('1 entry carries');
    expect(agreeing(1, 'is', 'are')).toBe('is');
    expect(agreeing(3, 'is', 'are')).toBe('are');
  });
});
