/**
 * Multinomial naive Bayes over segmented tokens, learned from the categories staff
 * confirmed or corrected. Pure data in, pure data out: the model is a JSON document
 * stored with its version, so every prediction can name the model that made it.
 */
export interface TrainingExample {
  category: string;
  tokens: readonly string[];
}

export interface NaiveBayesModel {
  /**
   * 3: as 2, each category's likelihoods read from the other categories' counts (complement
   * naive Bayes, see MODEL_FORMAT). 2: each feature counted once per tip, posterior tempered
   * by the evidence. Absent: a model stored before, every occurrence counted, untempered. An
   * older model is still predicted as it was, and the next retraining replaces it.
   */
  format?: number;
  classes: Record<string, { documents: number; tokens: number }>;
  /** token → category → count (format 2 and later: the number of the category's tips holding it). */
  counts: Record<string, Record<string, number>>;
  vocabulary: number;
  documents: number;
}

/**
 * The format `trainNaiveBayes` writes. Format 2 reads a tip as the set of its features, so a
 * long web tip that repeats its story does not outvote a short SMS, and divides the
 * log-posterior by (features the model knows in the tip)^TEMPER_EXPONENT: the words and the
 * character pairs overlap, so naive Bayes counts the same evidence several times and its
 * probabilities come out near 0 or 1; tempered, they say how sure it is, and a blend with the
 * rules can weigh them. Format 3 (complement naive Bayes, Rennie et al. 2003) scores a
 * category by how unlike the other categories' tips the tip is: the same counts, but a
 * category with few examples no longer rests on a handful of its own (the starter set has 4
 * to 18 tips a category a district). Measured leave-one-district-out (docs/triage.md): the
 * model of the other districts alone rose on every tuning district (mean macro-F1 0.89 → 0.94).
 */
export const MODEL_FORMAT = 3;
export const TEMPER_EXPONENT = 0.4;

const HAN = /\p{Script=Han}/u;

/**
 * What the model counts: the words, and each pair of adjacent Chinese characters (marked `·`,
 * so a pair never counts as the two-character word it may equal). A phrase the segmenter cut
 * differently, a dialect word or a typo it could not read still shares most of its pairs with
 * the way other districts wrote the same thing.
 */
export function modelFeatures(tokens: readonly string[]): string[] {
  const features = [...tokens];
  let previous = '';
  for (const token of tokens) {
    for (const char of token) {
      if (!HAN.test(char)) {
        previous = '';
        continue;
      }
      if (previous) features.push(`·${previous}${char}`);
      previous = char;
    }
  }
  return features;
}

export function trainNaiveBayes(examples: readonly TrainingExample[]): NaiveBayesModel {
  const model: NaiveBayesModel = { format: MODEL_FORMAT, classes: {}, counts: {}, vocabulary: 0, documents: examples.length };
  for (const { category, tokens } of examples) {
    const cls = (model.classes[category] ??= { documents: 0, tokens: 0 });
    cls.documents += 1;
    for (const token of new Set(modelFeatures(tokens))) {
      const perClass = (model.counts[token] ??= {});
      perClass[category] = (perClass[category] ?? 0) + 1;
      cls.tokens += 1;
    }
  }
  model.vocabulary = Object.keys(model.counts).length;
  return model;
}

/**
 * A model's log-likelihoods laid out for prediction: per feature, one number per category,
 * computed once per model (the worker keeps its active model). The same numbers, added in
 * the same order, as computing them per tip.
 */
interface CompiledModel {
  categories: string[];
  priors: Float64Array;
  /** Feature → where its row starts in `logs` (a row holds one number per category). */
  rows: Map<string, number>;
  /** Every feature's row, one after another: one buffer, not an array per feature (tens of thousands). */
  logs: Float64Array;
  /** Format 2 and later: features counted once, posterior tempered. */
  tempered: boolean;
  /** Per token seen in predictions: its features' rows (format 2 and later); bounded, cleared when full. */
  tokens: Map<string, TokenRows>;
  /** Per row, the prediction that last counted it: each feature once without a Set of strings. */
  counted: Uint32Array;
  prediction: number;
}

/**
 * What a token contributes to `modelFeatures`, as rows: the token's own row, the rows of the
 * character pairs inside it in order (unknown pairs left out), and the Chinese characters at
 * its ends, which pair with the tokens beside it.
 */
interface TokenRows {
  row: number;
  inner: Int32Array;
  /** Its first character when Chinese, else '' (it then pairs with nothing before it). */
  first: string;
  /** What `modelFeatures` carries to the next token: its last character when Chinese, else ''. */
  last: string;
  empty: boolean;
}

const TOKEN_CACHE_LIMIT = 100_000;

