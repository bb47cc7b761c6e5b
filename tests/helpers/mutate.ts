import fc from 'fast-check';

/** One change to a listing's lines, as an edit or a bad copy makes them. */
export interface LineMutation {
  at: number;
  kind: 'delete' | 'duplicate' | 'garbage' | 'truncate' | 'blank';
  garbage: string;
}

/** Mutations of a text of `lines` lines. */
export function lineMutation(lines: number): fc.Arbitrary<LineMutation> {
  return fc.record({
    at: fc.nat({ max: lines - 1 }),
    kind: fc.constantFrom('delete', 'duplicate', 'garbage', 'truncate', 'blank'),
    garbage: fc.string({ maxLength: 30 }),
  });
}

/** The lines with the mutations applied (last line first), and the original lines they fell on. */
export function mutate(
  lines: readonly string[],
  mutations: readonly LineMutation[],
): { mutated: string[]; touched: Set<number> } {
  const mutated = [...lines];
  const touched = new Set<number>();
  for (const m of [...mutations].sort((a, b) => b.at - a.at)) {
    touched.add(m.at);
    if (m.kind === 'delete') mutated.splice(m.at, 1);
    else if (m.kind === 'duplicate') mutated.splice(m.at, 0, mutated[m.at] as string);
    else if (m.kind === 'garbage') mutated.splice(m.at, 0, m.garbage);
    else if (m.kind === 'blank') mutated.splice(m.at, 0, '');
    else mutated[m.at] = (mutated[m.at] as string).slice(0, Math.floor((mutated[m.at] as string).length / 2));
  }
  return { mutated, touched };
}
