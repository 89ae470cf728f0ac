/**
 * A general one-dimensional root finder, independent of the model: Brent's method (bisection
 * safeguarded by secant and inverse quadratic steps; Brent 1973, as in Numerical Recipes' zbrent).
 */

/**
 * Finds a root of g on [x1, x2], given g1 = g(x1) and g2 = g(x2) of opposite signs, stopping when
 * |g| ≤ tolY or the bracket is narrower than tolX (both in the units of g and of x respectively).
 * Returns the last point tried and g there; gives up after 200 evaluations with the best so far.
 */
export function brent(
  g: (v: number) => number,
  x1: number,
  x2: number,
  g1: number,
  g2: number,
  tolX: number,
  tolY: number,
): { value: number; residual: number } {
  const EPS = 2.220446049250313e-16;
  let a = x1;
  let b = x2;
  let c = x2;
  let fa = g1;
  let fb = g2;
  let fc = fb;
  let d = b - a;
  let e = d;
  for (let iter = 0; iter < 200; iter++) {
    if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
      c = a;
      fc = fa;
      e = d = b - a;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol1 = 2 * EPS * Math.abs(b) + 0.5 * tolX;
    const xm = 0.5 * (c - b);
    if (Math.abs(xm) <= tol1 || Math.abs(fb) <= tolY) return { value: b, residual: fb };
    if (Math.abs(e) >= tol1 && Math.abs(fa) > Math.abs(fb)) {
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * xm * s;
        q = 1 - s;
      } else {
        const qq = fa / fc;
        const r = fb / fc;
        p = s * (2 * xm * qq * (qq - r) - (b - a) * (r - 1));
        q = (qq - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      p = Math.abs(p);
      if (2 * p < Math.min(3 * xm * q - Math.abs(tol1 * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = xm;
        e = d;
      }
    } else {
      d = xm;
      e = d;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol1 ? d : Math.sign(xm) * tol1;
    fb = g(b);
  }
  return { value: b, residual: fb };
}
