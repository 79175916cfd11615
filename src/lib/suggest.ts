/** "Did you mean": the valid ids closest to a mistyped one. */

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/**
 * Up to `count` candidates, best first: those containing what was typed
 * ("hoa-giai" → "hoa-giai-o-co-so"), then by edit distance; ties keep the
 * candidates' order.
 */
export function closest(input: string, candidates: Iterable<string>, count = 3): string[] {
  return [...candidates]
    .map((candidate, order) => ({ candidate, order, contains: candidate.includes(input) ? 0 : 1, d: distance(input, candidate) }))
    .sort((x, y) => x.contains - y.contains || x.d - y.d || x.order - y.order)
    .slice(0, count)
    .map((x) => x.candidate);
}
