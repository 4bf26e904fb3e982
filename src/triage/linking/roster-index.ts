import type { RosterSnapshotPerson, RosterSnapshotUnit } from '../../cadres/cadres.service.js';
import { charPinyin, namePinyin, wordPinyin } from '../text/pinyin.js';
import type { TriageConfig } from '../triage-config.js';
import { dictionaryFrequencies } from '../text/dictionary.js';
import { WordParts } from '../text/word-parts.js';
import { TitleMatcher, type TitleForm, type TitleHit } from './post-titles.js';
import { ListsByKey } from './lists-by-key.js';
import { aliasesOfUnit, districtPrefix, stripAdminPrefix, type UnitAlias } from './unit-aliases.js';

/** How common a word starting with a short post (所以, 科室, 局面) must be to be read as that word. */
const SHORT_TITLE_WORD_FREQUENCY = 100;

/** How common a word must be to be read as that word rather than a unit's stem (市场 is no 市场局). */
const STEM_WORD_FREQUENCY = 100;

/** How common a word ending in a surname character (机关, 地方, 城关) must be to be read as that word. */
const SURNAME_IN_WORD_FREQUENCY = 50;

/** A cadre and a unit as linking needs them: the cadres module's roster snapshot. */
export type RosterPerson = RosterSnapshotPerson;
export type RosterUnit = RosterSnapshotUnit;

export interface IndexedPerson extends RosterPerson {
  surname: string;
  titles: readonly TitleForm[];
  /**
   * Bodies the post names besides the unit (党组成员、县社会保险服务中心主任 heads 县社会保险服务中心
   * within 人社局): tips name the person by that body (社保中心的黎主任).
   */
  bodies: readonly string[];
}

/** A body a post names before its title: 县社会保险服务中心主任, 治安管理大队教导员, 城南派出所所长. */
const POST_BODY =
  /^(?:县委|区委|市委|县|区|市)?(\p{Script=Han}{2,12}?(?:中心|所|站|大队|中队|馆))(?:副?(?:主任|所长|站长|大队长|中队长|队长|馆长|书记)|教导员|指导员)$/u;

/** The bodies a roster post names that are not roster units themselves. */
export function bodiesOfPost(post: string, units: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const part of post.replace(/[（(][^）)]*[）)]/g, '').split(/[、，,；;\s]+/)) {
    const body = POST_BODY.exec(part)?.[1];
    if (body && body.length >= 3 && !units.has(body)) out.push(body);
  }
  return out;
}

/**
 * In-memory indexes over the roster, so every lookup a tip needs is a map access:
 * by full name, by the pinyin of the name (homophone typos), by surname, by surname
 * within a unit, and unit aliases to units.
 */
export class RosterIndex {
  readonly byName = new ListsByKey<IndexedPerson>();
  readonly byPinyin = new ListsByKey<IndexedPerson>();
  /** lcs → 刘春生, 唐gf → 唐国富: a name by its pinyin initials, or its surname and the given name's (SMS shorthand). */
  readonly byInitials = new ListsByKey<IndexedPerson>();
  /**
   * 孙建?, 孙?波 → 孙建波: three-character names with one given-name character left open (typos);
   * ?文斌 → 谯文斌: the surname left open (乔文斌 said for 谯文斌, a homophone).
   */
  readonly byNearName = new ListsByKey<IndexedPerson>();
  /** tuo → 拓: a surname by its toneless pinyin, when no other roster surname sounds the same (SMS). */
  readonly surnameByPinyin = new Map<string, string | null>();
  readonly bySurname = new ListsByKey<IndexedPerson>();
  readonly bySurnameUnit = new ListsByKey<IndexedPerson>();
  readonly byUnit = new ListsByKey<IndexedPerson>();
  readonly unitAliases = new Map<string, UnitAlias[]>();
  /** jtj → 交通局, fgj → 发改局: a unit's short name or abbreviation by its pinyin initials (SMS shorthand). */
  readonly unitInitials = new Map<string, UnitAlias[]>();
  readonly titles: TitleMatcher;
  readonly compoundSurnames: ReadonlySet<string>;
  readonly maxAliasLength: number;
  readonly maxNameLength: number;
  /**
   * The first UTF-16 unit of every unit alias and of every name: a position whose character is
   * none of them starts no alias or name, and its substrings need not be looked up. Taken when
   * the maps are complete, at the end of the constructor (they are not changed afterwards).
   */
  private readonly aliasStarts: ReadonlySet<string>;
  private readonly nameStarts: ReadonlySet<string>;
  /** 局 → 局长: a post said by its first character after a surname (王局, 张所). */
  private readonly shortTitles: ReadonlyMap<string, TitleForm>;
  /** jz → 局长, fjz → 副局长: a post by its pinyin initials, when no other post has the same. */
  private readonly titleInitials: ReadonlyMap<string, TitleForm>;
  /** Dictionary words that look like a surname phrase (老师, 小时, 百姓, 全局, 所以) and how common they are. */
  private readonly everyday: ReadonlyMap<string, number>;

