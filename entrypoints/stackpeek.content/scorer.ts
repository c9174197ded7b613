/**
 * The fitted scorer: logistic regression over the named features of
 * mention-features.ts. confidence = 1 / (1 + e^−z), with
 * z = bias + Σ weight(feature) × value + prior(alias), where the prior is how
 * often that word named the framework in the fitting data (0 for words it
 * never saw). The weights are data (data/scorer-weights.json), fitted by
 * `npm run fit` on labelled text and never edited by hand.
 */
import { aliasPriors, bias, weights } from '../../data/scorer-weights.json';
import { FEATURES, type FeatureVector, PAGE_EVIDENCE } from './mention-features';

export interface ScorerWeights {
  bias: number;
  weights: Record<string, number>;
  aliasPriors: Record<string, number>;
}

export interface Scorer {
  /** z without the page-evidence term: what the candidate's own context says. */
  local(x: FeatureVector, aliasKey: string): number;
  /** The weight of one unit of page evidence. */
  readonly pageEvidenceWeight: number;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function createScorer(fitted: ScorerWeights): Scorer {
  const w = Float64Array.from(FEATURES, (name) => fitted.weights[name] ?? 0);
  return {
    local(x, aliasKey) {
      let z = fitted.bias + (fitted.aliasPriors[aliasKey] ?? 0);
      for (let i = 0; i < w.length; i++) if (i !== PAGE_EVIDENCE) z += (w[i] ?? 0) * (x[i] ?? 0);
      return z;
    },
    pageEvidenceWeight: w[PAGE_EVIDENCE] ?? 0,
  };
}

/** The committed weights. */
export const fittedScorer: Scorer = createScorer({ bias, weights, aliasPriors });
