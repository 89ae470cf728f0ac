/** The output formats of `npm run project`: the model's formatters, by name. */
import type { ProjectionResult } from '../model/engine/types.js';
import { resultToCsv, resultToJson } from '../model/inputs-file/index.js';

export const OUTPUT_FORMATS = {
  json: resultToJson,
  csv: resultToCsv,
} satisfies Record<string, (result: ProjectionResult) => string>;

export type OutputFormat = keyof typeof OUTPUT_FORMATS;
