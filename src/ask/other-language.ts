import { type Answer, decline } from './answer.js';

// Common words of other languages that English questions do not use: French, German, Spanish,
// Italian, Portuguese and Dutch question and function words.
const FOREIGN = new Set(
  `quels quelles quel quelle combien articles papiers qui sont avec parlent les des une dans sur pour
  welche welcher wieviele viele wie gibt artikel über und sind haben
  cuáles cuales cuántos cuantos cuántas qué quién quien artículos sobre tiene tienen hay los las una
  quali quanti quante articoli sono della degli delle sul hanno
  quais quantos quantas quem artigos têm
  welke hoeveel wie artikelen zijn heeft hebben`.split(/\s+/),
);

/**
 * A decline when a question is written in another language (two or more of its words are common
 * words of another language, or it is written in a script other than Latin): the readers know English only.
 */
export function otherLanguage(text: string): Answer | undefined {
  return foreign(text)
    ? decline(
        'a question in another language',
        'I can only read questions in English, for example "Which papers are about GPT-4?" or "Who wrote Pimba?"',
      )
    : undefined;
}

function foreign(text: string): boolean {
  if (
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Thai}]/u.test(
      text,
    )
  )
    return true;
  const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  return words.filter((w) => FOREIGN.has(w)).length >= 2;
}
