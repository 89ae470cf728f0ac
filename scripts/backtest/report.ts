/** The backtest report as text (a table) and as JSON, from the model's {@link runBacktest}. */
import { runBacktest, type BacktestReport } from '@model';
import { buildBase2010 } from './base-2010';
import { census2020ByAge } from './census-2020';

/** Runs the backtest with the shipped profiles and defaults. */
export function backtestReport(): BacktestReport {
  const { run: _run, ...report } = runBacktest(buildBase2010(), census2020ByAge());
  return report;
}

const pct = (v: number, digits = 1): string => `${(100 * v).toFixed(digits)}%`;
const int = (v: number): string => Math.round(v).toLocaleString('en-US');

/** JSON: `{ from, to, groups: [{ age, sex, projected, census, error }], shares, mape, calibrated, age0At2020 }`. */
export function backtestJson(r: BacktestReport): string {
  return JSON.stringify(r, null, 1) + '\n';
}

/** A plain-text table for the terminal. */
export function backtestText(r: BacktestReport): string {
  const lines = [
    `Backtest: the model run from the 2010 census (1 Nov 2010) to the 2020 census (1 Nov 2020)`,
    `Migration volumes and settlement calibrated only to the 2020 totals by hukou status; profiles as shipped.`,
    '',
    `${'age'.padEnd(7)}${'sex'.padEnd(8)}${'projected'.padStart(11)}${'census'.padStart(11)}${'error'.padStart(9)}`,
  ];
  for (const g of r.groups) lines.push(`${g.age.padEnd(7)}${g.sex.padEnd(8)}${int(g.projected).padStart(11)}${int(g.census).padStart(11)}${pct(g.error).padStart(9)}`);
  lines.push('', `Mean absolute % error over ${r.groups.length} groups (5-year groups by sex): ${pct(r.mape, 2)}`, '');
  const names: Record<string, string> = { age0to14: 'share 0–14', age15to64: 'share 15–64', age60plus: 'share 60+', age65plus: 'share 65+', hukou: 'hukou share', sexRatio: 'sex ratio (men per woman)' };
  for (const [k, v] of Object.entries(r.shares)) {
    const f = k === 'sexRatio' ? (x: number) => x.toFixed(3) : (x: number) => pct(x, 2);
    lines.push(`${names[k].padEnd(28)}projected ${f(v.projected).padStart(8)}   census ${f(v.census).padStart(8)}`);
  }
  const c = r.calibrated;
  lines.push(
    '',
    `Calibrated 2011–2020: relocation from the central city ${int(c.centralCityInflow)} a year, migrants from outside Tianjin ${int(c.outsideMigrants)} a year,`,
    `settlement ${pct(c.pointsSettlementRate, 2)} a year of non-hukou residents under 60 (a quarter of that at 60+); 2010 TFR of local women ${c.tfr2010.toFixed(3)}.`,
    `Age 0 at the 2020 census: projected ${int(r.age0At2020)}, counted 6,962.`,
  );
  return lines.join('\n') + '\n';
}
