/** The 2020 census residents by sex and single age (the committed 2020 base, all states and students). */
import type { BySex } from '../../src/model/engine/types';
import { xiqingBase } from '../../src/model/xiqing/model';

export function census2020ByAge(): BySex<Float64Array> {
  const b = xiqingBase();
  const out = { male: new Float64Array(101), female: new Float64Array(101) };
  for (const s of b.residents) for (const sex of ['male', 'female'] as const) for (let a = 0; a < 101; a++) out[sex][a] += s[sex][a];
  return out;
}
