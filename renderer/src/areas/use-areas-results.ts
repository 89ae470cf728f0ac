/**
 * Area results that follow the active scenario and the areas file, recomputed at most once per frame.
 * The projection is redone only when the levers or the file's areas and planned additions change; an
 * edit of the supply table (or of a norm) only recomputes the demand rows, which is instant.
 */
import { useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { areaRows, districtAreaRows, projectAreas, type AreasFile, type AreasResult, type AreaPopulations } from '@model';
import type { NormValues } from '@model';
import type { LeverValues } from '@model';
import { runXiqing } from '@model';
import { createFrameScheduler } from '../model/frame-scheduler';

interface Input {
  file: AreasFile;
  levers: LeverValues;
  norms: NormValues;
}

interface Cache {
  levers: LeverValues;
  areas: AreasFile['areas'];
  additions: AreasFile['plannedAdditions'];
  method: AreasFile['method'];
  district: AreasFile['district'];
  populations: AreaPopulations;
}

function compute(input: Input, cache: { current: Cache | null }): AreasResult {
  const { file, levers, norms } = input;
  const c = cache.current;
  const reuse = c && c.levers === levers && c.areas === file.areas && c.additions === file.plannedAdditions && c.method === file.method && c.district === file.district;
  const populations = reuse ? c.populations : projectAreas(file, levers, runXiqing);
  if (!reuse) cache.current = { levers, areas: file.areas, additions: file.plannedAdditions, method: file.method, district: file.district, populations };
  return { file, populations, rows: areaRows(file, populations, norms), district: districtAreaRows(file, populations, norms) };
}

export function useAreasResults(file: AreasFile, levers: LeverValues, norms: NormValues): AreasResult {
  // The last projection and what it was computed from: a plain holder (not a ref: it is read while
  // computing the first result during render, and by the frame callback).
  const [cache] = useState<{ current: Cache | null }>(() => ({ current: null }));
  const [result, setResult] = useState(() => compute({ file, levers, norms }, cache));
  const [inputs, setInputs] = useState<Input>({ file, levers, norms });
  const scheduler = useMemo(
    () =>
      createFrameScheduler<Input>((input) => {
        const next = compute(input, cache);
        flushSync(() => {
          setResult(next);
          setInputs(input);
        });
      }),
    [cache],
  );
  useEffect(() => {
    if (file !== inputs.file || levers !== inputs.levers || norms !== inputs.norms) scheduler.request({ file, levers, norms });
  }, [file, levers, norms, inputs, scheduler]);
  useEffect(() => () => scheduler.cancel(), [scheduler]);
  return result;
}
