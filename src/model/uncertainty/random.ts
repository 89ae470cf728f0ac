/**
 * A small seeded pseudo-random generator for the probabilistic runs: the same seed gives the same
 * stream of numbers on every platform (integer arithmetic only up to the final division), so seeded
 * runs are reproducible bit for bit in Node, the browser and a worker.
 *
 * Generator: sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, PractRand-clean), seeded
 * through splitmix32 so that nearby seeds give unrelated streams.
 */

/** A source of uniform and standard-normal draws. */
export interface Random {
  /** Uniform on [0, 1). */
  uniform(): number;
  /** Standard normal N(0, 1). */
  normal(): number;
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * A seeded generator.
 * @param seed any integer (taken modulo 2³²)
 */
export function createRandom(seed: number): Random {
  const init = splitmix32(seed);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const next = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 12; i++) next();
  let spare: number | null = null;
  const uniform = (): number => next() / 4294967296;
  return {
    uniform,
    normal() {
      // Box–Muller, both values used. Math.log/sqrt/cos are correctly rounded enough in V8 for
      // reproducibility across runs of the same engine; tests compare runs, not stored constants.
      if (spare !== null) {
        const z = spare;
        spare = null;
        return z;
      }
      let u = uniform();
      while (u === 0) u = uniform();
      const v = uniform();
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    },
  };
}
