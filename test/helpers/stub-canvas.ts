/**
 * A canvas for chart.js in Node (its basic platform): a 2D context that accepts every call and measures
 * text at 7 px per character. Nothing is drawn, but scales, ticks, elements and options are real.
 */
export function stubCanvas() {
  const state: Record<string | symbol, unknown> = {};
  const context = new Proxy(state, {
    get: (target, prop) => (prop in target ? target[prop] : prop === 'measureText' ? (text: string) => ({ width: 7 * String(text).length }) : () => undefined),
    set: (target, prop, value) => ((target[prop] = value), true),
  });
  const canvas = { width: 600, height: 300, style: {}, getContext: () => context };
  state.canvas = canvas;
  return canvas;
}
