import { namePinyin } from '../text/pinyin.js';
import type { TriageConfig } from '../triage-config.js';
import { TitleMatcher, type TitleForm } from './post-titles.js';
import { aliasesOfUnit, type UnitAlias } from './unit-aliases.js';

/** A cadre as linking needs one; filled from the cadres module's roster. */
export interface RosterPerson {
  id: string;
  personNo: string;
  name: string;
  unit: string;
  post: string;
  rank: string | null;
}

export interface RosterUnit {
  name: string;
  aliases: readonly string[];
}

export interface IndexedPerson extends RosterPerson {
  surname: string;
  titles: readonly TitleForm[];
}

/**
 * In-memory indexes over the roster, so every lookup a tip needs is a map access:
 * by full name, by the pinyin of the name (homophone typos), by surname, by surname
 * within a unit, and unit aliases to units.
 */
export class RosterIndex {
  readonly byName = new Map<string, IndexedPerson[]>();
  readonly byPinyin = new Map<string, IndexedPerson[]>();
  readonly bySurname = new Map<string, IndexedPerson[]>();
  readonly bySurnameUnit = new Map<string, IndexedPerson[]>();
  readonly unitAliases = new Map<string, UnitAlias[]>();
  readonly titles: TitleMatcher;
  readonly compoundSurnames: ReadonlySet<string>;
  readonly maxAliasLength: number;
  readonly maxNameLength: number;

  constructor(
    people: readonly RosterPerson[],
    units: readonly RosterUnit[],
    readonly config: Pick<TriageConfig, 'unitAbbreviations' | 'unitRenamings' | 'postTitles' | 'compoundSurnames'>,
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
    for (const unit of new Set([...units.map((u) => u.name), ...people.map((p) => p.unit)])) {
      for (const alias of aliasesOfUnit(unit, unitExtras.get(unit) ?? [], config)) push(this.unitAliases, alias.alias, alias);
    }
    // A district has a few hundred distinct posts for its cadres: each one's titles are
    // worked out once and shared (read-only), which keeps a 100,000-cadre index small.
    const titlesOfPost = new Map<string, readonly TitleForm[]>();
    for (const person of people) {
      let titles = titlesOfPost.get(person.post);
      if (!titles) titlesOfPost.set(person.post, (titles = this.titles.ofPost(person.post)));
      const indexed: IndexedPerson = { ...person, surname: this.surnameOf(person.name), titles };
      push(this.byName, person.name, indexed);
      push(this.byPinyin, namePinyin(person.name), indexed);
      push(this.bySurname, indexed.surname, indexed);
      push(this.bySurnameUnit, `${indexed.surname}|${person.unit}`, indexed);
    }
    this.maxAliasLength = Math.max(2, ...[...this.unitAliases.keys()].map((a) => a.length));
    this.maxNameLength = Math.max(2, ...people.map((p) => p.name.length));
  }

  /**
   * Words that only identify people: names, unit aliases, titles, and every part of them
   * of two or more characters (search-mode segmentation splits 农业农村局 into 农业, 农村).
   */
  identifyingWords(): Set<string> {
    const words = new Set<string>();
    const whole = [...this.byName.keys(), ...this.unitAliases.keys(), ...this.config.postTitles.flatMap((t) => [t, `副${t}`])];
    for (const word of whole) {
      for (let i = 0; i < word.length; i += 1) for (let j = i + 2; j <= word.length; j += 1) words.add(word.slice(i, j));
    }
    return words;
  }

  surnameOf(name: string): string {
    return name.length > 2 && this.compoundSurnames.has(name.slice(0, 2)) ? name.slice(0, 2) : name.slice(0, 1);
  }

  isSurname(value: string): boolean {
    return this.bySurname.has(value);
  }
}
