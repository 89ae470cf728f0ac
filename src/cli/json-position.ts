/**
 * Where `JSON.parse` failed, as line and column. Node 22+ puts "(line L column C)" in the message and
 * most Node 20 messages give "at position N"; the rest ("Unexpected token 'x', "…" is not valid JSON")
 * give no position, so a small scanner finds the first offset where the text stops being JSON.
 */

/** 1-based line and column. */
export interface TextPosition {
  line: number;
  column: number;
}

/** The parser's message without its position and without the echoed source text. */
export function jsonErrorReason(message: string): string {
  return message
    .replace(/, ".*" is not valid JSON$/s, '')
    .replace(/ (in JSON )?at position \d+.*$/s, '')
    .replace(/ \(line \d+ column \d+\)$/, '');
}

/** Where the JSON text `text` (which `JSON.parse` rejected with `message`) goes wrong, if found. */
export function jsonErrorPosition(text: string, message: string): TextPosition | undefined {
  const lineColumn = /\(line (\d+) column (\d+)\)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /at position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : firstInvalidOffset(text);
  return offset === undefined ? undefined : positionOf(text, offset);
}

/** Offset → 1-based line and column. */
export function positionOf(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * The offset of the first character that cannot continue a JSON text (text.length if it ends too
 * early), or undefined if the text is valid JSON. Iterative, so deep nesting cannot overflow the stack.
 */
export function firstInvalidOffset(text: string): number | undefined {
  let i = 0;
  const stack: ('{' | '[')[] = [];
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const literal = (word: string) => {
    for (let k = 0; k < word.length; k++, i++) if (text[i] !== word[k]) return false;
    return true;
  };
  const string = (): boolean => {
    i++; // opening quote
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return true;
      }
      if (c < 32) return false;
      if (c === 92) {
        i++;
        if (text[i] === 'u') {
          for (let k = 1; k <= 4; k++) if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) return ((i += k), false);
          i += 5;
        } else if (i < text.length && '"\\/bfnrt'.includes(text[i])) i++;
        else return false;
      } else i++;
    }
    return false;
  };
  const number = (): boolean => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match || match[0] === '-') return (i += match?.[0].length ?? 0), false;
    i += match[0].length;
    // A digit, '.', 'e' right after a complete number means the number itself is malformed.
    return !/[\d.eE+-]/.test(text[i] ?? '');
  };
  const scalar = (): boolean => {
    const c = text[i];
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === '-' || (c >= '0' && c <= '9')) return number();
    return false;
  };
  /** `"key" :` of an object member. */
  const key = (): boolean => {
    skipSpace();
    if (text[i] !== '"' || !string()) return false;
    skipSpace();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };
  let expectValue = true;
  for (;;) {
    skipSpace();
    const open = stack.at(-1);
    if (expectValue) {
      const c = text[i];
      if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        skipSpace();
        if (text[i] === (c === '{' ? '}' : ']')) {
          stack.pop();
          i++;
          expectValue = false;
        } else if (c === '{' && !key()) return i;
      } else if (scalar()) expectValue = false;
      else return i;
    } else if (open === undefined) {
      return i === text.length ? undefined : i;
    } else if (text[i] === (open === '{' ? '}' : ']')) {
      stack.pop();
      i++;
    } else if (text[i] === ',') {
      i++;
      if (open === '{' && !key()) return i;
      expectValue = true;
    } else return i;
  }
}
