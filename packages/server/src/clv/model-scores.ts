import {
  fitGammaGamma,
  type GammaGammaFit,
  type RfmSummary,
  usableForGammaGamma,
} from '@cornerstone/shared/clv/index';
import { AppError } from '../platform/graphql/errors.ts';

// What every lifetime-value model gives the run that stores it (clv.service.ts), and the parts
// both models share: the value model and the words for too little data.

/** One merchant's estimate as stored in merchant_clv (x, tx and t_age in the model's own units). */
export interface ScoredMerchant {
  merchantId: number;
  x: number;
  tx: number;
  /** T (days since the first active day) for BG/NBD, n (opportunities) for BG/BB. */
  age: number;
  meanProfit: number;
  expectedTransactions: number;
  probabilityAlive: number;
  expectedValue: number;
  clv: number;
}

/** A fitted model and every merchant's estimate from it. */
export interface ModelScores {
  params: Record<string, unknown>;
  fittedOn: number;
  scored: ScoredMerchant[];
  /** Merchants whose estimate fell back to an approximation. */
  approximated: number;
}

export const tooFew = (n: number, asOf: string) =>
  new AppError('BAD_USER_INPUT', `asOf: ${n} merchants with settlements before ${asOf}; the model needs 50`, {
    field: 'asOf',
  });

export const tooFewRepeat = () =>
  new AppError('BAD_USER_INPUT', 'asOf: too few merchants with repeat profit to fit the value model', {
    field: 'asOf',
  });

/** Gamma-Gamma on the repeat transactions' mean profit, refused when too few merchants have any. */
export function fitValueModel(sample: RfmSummary[]): GammaGammaFit {
  const usable = sample.filter(usableForGammaGamma);
  if (usable.length < 20) throw tooFewRepeat();
  return fitGammaGamma(usable);
}