  constructor(
    people: readonly RosterPerson[],
    units: readonly RosterUnit[],
    readonly config: Pick<TriageConfig, 'unitAbbreviations' | 'unitRenamings' | 'postTitles' | 'compoundSurnames' | 'linking'>,
    /** Names that are also everyday words: counted only with a post or unit beside them. */
    readonly commonWordNames: ReadonlySet<string> = new Set(),
  ) {
    this.titles = new TitleMatcher(config.postTitles);
    this.compoundSurnames = new Set(config.compoundSurnames);
    const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
      const list = map.get(key);
      if (list) list.push(value);
      else map.set(key, [value]);
    };
    const unitExtras = new Map<string, readonly string[]>(units.map((u) => [u.name, u.aliases]));
    const unitNames = new Set([...units.map((u) => u.name), ...people.map((p) => p.unit)]);
    const district = districtPrefix(unitNames);
    for (const unit of unitNames) {
      for (const alias of aliasesOfUnit(unit, unitExtras.get(unit) ?? [], config, district)) push(this.unitAliases, alias.alias, alias);
    }
    // A body a post names that is a roster unit by another of its names (县委组织部 → 组织部) is that unit.
    const unitsByName = new Set([...unitNames, ...[...unitNames].map((u) => stripAdminPrefix(u))]);
    const bodiesOf = new Map<string, string[]>();
    const bodiesOfEachPost = new Map<string, string[]>();
    for (const person of people) {
      let bodies = bodiesOfEachPost.get(person.post);
      if (!bodies) bodiesOfEachPost.set(person.post, (bodies = bodiesOfPost(person.post, unitsByName)));
      bodiesOf.set(person.id, bodies);
      for (const body of bodies) {
        for (const alias of aliasesOfUnit(body, [], config, district)) {
          if (!this.unitAliases.get(alias.alias)?.some((a) => a.unit !== body)) {
            const known = this.unitAliases.get(alias.alias) ?? [];
            if (!known.some((a) => a.unit === body)) push(this.unitAliases, alias.alias, alias);
          }
        }
      }
    }
    // 城管局 → 城管, 住建局 → 住建: an abbreviation's stem, unless that is an everyday word (市场, 医保).
    const stems = new Map<string, UnitAlias[]>();
    for (const [alias, list] of this.unitAliases) {
      if (alias.length !== 3 || !/[局委]$/.test(alias) || this.unitAliases.has(alias.slice(0, 2))) continue;
      for (const a of list.filter((x) => x.kind === 'ABBR')) stems.set(alias.slice(0, 2), [...(stems.get(alias.slice(0, 2)) ?? []), a]);
    }
    // A district has a few hundred distinct posts for its cadres: each one's titles are
    // worked out once and shared (read-only), which keeps a 100,000-cadre index small.
    const titlesOfPost = new Map<string, readonly TitleForm[]>();
    // The roster's repeated strings (units, posts, ranks, namesakes' names) held once, not once per row.
    const strings = new Map<string, string>();
    const shared = <S extends string | null>(value: S): S => {
      if (typeof value !== 'string') return value;
      const known = strings.get(value);
      if (known !== undefined) return known as S;
      strings.set(value, value);
      return value;
    };
    for (const person of people) {
      let titles = titlesOfPost.get(person.post);
      if (!titles) titlesOfPost.set(person.post, (titles = this.titles.ofPost(person.post)));
      const bodies = bodiesOf.get(person.id) ?? [];
      // Every field written out, in one order: all cadres share one hidden class, where
      // `{ ...person, … }` gave each its own (~450 bytes a cadre in V8's maps, descriptors and property arrays).
      const indexed: IndexedPerson = {
        id: person.id,
        personNo: person.personNo,
        name: shared(person.name),
        unit: shared(person.unit),
        post: shared(person.post),
        rank: shared(person.rank),
        gender: shared(person.gender),
        postSince: shared(person.postSince),
        surname: shared(this.surnameOf(person.name)),
        titles,
        bodies,
      };
      const { name, surname } = indexed;
      this.byName.add(name, indexed);
      this.byPinyin.add(namePinyin(name), indexed);
      this.bySurname.add(surname, indexed);
      if (name.length >= 2) this.byInitials.add(initialsOf(name), indexed);
      // 唐gf, 尹n: the surname written, the given name by its initials.
      this.byInitials.add(surname + initialsOf(name.slice(surname.length)), indexed);
      if (name.length === 3 && surname.length === 1) {
        for (const at of [0, 1, 2]) this.byNearName.add(nearNameKey(name, at), indexed);
      }
      for (const unit of [indexed.unit, ...bodies]) {
        this.bySurnameUnit.add(`${surname}|${unit}`, indexed);
        this.byUnit.add(unit, indexed);
      }
    }
    const peopleLists = [this.byName, this.byPinyin, this.bySurname, this.byInitials, this.byNearName, this.bySurnameUnit, this.byUnit];
    for (const lists of peopleLists) lists.seal();
    for (const surname of this.bySurname.keys()) {
      const spoken = namePinyin(surname).replace(/ /g, '');
      const known = this.surnameByPinyin.get(spoken);
      this.surnameByPinyin.set(spoken, known === undefined || known === surname ? surname : null);
    }
    // Initials of three letters or more, and only of names written in Chinese characters.
    for (const [alias, list] of this.unitAliases) {
      if (alias.length < 3 || !/^\p{Script=Han}+$/u.test(alias)) continue;
      // jyj, and jiaoyuju: a short name by its initials or spelled out in toneless pinyin.
      const short = list.filter((x) => x.kind === 'SHORT' || x.kind === 'ABBR');
      if (short.length === 0) continue;
      for (const spelled of [initialsOf(alias), wordPinyin(alias).toLowerCase()]) {
        for (const a of short) {
          const known = this.unitInitials.get(spelled) ?? [];
          if (!known.some((k) => k.unit === a.unit)) this.unitInitials.set(spelled, [...known, { ...a, alias: spelled, kind: 'INITIALS' }]);
        }
      }
    }
    // jyj may be 教育局 or 交运局: shorthand two units share names neither.
    for (const [initials, list] of this.unitInitials) if (list.length > 1) this.unitInitials.delete(initials);
    const titleInitials = new Map<string, TitleForm | null>();
    for (const base of new Set(config.postTitles)) {
      for (const [written, deputy] of [
        [base, false],
        [`副${base}`, true],
      ] as const) {
        // 长 of a post is zhǎng (局长 jz), whatever a reading out of context says.
        const initials = initialsOf(written).slice(0, written.endsWith('长') ? -1 : undefined) + (written.endsWith('长') ? 'z' : '');
        const known = titleInitials.get(initials);
        titleInitials.set(initials, known === undefined ? { base, deputy } : known && known.base === base ? known : null);
      }
    }
    // 兰fj for 兰副局(长): a deputy's short post (副局, 副所) by its two initials, when no post has them.
    for (const [short, full] of Object.entries(config.linking.shortTitles)) {
      const form = this.titles.at(full, 0);
      const initials = `f${initialsOf(short)}`;
      if (form && form.end === full.length && !titleInitials.has(initials)) titleInitials.set(initials, { base: form.base, deputy: true });
    }
    this.titleInitials = new Map([...titleInitials].filter((e): e is [string, TitleForm] => e[1] !== null));
    this.maxAliasLength = Math.max(2, ...[...this.unitAliases.keys()].map((a) => a.length));
    this.maxNameLength = Math.max(2, ...people.map((p) => p.name.length));
    this.shortTitles = new Map(
      Object.entries(config.linking.shortTitles).flatMap(([short, full]) => {
        const form = this.titles.at(full, 0);
        return form && form.end === full.length ? [[short, { base: form.base, deputy: form.deputy }] as const] : [];
      }),
    );
    const shorts = new Set(this.shortTitles.keys());
    this.everyday = dictionaryFrequencies(
      (word) =>
        word.length === 2 &&
        (word[1] === '姓' ||
          stems.has(word) ||
          shorts.has(word[0]!) ||
          this.bySurname.has(word[1]!) ||
          (this.bySurname.has(word[0]!) && shorts.has(word[1]!))),
    );
    for (const [stem, list] of stems) {
      if ((this.everyday.get(stem) ?? 0) >= STEM_WORD_FREQUENCY) continue;
      for (const a of list) push(this.unitAliases, stem, { ...a, alias: stem });
    }
    this.aliasStarts = new Set([...this.unitAliases.keys()].map((alias) => alias[0]!));
    this.nameStarts = new Set([...this.byName.keys()].map((name) => name[0]!));
  }

  /** Whether a unit alias may start at `start` (its first character starts one): a cheap test before the lookups. */
  mayStartAlias(text: string, start: number): boolean {
    return this.aliasStarts.has(text[start] ?? '');
  }

  /** Whether a roster name may start at `start`. */
  mayStartName(text: string, start: number): boolean {
    return this.nameStarts.has(text[start] ?? '');
  }

  /** The roster name starting at `start`, longest first. */
  nameAt(text: string, start: number): string | null {
    if (!this.mayStartName(text, start)) return null;
    for (let len = Math.min(this.maxNameLength, text.length - start); len >= 2; len -= 1) {
      if (this.byName.has(text.slice(start, start + len))) return text.slice(start, start + len);
    }
    return null;
  }

  /** A word of everyday language (老师, 小时, 百姓): not a familiar name or a surname said. */
  isEverydayWord(word: string): boolean {
    return (this.everyday.get(word) ?? 0) >= this.config.linking.commonWordFrequency;
  }

  /**
   * Whether the character before `start` makes a word with the surname there (机关, 海关,
   * 地方, 城关): then it is no surname, and 机关书记 is no 关书记.
   */
  surnameInWord(text: string, start: number): boolean {
    return start > 0 && (this.everyday.get(text.slice(start - 1, start + 1)) ?? 0) >= SURNAME_IN_WORD_FREQUENCY;
  }

  /**
   * A post said by its first character after a surname (王局 for 局长, 张所 for 所长; a
   * deputy's with 副 before it: 卢副局, 龙副所), unless surname and character make a
   * dictionary word (全局, 高校, 万科) or the character starts one with the next (张所在, 李科学,
   * 王副局势).
   */
  shortTitleAt(text: string, start: number, surnameLength: number): TitleHit | null {
    const at = start + surnameLength;
    const deputy = text[at] === '副';
    const head = deputy ? at + 1 : at;
    const form = this.shortTitles.get(text[head] ?? '');
    if (!form || (!deputy && this.everyday.has(text.slice(start, at + 1)))) return null;
    if ((this.everyday.get(text.slice(head, head + 2)) ?? 0) >= SHORT_TITLE_WORD_FREQUENCY) return null;
    return { ...form, deputy: form.deputy || deputy, start: at, end: head + 1, written: text.slice(at, head + 1) };
  }

  /**
   * A post by its pinyin initials right after a surname, as one run of letters (葛jz for
   * 葛局长, 李fjz for 李副局长).
   */
  initialsTitleAt(text: string, at: number): TitleHit | null {
    const run = letterRun(text, at);
    const form = run ? this.titleInitials.get(run.toLowerCase()) : undefined;
    return form && run ? { ...form, start: at, end: at + run.length, written: run } : null;
  }

  /** A post by pinyin initials alone (jz, fjz): for wjz, a surname's initial and a post. */
  titleOfInitials(initials: string): TitleForm | null {
    return this.titleInitials.get(initials.toLowerCase()) ?? null;
  }

  /**
   * Words that only identify people: names, unit aliases, titles, and every part of them
   * of two or more characters (search-mode segmentation splits 农业农村局 into 农业, 农村).
   */
  identifyingWords(): WordParts {
    return new WordParts([...this.byName.keys(), ...this.unitAliases.keys(), ...this.config.postTitles.flatMap((t) => [t, `副${t}`])]);
  }

  surnameOf(name: string): string {
    return name.length > 2 && this.compoundSurnames.has(name.slice(0, 2)) ? name.slice(0, 2) : name.slice(0, 1);
  }

  isSurname(value: string): boolean {
    return this.bySurname.has(value);
  }
}

/** A three-character name with the character at `at` left open: 孙建? for 孙建波. */
export function nearNameKey(name: string, at: number): string {
  return `${name.slice(0, at)}?${name.slice(at + 1)}`;
}

/** The first letters of a word's toneless pinyin: 交通局 → jtj, 局长 → jz. */
export function initialsOf(word: string): string {
  return charPinyin(word)
    .map((syllable) => syllable[0] ?? '')
    .join('');
}

/** The run of Latin letters starting at `at`, if one starts there (and not inside a longer run). */
export function letterRun(text: string, at: number): string | null {
  const letter = /[a-z]/i;
  if (!letter.test(text[at] ?? '') || (at > 0 && letter.test(text[at - 1]!))) return null;
  let end = at + 1;
  while (end < text.length && letter.test(text[end]!)) end += 1;
  return text.slice(at, end);
}
