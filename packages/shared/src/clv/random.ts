// Seeded random numbers for simulating the CLV models: mulberry32 uniforms, Box–Muller normals,
// Marsaglia–Tsang gammas, betas from two gammas. Deterministic for a given seed.

/** A source of uniform numbers in the open interval (0, 1). */
export type Uniform = () => number;

/**
 * mulberry32 (Tommy Ettinger): a 32-bit state PRNG, small and fast, plenty for simulation. The
 * output is shifted by half a step so it never returns exactly 0 or 1 (safe for log and 1/x).
 */
export function mulberry32(seed: number): Uniform {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) + 0.5) / 4294967296;
  };
}

/** Standard normal by Box–Muller (one of the pair; simplicity over speed). */
export function normal(u: Uniform): number {
  return Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
}

/** Exponential with the given rate (mean 1/rate). */
export function exponential(u: Uniform, rate: number): number {
  return -Math.log(u()) / rate;
}

/**
 * Gamma(shape, rate) — mean shape/rate — by Marsaglia & Tsang (2000), "A simple method for
 * generating gamma variables"; for shape < 1 the boost Gamma(shape) = Gamma(shape+1)·U^(1/shape).
 */
export function gamma(u: Uniform, shape: number, rate = 1): number {
  if (!(shape > 0) || !(rate > 0))
    throw new RangeError(`gamma: shape and rate must be > 0 (${shape}, ${rate})`);
  if (shape < 1) return gamma(u, shape + 1, rate) * u() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(u);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const w = u();
    if (w < 1 - 0.0331 * x * x * x * x) return (d * v) / rate;
    if (Math.log(w) < 0.5 * x * x + d * (1 - v + Math.log(v))) return (d * v) / rate;
  }
}

/** Beta(a, b) as X/(X+Y) with X ~ Gamma(a), Y ~ Gamma(b). */
export function beta(u: Uniform, a: number, b: number): number {
  const x = gamma(u, a);
  const y = gamma(u, b);
  return x / (x + y);
}
