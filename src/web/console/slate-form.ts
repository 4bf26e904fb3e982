/**
 * The slate typed into the vetting page: one candidate a line, "人员编号 拟任职务"
 * (space, tab, comma or 、 between). Returns the lines read and, for each bad line, why.
 */
export interface SlateLine {
  personNo: string;
  proposedPost: string;
}

export function parseSlate(text: string): { lines: SlateLine[]; errors: string[] } {
  const lines: SlateLine[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const match = /^(\S+?)[\s,，、\t]+(.+)$/.exec(line);
    if (!match) {
      errors.push(`第 ${index + 1} 行：应为“人员编号 拟任职务”`);
      return;
    }
    const personNo = match[1]!;
    const proposedPost = match[2]!.trim();
    if (proposedPost.length < 2) errors.push(`第 ${index + 1} 行：请填写拟任职务`);
    else if (seen.has(personNo)) errors.push(`第 ${index + 1} 行：人员编号 ${personNo} 重复`);
    else {
      seen.add(personNo);
      lines.push({ personNo, proposedPost });
    }
  });
  if (lines.length === 0 && errors.length === 0) errors.push('请至少填写一名拟任人选');
  return { lines, errors };
}
