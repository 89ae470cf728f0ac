/**
 * Towns and streets: the areas file, the distribution of the district projection over areas, and
 * per-area service demand, supply and gaps (docs/areas.md). The app and the CLI import from here.
 */
import type { NormValues } from '../service-demand/norm-specs';
import type { LeverValues } from '../xiqing/levers/lever-values';
import { runXiqing } from '../xiqing/model';
import { areaRows, districtAreaRows, type AreaYearRow } from './area-demand';
import { checkAreasFile, type AreasFile } from './areas-file';
import defaultAreasJson from './data/xiqing-areas-2020.json';
import { projectAreas, type AreaPopulations } from './distribute';

export {
  AREAS_FORMAT, AREAS_VERSION, FACILITIES, FIRST_TABLE_YEAR, GRADES, LAST_TABLE_YEAR, MAX_AREAS, checkAreasFile, parseAreasFile, serializeAreasFile,
  type Area, type AreasFile, type AreasLoadResult, type Facility, type Grade, type PlannedAddition, type SupplyRow,
} from './areas-file';
export { ADDITIVE_FIELDS, areaRows, areaYearRow, districtAreaRows, supplyInYear, type AreaYearRow } from './area-demand';
export { BROAD_GROUPS, projectAreas, sharePath, type AreaPopulations, type DistrictRunner } from './distribute';
export { rake } from './ipf';

let defaultFile: AreasFile | undefined;

/** The shipped areas file (src/model/areas/data/xiqing-areas-2020.json), validated once. */
export function defaultAreasFile(): AreasFile {
  if (!defaultFile) {
    const r = checkAreasFile(defaultAreasJson);
    if (!r.ok) throw new Error(`the shipped areas file is invalid: ${r.issues.join('; ')}`);
    defaultFile = r.file;
  }
  return defaultFile;
}

/** Everything the areas view and the CLI show for one scenario. */
export interface AreasResult {
  file: AreasFile;
  populations: AreaPopulations;
  /** Per area (file order), per year. */
  rows: AreaYearRow[][];
  /** The district computed the same way (areas summed). */
  district: AreaYearRow[];
}

/** Projects every area of `file` for the scenario's levers and norms with the Xiqing district model. */
export function xiqingAreas(file: AreasFile, levers: LeverValues, norms: NormValues): AreasResult {
  const populations = projectAreas(file, levers, runXiqing);
  return { file, populations, rows: areaRows(file, populations, norms), district: districtAreaRows(file, populations, norms) };
}
export { AREA_COLUMNS, areasToCsv, areasToJson, flatAreaRow } from './area-output';
