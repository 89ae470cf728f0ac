/**
 * Where and why a JSON text is invalid, for the CLI's "not valid JSON: … at line L, column C" message.
 * The JavaScript engine names the position in most of its messages ("(line L column C)" from Node 22,
 * "at position N" in Node 20) and is exact there, inside strings and numbers too, so its reason and
 * position are used when it gives them. For the rest ("Unexpected token 'x', "…" is not valid JSON",
 * "Unexpected end of JSON input") jsonc-parser, in strict JSON mode, finds the first error and its
 * offset; its reason is worded here. jsonc-parser reports a token's start: for an unknown word such as
 * `tru` that is the word itself ("unexpected "tru"" at its first letter), where a character scanner would
 * point at the character after it.
 */
import { createScanner, parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

/** 1-based line and column. */
export interface TextPosition {
  line: number;
  column: number;
}

/** A JSON text's first error: what is wrong, and where (a 0-based offset). */
export interface JsonSyntaxError {
  reason: string;
  offset: number;
}

/** The engine's message without its position and without the echoed source text. */
export function jsonErrorReason(message: string): string {
  return message
    .replace(/, ".*" is not valid JSON$/s, '')
    .replace(/ (in JSON )?at position \d+.*$/s, '')
    .replace(/ \(line \d+ column \d+\)$/, '');
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

/** Plain words for jsonc-parser's error codes (by their printed names: the codes are a const enum). */
const REASONS: Record<string, string> = {
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: "expected ':' after the property name",
  CommaExpected: "expected ',' between values",
  CloseBraceExpected: "expected ',' or '}'",
  CloseBracketExpected: "expected ',' or ']'",
  EndOfFileExpected: 'unexpected text after the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'bad \\u escape in a string',
  InvalidEscapeCharacter: 'bad escape in a string',
  InvalidCharacter: 'control character in a string',
};

function describe(error: ParseError, text: string): string {
  const name = printParseErrorCode(error.error);
  if (name === 'InvalidSymbol') return `unexpected ${JSON.stringify(text.slice(error.offset, error.offset + Math.max(1, error.length)))}`;
  if (name === 'ValueExpected' && error.offset >= text.length) return 'unexpected end of the text';
  return REASONS[name] ?? name;
}

/** jsonc-parser recurses once per level of nesting; deeper than this is reported, not walked. */
const MAX_LOCATED_DEPTH = 2_000;

/** The bracket where nesting goes deeper than {@link MAX_LOCATED_DEPTH}, found by jsonc-parser's (iterative) scanner. */
function tooDeep(text: string): JsonSyntaxError | undefined {
  const scanner = createScanner(text, true);
  let depth = 0;
  // SyntaxKind values: 1 {, 2 }, 3 [, 4 ], 17 end of text.
  for (let token = scanner.scan(); token !== 17; token = scanner.scan()) {
    if (token === 1 || token === 3) depth += 1;
    else if (token === 2 || token === 4) depth -= 1;
    if (depth > MAX_LOCATED_DEPTH) return { reason: `nested more than ${MAX_LOCATED_DEPTH} levels deep`, offset: scanner.getTokenOffset() };
  }
  return undefined;
}

/** The first error of a JSON text (strict JSON: no comments, no trailing commas), or undefined if it is valid. */
export function firstJsonError(text: string): JsonSyntaxError | undefined {
  const deep = tooDeep(text);
  if (deep) return deep;
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  return errors.length ? { reason: describe(errors[0], text), offset: errors[0].offset } : undefined;
}

/**
 * What is wrong with the JSON text `text`, which `JSON.parse` rejected with `message`, and where: the
 * engine's reason and position when it names one, else jsonc-parser's.
 */
export function locateJsonError(text: string, message: string): { reason: string; at?: TextPosition } {
  const lineColumn = /\(line (\d+) column (\d+)\)/.exec(message);
  if (lineColumn) return { reason: jsonErrorReason(message), at: { line: Number(lineColumn[1]), column: Number(lineColumn[2]) } };
  const position = /at position (\d+)/.exec(message);
  if (position) return { reason: jsonErrorReason(message), at: positionOf(text, Number(position[1])) };
  const found = firstJsonError(text);
  return found ? { reason: found.reason, at: positionOf(text, found.offset) } : { reason: jsonErrorReason(message) };
}
