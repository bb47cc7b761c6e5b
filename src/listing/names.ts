import { fold } from './text.js';

/**
 * The words of a person's name, folded for case, diacritics and punctuation, in given-name-first
 * order: "Mahajan, Divya", "divya  MAHAJAN" and "Divya Mahajan" all give ["divya", "mahajan"];
 * "D. Mahajan" gives ["d", "mahajan"].
 */
export function nameTokens(name: string): string[] {
  let text = fold(name).trim();
  const comma = text.split(',');
  if (comma.length === 2 && (comma[0] as string).trim() && (comma[1] as string).trim()) {
    text = `${comma[1]} ${comma[0]}`;
  }
  return text
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/** The key that identifies a person: their name's tokens joined by spaces. */
export function nameKey(name: string): string {
  return nameTokens(name).join(' ');
}
