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
  classes: Record<string, { documents: number; tokens: number }>;
  /** token → category → count. */
  counts: Record<string, Record<string, number>>;
  vocabulary: number;
  documents: number;
}

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
  const model: NaiveBayesModel = { classes: {}, counts: {}, vocabulary: 0, documents: examples.length };
  for (const { category, tokens } of examples) {
    const cls = (model.classes[category] ??= { documents: 0, tokens: 0 });
    cls.documents += 1;
    for (const token of modelFeatures(tokens)) {
      const perClass = (model.counts[token] ??= {});
      perClass[category] = (perClass[category] ?? 0) + 1;
      cls.tokens += 1;
    }
  }
  model.vocabulary = Object.keys(model.counts).length;
  return model;
}

/** Posterior probability of each known category (Laplace smoothing; unknown tokens ignored). */
export function predictNaiveBayes(model: NaiveBayesModel, tokens: readonly string[]): Record<string, number> {
  const categories = Object.keys(model.classes);
  if (categories.length === 0) return {};
  const features = modelFeatures(tokens);
  const logs = categories.map((category) => {
    const cls = model.classes[category]!;
    let log = Math.log(cls.documents / model.documents);
    const denominator = cls.tokens + model.vocabulary + 1;
    for (const token of features) {
      const perClass = model.counts[token];
      if (!perClass) continue;
      log += Math.log(((perClass[category] ?? 0) + 1) / denominator);
    }
    return log;
  });
  const max = Math.max(...logs);
  const exp = logs.map((l) => Math.exp(l - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  return Object.fromEntries(categories.map((c, i) => [c, exp[i]! / sum]));
}
