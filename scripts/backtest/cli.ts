/**
 * `npm run backtest [-- --format json]`: the 2010 → 2020 backtest (docs/calibration.md, "Backtest").
 * Prints a table by default, JSON with `--format json`.
 */
import { backtestJson, backtestReport, backtestText } from './report';

const args = process.argv.slice(2);
const at = args.indexOf('--format');
const format = at >= 0 ? args[at + 1] : 'text';
const unknown = args.filter((a, i) => a !== '--format' && !(at >= 0 && i === at + 1));
if (!['text', 'json'].includes(format ?? '') || unknown.length) {
  process.stderr.write(`usage: npm run backtest [-- --format json]\n${unknown.length ? `unknown argument: ${unknown.join(' ')}\n` : `--format must be text or json, got ${JSON.stringify(format)}\n`}`);
  process.exitCode = 2;
} else {
  const r = backtestReport();
  process.stdout.write(format === 'json' ? backtestJson(r) : backtestText(r));
}
