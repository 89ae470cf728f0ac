/** The explicit-inputs file format (`docs/inputs-format.md`): validation, conversion to engine inputs, output formatting. */
export { INPUTS_FILE_FORMAT, INPUTS_FILE_VERSION } from './types.js';
export type { InputsFile, InputsFileMortality, InputsFileYear, ParseResult } from './types.js';
export { inputsFileSchema, MAX_OPEN_AGE, MAX_STEPS, type InputsFileDimensions } from './schema.js';
export { formatPath, issueMessages, parseInputsFile } from './parse.js';
export { toProjectionInputs } from './to-projection-inputs.js';
export { CSV_HEADER, resultToCsv, resultToJson, resultToJsonValue, type ProjectionJson } from './result-output.js';
