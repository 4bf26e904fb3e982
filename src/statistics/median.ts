/** The median of values given as (value, how many), as percentile_cont(0.5) computes it; null when there are none. */
export function medianOfHistogram(histogram: Array<{ value: number; count: number }>): number | null {
  const sorted = histogram.filter((h) => h.count > 0).sort((a, b) => a.value - b.value);
  const total = sorted.reduce((n, h) => n + h.count, 0);
  if (total === 0) return null;
  const at = (index: number) => {
    let seen = 0;
    for (const h of sorted) {
      seen += h.count;
      if (index < seen) return h.value;
    }
    return sorted.at(-1)!.value;
  };
  const position = (total - 1) / 2;
  const low = at(Math.floor(position));
  return low + (position - Math.floor(position)) * (at(Math.ceil(position)) - low);
}
