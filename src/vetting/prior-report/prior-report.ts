import { postTitles } from '../../cadres/post-titles.js';

/**
 * 报备 (reporting upward): some posts may go to the decision meeting only once the higher
 * organization department has answered the report on the candidate. Which posts is a
 * setting (`vetting.priorReportPosts`); this reads a proposed post against it.
 */
export interface PriorReportPost {
  /** The post as a roster writes it, without the unit: 纪委副书记, 组织部副部长, 党工委书记. */
  post: string;
  /** Only at such units: the unit's name or the proposed post must contain it (街道). */
  unit?: string;
}

/**
 * Whether a candidate proposed to `proposedPost` at the unit named `unitName` (null when the
 * slate gave no unit) needs 报备, and the configured post that says so. Each post the cell
 * names is read through the one post-title normaliser (党工委副书记、办事处主任 is two posts;
 * 纪委副书记（正科级） is 纪委副书记; 常务副部长 is 副部长); a 挂职 post never needs it. A post
 * matches when it is the configured one, or ends with it once the unit's name is put before
 * it (区委组织部 + 副部长, 城南街道办事处 + 主任): so 办事处副主任 is not 办事处主任 and
 * 党工委副书记 is not 党工委书记.
 */
export function priorReportPostOf(
  proposedPost: string,
  unitName: string | null,
  posts: readonly PriorReportPost[],
): PriorReportPost | null {
  const held = postTitles(proposedPost).filter((p) => !p.temporary);
  const unit = unitName?.trim() ?? '';
  for (const configured of posts) {
    if (configured.unit && !unit.includes(configured.unit) && !proposedPost.includes(configured.unit)) continue;
    if (held.some((p) => p.title.endsWith(configured.post) || `${unit}${p.title}`.endsWith(configured.post))) return configured;
  }
  return null;
}
