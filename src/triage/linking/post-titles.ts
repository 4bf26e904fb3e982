import { postTitles } from '../../cadres/post-titles.js';

/**
 * Post titles as tips use them ("王局长", "张副局长", "局长李文斌") and as rosters write
 * them ("党委副书记、镇长"). A title is reduced to its base (局长) and whether it is a
 * deputy (副 / 常务副), so a colloquial title can be compared with a roster post.
 */
export interface TitleForm {
  /** Base title, e.g. 局长; '*' for the generic 副职 (any deputy). */
  base: string;
  deputy: boolean;
}

export interface TitleHit extends TitleForm {
  start: number;
  end: number;
  written: string;
}

export class TitleMatcher {
  private readonly forms = new Map<string, TitleForm>();
  private readonly maxLength: number;
  /** The first and last UTF-16 units of every form: where none is, no title starts or ends. */
  private readonly firsts: ReadonlySet<string>;
  private readonly lasts: ReadonlySet<string>;

  constructor(titles: readonly string[]) {
    for (const base of new Set(titles)) {
      // 总工程师 is called 总工 (蒋总工, 副总工).
      const spoken = base.endsWith('工程师') && base.length > 3 ? [base, base.slice(0, -2)] : [base];
      for (const form of spoken) {
        this.forms.set(form, { base, deputy: false });
        this.forms.set(`副${form}`, { base, deputy: true });
        this.forms.set(`常务副${form}`, { base, deputy: true });
      }
    }
    this.forms.set('副职', { base: '*', deputy: true });
    this.maxLength = Math.max(...[...this.forms.keys()].map((k) => k.length));
    this.firsts = new Set([...this.forms.keys()].map((k) => k[0]!));
    this.lasts = new Set([...this.forms.keys()].map((k) => k.at(-1)!));
  }

  /** The longest title starting at `start`, if any. */
  at(text: string, start: number): TitleHit | null {
    if (!this.firsts.has(text[start] ?? '')) return null;
    for (let len = Math.min(this.maxLength, text.length - start); len >= 2; len -= 1) {
      const written = text.slice(start, start + len);
      const form = this.forms.get(written);
      if (form) return { ...form, start, end: start + len, written };
    }
    return null;
  }

  /** The longest title ending exactly at `end` (for "副局长李文斌"). */
  endingAt(text: string, end: number): TitleHit | null {
    if (!this.lasts.has(text[end - 1] ?? '')) return null;
    for (let len = Math.min(this.maxLength, end); len >= 2; len -= 1) {
      const written = text.slice(end - len, end);
      const form = this.forms.get(written);
      if (form) return { ...form, start: end - len, end, written };
    }
    return null;
  }

  /**
   * The titles a roster post holds, read by the one roster normaliser (cadres/post-titles):
   * "党委副书记、镇长" → 副书记, 镇长; "副局长（正科级）" → 副局长; "挂职副镇长" → 副镇长
   * (a temporary post holds no quota, but tips still call its holder by it).
   */
  ofPost(post: string): TitleForm[] {
    const out: TitleForm[] = [];
    // 副局长（分管人事、公务员管理）: what is in brackets is a note, not a post.
    for (const { title } of postTitles(post.replace(/[（(][^）)]*[）)]/g, ''))) {
      const hit = this.endingAt(title, title.length);
      if (hit) out.push({ base: hit.base, deputy: hit.deputy });
    }
    // 四级调研员, 二级主任科员: a rank is no post for the quota, but tips call its holder by
    // it (许调研员) when it is all the roster says of them.
    for (const rank of post.matchAll(/(?:[一二三四]级)?(调研员|主任科员|巡视员)/g)) {
      const hit = this.endingAt(rank[1]!, rank[1]!.length);
      if (hit && !out.some((t) => t.base === hit.base && t.deputy === hit.deputy)) out.push({ base: hit.base, deputy: hit.deputy });
    }
    return out;
  }
}

/**
 * How well a title from a tip fits a roster post, 0–1. Staff call a deputy by the main
 * title out of courtesy (杜书记 for a 副书记), so that fits fairly well; calling a head
 * "副" hardly ever happens.
 */
export function titleFit(mention: TitleForm, post: readonly TitleForm[], formal = false): number {
  let best = 0;
  for (const held of post) {
    let fit = 0;
    if (mention.base === '*') fit = held.deputy ? 0.8 : 0.1;
    // 组织委员 is a post of its own; a 党委委员 is only a member of the committee.
    else if (held.base === '委员' && mention.base !== '委员' && mention.base.endsWith('委员')) fit = 0.1;
    else if (held.base === mention.base || held.base.endsWith(mention.base) || mention.base.endsWith(held.base)) {
      const sameBase = held.base === mention.base;
      if (held.deputy === mention.deputy) fit = sameBase ? 1 : 0.8;
      // Courtesy applies to how people speak (王书记), not to a written description (局长张某).
      else if (held.deputy && !mention.deputy) fit = formal ? 0.3 : 0.6;
      else fit = 0.1;
    }
    best = Math.max(best, fit);
  }
  return best;
}
