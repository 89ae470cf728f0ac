import { describe, expect, it } from 'vitest';
import { firstJsonError, jsonErrorReason, locateJsonError, positionOf } from '../../src/cli/json-position';

function parseError(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected invalid JSON');
}

describe('JSON error positions', () => {
  it.each([
    ['{\n  "a": 1,\n  "b": }', 3, 8],
    ['{\n  "a": 1,\n}', 3, 1],
    ['[1, 2,]', 1, 7],
    // jsonc-parser points at the unknown word itself (the hand-written scanner pointed after it, at column 10).
    ['{"a": tru}', 1, 7],
    ['{"a": 1', 1, 8],
    ['[1 2]', 1, 4],
    ['{"a" 1}', 1, 6],
    ['', 1, 1],
    ['[1]\n x', 2, 2],
  ])('%j fails at line %i, column %i', (text, line, column) => {
    expect(locateJsonError(text, parseError(text)).at).toEqual({ line, column });
  });

  it('finds the error where the engine does, or the start of the string or number the engine finds it in', () => {
    for (const text of ['{"a": 1', '[1 2]', '{"a" 1}', '{,}', '["\\u12G4"]', '[01]', '{"a":"x\ny"}', '  [1]  x', '[1.]', '["a\\x"]']) {
      const position = /at position (\d+)/.exec(parseError(text));
      if (!position) continue;
      const engine = Number(position[1]);
      const found = firstJsonError(text)!;
      expect(found, text).toBeDefined();
      // A structural error at the same offset; inside a token (escape, number), at the token's start.
      expect(found.offset, text).toBeLessThanOrEqual(engine);
      expect(text.slice(found.offset, engine), text).not.toMatch(/[\s,:[\]{}]/);
    }
  });

  it('says what is wrong where the engine gives no position', () => {
    expect(locateJsonError('{"a": tru}', parseError('{"a": tru}')).reason).toBe('unexpected "tru"');
    expect(locateJsonError('', parseError('')).reason).toBe('unexpected end of the text');
    expect(firstJsonError('{"a": 1} // note')).toEqual({ reason: 'comments are not allowed in JSON', offset: 9 });
    expect(firstJsonError('[1, 2,]')).toEqual({ reason: 'expected a value', offset: 6 });
    expect(firstJsonError('{"a":1}')).toBeUndefined();
  });

  it('locates an error deep in nesting, and reports nesting too deep to walk at the bracket where it starts', () => {
    const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
    expect(firstJsonError(deep(1_500).slice(0, -1))).toEqual({ reason: "expected ',' or ']'", offset: 2_999 });
    expect(firstJsonError(deep(50_000).slice(0, -1))).toEqual({ reason: 'nested more than 2000 levels deep', offset: 2_000 });
  });

  it('uses the line and column that newer Node versions put in the message', () => {
    expect(locateJsonError('whatever', "Unexpected token '}' in JSON at position 20 (line 3 column 8)")).toEqual({ reason: "Unexpected token '}'", at: { line: 3, column: 8 } });
  });

  it('keeps the reason and drops positions and the echoed text', () => {
    expect(jsonErrorReason(`Unexpected token '}', "{ "a": }" is not valid JSON`)).toBe("Unexpected token '}'");
    expect(jsonErrorReason('Expected \',\' or \'}\' after property value in JSON at position 7 (line 1 column 8)')).toBe(
      "Expected ',' or '}' after property value",
    );
    expect(jsonErrorReason('Unexpected non-whitespace character after JSON at position 7')).toBe(
      'Unexpected non-whitespace character after JSON',
    );
  });

  it('converts offsets to 1-based lines and columns', () => {
    expect(positionOf('ab\ncd\n', 0)).toEqual({ line: 1, column: 1 });
    expect(positionOf('ab\ncd\n', 4)).toEqual({ line: 2, column: 2 });
    expect(positionOf('ab\ncd\n', 6)).toEqual({ line: 3, column: 1 });
  });
});
