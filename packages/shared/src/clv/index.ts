// Customer lifetime value for non-contractual customers: BG/NBD + Gamma-Gamma (docs/clv.md).
export * from './bg-bb.ts';
export * from './bg-bb-fit.ts';
export * from './bg-bb-simulate.ts';
export * from './bg-nbd.ts';
export * from './clv.ts';
export * from './gamma-gamma.ts';
export * from './nelder-mead.ts';
export * from './random.ts';
export * from './simulate.ts';
export * from './special.ts';
