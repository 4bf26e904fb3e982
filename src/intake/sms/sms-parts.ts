/** A long message (concatenated SMS) put back together from the parts that arrived. */
export interface AssembledText {
  text: string;
  /** Part numbers that never came (empty when complete). */
  missing: number[];
}

export function assembleParts(parts: Array<{ part: number; body: string }>, total: number): AssembledText {
  const byNumber = new Map(parts.map((p) => [p.part, p.body]));
  const missing: number[] = [];
  const pieces: string[] = [];
  for (let n = 1; n <= total; n += 1) {
    const body = byNumber.get(n);
    if (body === undefined) {
      missing.push(n);
      pieces.push(`〔第${n}/${total}段未收到〕`);
    } else {
      pieces.push(body);
    }
  }
  return { text: pieces.join(''), missing };
}
