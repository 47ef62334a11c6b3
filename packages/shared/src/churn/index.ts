// Churn score with reasons, and the measures of the back-test that compares churn signals.
export * from './churn-score.ts';
export * from './churn-signals.ts';
export * from './logistic.ts';
export * from './metrics.ts';