function tokenRows(model: CompiledModel, token: string): TokenRows {
  const cached = model.tokens.get(token);
  if (cached) return cached;
  const inner: number[] = [];
  let previous = '';
  let first = '';
  let index = 0;
  for (const char of token) {
    const han = HAN.test(char);
    if (index === 0 && han) first = char;
    index += 1;
    if (!han) {
      previous = '';
      continue;
    }
    if (previous) {
      const row = model.rows.get(`·${previous}${char}`);
      if (row !== undefined) inner.push(row);
    }
    previous = char;
  }
  const rows: TokenRows = { row: model.rows.get(token) ?? -1, inner: Int32Array.from(inner), first, last: previous, empty: index === 0 };
  if (model.tokens.size >= TOKEN_CACHE_LIMIT) model.tokens.clear();
  model.tokens.set(token, rows);
  return rows;
}

const compiled = new WeakMap<NaiveBayesModel, CompiledModel>();

function compile(model: NaiveBayesModel): CompiledModel {
  const existing = compiled.get(model);
  if (existing) return existing;
  const categories = Object.keys(model.classes);
  const complement = (model.format ?? 0) >= 3;
  // Complement: a category's likelihoods from every other category's counts, entered negated.
  const allTokens = categories.reduce((sum, category) => sum + model.classes[category]!.tokens, 0);
  const denominators = categories.map(
    (category) => (complement ? allTokens - model.classes[category]!.tokens : model.classes[category]!.tokens) + model.vocabulary + 1,
  );
  const priors = Float64Array.from(categories, (category) => Math.log(model.classes[category]!.documents / model.documents));
  const width = categories.length;
  const rows = new Map<string, number>();
  const logs = new Float64Array(Object.keys(model.counts).length * width);
  let at = 0;
  for (const token in model.counts) {
    const perClass = model.counts[token]!;
    let all = 0;
    if (complement) for (const category of categories) all += perClass[category] ?? 0;
    for (let k = 0; k < width; k += 1) {
      const own = perClass[categories[k]!] ?? 0;
      logs[at + k] = complement ? -Math.log((all - own + 1) / denominators[k]!) : Math.log((own + 1) / denominators[k]!);
    }
    rows.set(token, at);
    at += width;
  }
  const result = {
    categories,
    priors,
    rows,
    logs,
    tempered: (model.format ?? 0) >= 2,
    tokens: new Map<string, TokenRows>(),
    counted: new Uint32Array(rows.size),
    prediction: 0,
  };
  compiled.set(model, result);
  return result;
}

/**
 * Posterior probability of each known category (Laplace smoothing; unknown tokens ignored).
 * Format 2 and later: each feature once, and the log-posterior divided by
 * max(1, known^TEMPER_EXPONENT); format 3: the likelihoods of the complement (see compile).
 */
export function predictNaiveBayes(model: NaiveBayesModel, tokens: readonly string[]): Record<string, number> {
  const compiledModel = compile(model);
  const { categories, priors, rows, logs: table, tempered } = compiledModel;
  if (categories.length === 0) return {};
  const logs = Float64Array.from(priors);
  let known = 0;
  const add = (row: number) => {
    known += 1;
    for (let k = 0; k < logs.length; k += 1) logs[k]! += table[row + k]!;
  };
  if (tempered) {
    // The known features of modelFeatures(tokens), each once, in its order (the tokens, then
    // the pairs): the same sums as over new Set(modelFeatures(tokens)), without building it.
    const width = categories.length;
    const counted = compiledModel.counted;
    if (compiledModel.prediction === 0xffffffff) {
      counted.fill(0);
      compiledModel.prediction = 0;
    }
    const stamp = (compiledModel.prediction += 1);
    const once = (row: number) => {
      if (counted[row / width] === stamp) return;
      counted[row / width] = stamp;
      add(row);
    };
    const each = tokens.map((token) => tokenRows(compiledModel, token));
    for (const t of each) if (t.row >= 0) once(t.row);
    let previous = '';
    for (const t of each) {
      if (t.empty) continue;
      if (previous && t.first) {
        const row = rows.get(`·${previous}${t.first}`);
        if (row !== undefined) once(row);
      }
      for (const row of t.inner) once(row);
      previous = t.last;
    }
  } else {
    for (const token of modelFeatures(tokens)) {
      const row = rows.get(token);
      if (row !== undefined) add(row);
    }
  }
  const temperature = tempered ? Math.max(1, known ** TEMPER_EXPONENT) : 1;
  let max = -Infinity;
  for (const log of logs) max = Math.max(max, log);
  const exp = Array.from(logs, (l) => Math.exp((l - max) / temperature));
  const sum = exp.reduce((a, b) => a + b, 0);
  return Object.fromEntries(categories.map((c, i) => [c, exp[i]! / sum]));
}
