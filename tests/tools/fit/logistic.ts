/**
 * Logistic regression fitted by gradient descent (Adam), with an L2 penalty on
 * the feature weights and a stronger one on the per-word priors, so a word seen
 * a few times moves its prior only a little. Small data (thousands of
 * examples, tens of features): no library needed, and every step is visible.
 */

export interface Example {
  x: Float64Array;
  /** The alias the candidate matched, lowercase: the key of its prior. */
  aliasKey: string;
  label: 0 | 1;
}

export interface FittedModel {
  bias: number;
  weights: Float64Array;
  priors: Map<string, number>;
}

export interface FitOptions {
  /** L2 penalty on feature weights. */
  l2: number;
  /** L2 penalty on priors. */
  priorL2: number;
  /** Priors only for words seen at least this often. */
  minPriorCount: number;
  steps: number;
  learningRate: number;
}

export const DEFAULT_FIT: FitOptions = { l2: 0.01, priorL2: 0.005, minPriorCount: 2, steps: 3000, learningRate: 0.05 };

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function predict(model: FittedModel, example: Example): number {
  let z = model.bias + (model.priors.get(example.aliasKey) ?? 0);
  for (let i = 0; i < model.weights.length; i++) z += (model.weights[i] ?? 0) * (example.x[i] ?? 0);
  return sigmoid(z);
}

export function fitLogistic(examples: Example[], features: number, options: FitOptions = DEFAULT_FIT): FittedModel {
  const counts = new Map<string, number>();
  for (const example of examples) counts.set(example.aliasKey, (counts.get(example.aliasKey) ?? 0) + 1);
  const priorKeys = [...counts].filter(([, count]) => count >= options.minPriorCount).map(([key]) => key);
  const priorIndex = new Map(priorKeys.map((key, i) => [key, i]));
  // Parameters: [bias, weights…, priors…].
  const size = 1 + features + priorKeys.length;
  const theta = new Float64Array(size);
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  const grad = new Float64Array(size);
  const n = Math.max(1, examples.length);
  for (let step = 1; step <= options.steps; step++) {
    grad.fill(0);
    for (const example of examples) {
      const p = priorIndex.get(example.aliasKey);
      let z = theta[0] ?? 0;
      for (let i = 0; i < features; i++) z += (theta[1 + i] ?? 0) * (example.x[i] ?? 0);
      if (p !== undefined) z += theta[1 + features + p] ?? 0;
      const error = sigmoid(z) - example.label;
      grad[0] = (grad[0] ?? 0) + error;
      for (let i = 0; i < features; i++) grad[1 + i] = (grad[1 + i] ?? 0) + error * (example.x[i] ?? 0);
      if (p !== undefined) grad[1 + features + p] = (grad[1 + features + p] ?? 0) + error;
    }
    for (let j = 0; j < size; j++) {
      const penalty = j === 0 ? 0 : j <= features ? options.l2 : options.priorL2;
      const g = (grad[j] ?? 0) / n + penalty * (theta[j] ?? 0);
      m[j] = 0.9 * (m[j] ?? 0) + 0.1 * g;
      v[j] = 0.999 * (v[j] ?? 0) + 0.001 * g * g;
      const mHat = (m[j] ?? 0) / (1 - 0.9 ** step);
      const vHat = (v[j] ?? 0) / (1 - 0.999 ** step);
      theta[j] = (theta[j] ?? 0) - (options.learningRate * mHat) / (Math.sqrt(vHat) + 1e-8);
    }
  }
  return {
    bias: theta[0] ?? 0,
    weights: theta.slice(1, 1 + features),
    priors: new Map(priorKeys.map((key, i) => [key, theta[1 + features + i] ?? 0])),
  };
}
