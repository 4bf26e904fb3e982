import { RegExpParser, type AST } from '@eslint-community/regexpp';

/**
 * Strings of which a text must hold at least one for the pattern to match anywhere in it:
 * a match's own characters, or what one of its positive lookarounds reads. A text holding
 * none of them cannot match, so the pattern need not run on it. A prefilter in the manner of
 * RE2's and of code-search engines: most of the taxonomy's ~560 patterns are absent from a
 * tip, and V8 tries a pattern that opens with a lookbehind at every position of the text.
 *
 * `null` when no short list exists (a pattern that can match anything alike: `.`, a negated
 * class, a part that may be absent). The analysis only ever leaves a requirement out, never
 * invents one: an unknown construct counts as "requires nothing".
 */
export function requiredStrings(regex: RegExp): string[] | null {
  // Case-insensitive patterns would need their strings folded: not analysed.
  if (regex.flags.includes('i')) return null;
  const unicodeSets = regex.flags.includes('v');
  const pattern = new RegExpParser().parsePattern(regex.source, 0, regex.source.length, {
    unicode: unicodeSets || regex.flags.includes('u'),
    unicodeSets,
  });
  return disjunction(pattern.alternatives);
}

/** A list longer than this is no cheaper to check than the pattern: given up. */
const MAX_STRINGS = 24;
/** A class of more characters than this gives no requirement. */
const MAX_CLASS_CHARACTERS = 16;

type Requirement = string[] | null;

/** Any alternative may match: the text holds one of any alternative's strings. */
function disjunction(alternatives: readonly AST.Alternative[]): Requirement {
  const out = new Set<string>();
  for (const alternative of alternatives) {
    const needs = sequence(alternative.elements);
    if (!needs) return null;
    for (const s of needs) out.add(s);
  }
  return out.size > 0 && out.size <= MAX_STRINGS ? minimal([...out]) : null;
}

/** Drops a string that holds another of the list: holding it means holding the shorter one. */
function minimal(strings: string[]): string[] {
  return strings.filter((s) => !strings.some((other) => other !== s && other.length < s.length && s.includes(other)));
}

/**
 * Every element of a sequence must match, so each one's requirement holds; the most selective
 * is kept: runs of plain characters are joined into one string (局长, not 局).
 */
function sequence(elements: readonly AST.Element[]): Requirement {
  const candidates: string[][] = [];
  let run = '';
  for (const element of elements) {
    if (element.type === 'Character') {
      run += String.fromCodePoint(element.value);
      continue;
    }
    if (run) candidates.push([run]);
    run = '';
    const needs = element.type === 'Assertion' ? assertion(element) : quantifiable(element);
    if (needs) candidates.push(needs);
  }
  if (run) candidates.push([run]);
  if (candidates.length === 0) return null;
  // Fewest strings first, then the longest shortest string: the rarest to be found by chance.
  const cost = (c: string[]) => c.length * 100 - Math.min(...c.map((s) => s.length));
  return candidates.reduce((best, c) => (cost(c) < cost(best) ? c : best));
}

function assertion(node: AST.Assertion): Requirement {
  // What a positive lookaround reads must be in the text too (beside the match, not in it).
  if ((node.kind === 'lookahead' || node.kind === 'lookbehind') && !node.negate) return disjunction(node.alternatives);
  return null;
}

function quantifiable(node: AST.QuantifiableElement | AST.Quantifier): Requirement {
  switch (node.type) {
    case 'Character':
      return [String.fromCodePoint(node.value)];
    case 'Group':
      // A group with its own flags ((?i:…)) may match other letters than it spells.
      return node.modifiers ? null : disjunction(node.alternatives);
    case 'CapturingGroup':
      return disjunction(node.alternatives);
    case 'Quantifier':
      return node.min >= 1 ? quantifiable(node.element) : null;
    case 'CharacterClass':
      return characterClass(node);
    case 'Assertion':
      return assertion(node);
    default:
      // Backreferences, `.`, `\d`, `\p{…}`, class expressions: no requirement.
      return null;
  }
}

function characterClass(node: AST.CharacterClass): Requirement {
  if (node.negate) return null;
  const chars: string[] = [];
  for (const element of node.elements) {
    if (element.type === 'Character') chars.push(String.fromCodePoint(element.value));
    else if (element.type === 'CharacterClassRange' && element.max.value - element.min.value < MAX_CLASS_CHARACTERS) {
      for (let c = element.min.value; c <= element.max.value; c += 1) chars.push(String.fromCodePoint(c));
    } else return null;
    if (chars.length > MAX_CLASS_CHARACTERS) return null;
  }
  return chars.length > 0 ? [...new Set(chars)] : null;
}
