import { describe, expect, it } from 'vitest';
import { firstInvalidOffset, jsonErrorPosition, jsonErrorReason, positionOf } from '../../src/cli/json-position';

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
    ['{"a": tru}', 1, 10],
    ['{"a": 1', 1, 8],
    ['[1 2]', 1, 4],
    ['{"a" 1}', 1, 6],
    ['', 1, 1],
    ['[1]\n x', 2, 2],
  ])('%j fails at line %i, column %i', (text, line, column) => {
    expect(jsonErrorPosition(text, parseError(text))).toEqual({ line, column });
  });

  it('agrees with the parser wherever the parser names a position', () => {
    for (const text of ['{"a": 1', '[1 2]', '{"a" 1}', '{,}', '["\\u12G4"]', '[01]', '{"a":"x\ny"}', '  [1]  x']) {
      const position = /at position (\d+)/.exec(parseError(text));
      if (position) expect(firstInvalidOffset(text), text).toBe(Number(position[1]));
    }
  });

  it('finds no error in valid JSON, however deeply nested', () => {
    expect(firstInvalidOffset('{"a":[1,{"b":null,"c":true}],"d":-1.5e3,"e":"\\u00e9\\n"}')).toBeUndefined();
    const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    expect(firstInvalidOffset(deep)).toBeUndefined();
    expect(firstInvalidOffset(deep.slice(0, -1))).toBe(99_999);
  });

  it('uses the line and column that newer Node versions put in the message', () => {
    expect(jsonErrorPosition('whatever', "Unexpected token '}' in JSON at position 20 (line 3 column 8)")).toEqual({ line: 3, column: 8 });
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
