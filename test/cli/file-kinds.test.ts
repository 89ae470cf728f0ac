import { describe, expect, it } from 'vitest';
import { FILE_KINDS, findFileKind, type FileKind } from '../../src/cli/file-kinds';
import { smallInputsFile } from '../model/inputs-file/small-file';

describe('findFileKind', () => {
  it('finds the explicit-inputs kind by the format field', () => {
    const kind = findFileKind(smallInputsFile());
    expect(kind).toMatchObject({ ok: true, value: { format: 'population-projection-inputs' } });
  });

  it('names the supported formats for an unknown or missing format', () => {
    const supported = 'supported formats: "population-projection-inputs", "xiqing-population-scenario"';
    expect(findFileKind({ format: 'xiqing-scenario' })).toEqual({
      ok: false,
      errors: [`format "xiqing-scenario" is not supported (${supported})`],
    });
    expect(findFileKind([1])).toEqual({
      ok: false,
      errors: [`the file has no "format" field naming its kind (${supported})`],
    });
  });

  it('dispatches to any kind in the table', () => {
    const other: FileKind = { format: 'other', title: 'other files', project: () => ({ ok: false, errors: ['nope'] }) };
    const kinds = [...FILE_KINDS, other];
    expect(findFileKind({ format: 'other' }, kinds)).toEqual({ ok: true, value: other });
    expect(findFileKind({ format: 'x' }, kinds)).toMatchObject({
      errors: ['format "x" is not supported (supported formats: "population-projection-inputs", "xiqing-population-scenario", "other")'],
    });
  });

  it('projects a valid explicit-inputs file and returns the problems of an invalid one', () => {
    const [explicit] = FILE_KINDS;
    const projected = explicit.project(smallInputsFile());
    expect(projected.ok && JSON.parse(projected.value.render('json')).years).toEqual([2000, 2001, 2002, 2003]);
    const broken = smallInputsFile();
    broken.years['2000'].asfr.pop();
    expect(explicit.project(broken)).toEqual({ ok: false, errors: ['years.2000.asfr has 3 values, expected 4'] });
  });
});
