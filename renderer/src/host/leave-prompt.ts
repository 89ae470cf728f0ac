/**
 * A browser's own "leave this page?" question while the page has unsaved work: a `beforeunload`
 * listener that is present only then, so a page with nothing to lose closes without a question.
 * (Browsers show their own wording; a page cannot offer Save there. Unsaved work is also kept in the
 * recovery area, written on the way out.)
 */
type Target = Pick<Window, 'addEventListener' | 'removeEventListener'>;

export function createLeavePrompt(target: Target | undefined = globalThis.window): { set(unsaved: boolean): void } {
  const ask = (event: BeforeUnloadEvent) => {
    event.preventDefault();
    // Older Chromium and Electron look at returnValue rather than preventDefault.
    event.returnValue = true;
  };
  let armed = false;
  return {
    set(unsaved) {
      if (!target || unsaved === armed) return;
      armed = unsaved;
      if (unsaved) target.addEventListener('beforeunload', ask);
      else target.removeEventListener('beforeunload', ask);
    },
  };
}
