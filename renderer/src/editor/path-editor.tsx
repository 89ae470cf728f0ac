/**
 * The per-year editor of a path-capable lever: a small table of the 2021–2025 values and the rule
 * after 2025, each cell committed on Enter or on leaving it (one undo step per cell), checked on its
 * own with a message naming the year. Escape puts the cell back.
 */
import type { PathValue } from '@model';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { displayText, type ValueSpec } from '../format/lever-format';
import { useLanguage } from '../i18n/use-language';
import { pathRows, readCell, sparkline, SPARK_YEARS, withYear, type CellInput, type PathRow } from './path-editing';
import { formatSettingValue } from '../../../src/format';

/** The census year: its row covers 1 November to 31 December. */
const CENSUS_YEAR = 2020;

/** Size of the mini chart, px. */
const SPARK = { width: 240, height: 34 };

interface PathEditorProps {
  /** Prefix for element ids (unique per card). */
  idPrefix: string;
  spec: ValueSpec;
  value: PathValue;
  /** The lever's label, for the cells' accessible names. */
  label: string;
  onCommit(next: PathValue): void;
}

export function PathEditor({ idPrefix, spec, value, label, onCommit }: PathEditorProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  // Text being typed per year; a year is absent while its cell shows the scenario's value.
  const [drafts, setDrafts] = useState<Readonly<Record<number, string>>>({});
  const [problems, setProblems] = useState<Readonly<Record<number, CellInput>>>({});
  const rows = pathRows(value);

  const setDraft = (year: number, text: string | undefined) =>
    setDrafts((d) => {
      const next = { ...d };
      if (text === undefined) delete next[year];
      else next[year] = text;
      return next;
    });
  const setProblem = (year: number, problem: CellInput | undefined) =>
    setProblems((p) => {
      const next = { ...p };
      if (problem === undefined) delete next[year];
      else next[year] = problem;
      return next;
    });

  const commit = (row: PathRow) => {
    const text = drafts[row.year];
    if (text === undefined) return;
    const input = readCell(spec, text, row.kind);
    if (!input.ok) {
      setProblem(row.year, input);
      return;
    }
    setProblem(row.year, undefined);
    setDraft(row.year, undefined);
    // An unchanged cell (or clearing a row that lists nothing) is not an edit.
    if (input.stored === null ? !row.listed : input.stored === row.value && row.listed) return;
    onCommit(withYear(value, row.year, input.stored));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, row: PathRow, index: number) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit(row);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      // Up and down move between years as in a spreadsheet, committing the cell left. The move waits
      // a frame so the next cell already shows the committed path when its text is selected.
      const next = rows[index + (event.key === 'ArrowDown' ? 1 : -1)];
      if (!next) return;
      event.preventDefault();
      commit(row);
      requestAnimationFrame(() => document.getElementById(`${idPrefix}-path-${next.year}`)?.focus());
    } else if (event.key === 'Escape') {
      setDraft(row.year, undefined);
      setProblem(row.year, undefined);
    }
  };

  const yearLabel = (row: PathRow) => {
    if (row.kind === 'from') return t('levers.path.fromYear', { year: row.year });
    // 2020's value covers only the two months from the census (1 November) to the year's end.
    return row.year === CENSUS_YEAR ? t('levers.path.censusYear', { year: row.year }) : t('levers.path.year', { year: row.year });
  };
  const message = (row: PathRow, problem: CellInput): string => {
    const where = yearLabel(row);
    if (problem.ok) return '';
    if (problem.problem === 'outOfRange') {
      return t('levers.path.outOfRange', { where, min: formatSettingValue(spec, spec.min, language), max: formatSettingValue(spec, spec.max, language) });
    }
    return t(problem.problem === 'empty' ? 'levers.path.empty' : 'levers.path.notANumber', { where });
  };
  const shownProblems = rows.filter((row) => problems[row.year]);
  const spark = sparkline(value, spec, SPARK.width, SPARK.height);

  return (
    <div className="path-editor" id={`${idPrefix}-path`}>
      <table className="path-editor__table">
        <caption className="visually-hidden">{t('levers.path.caption', { label })}</caption>
        <tbody>
          {rows.map((row, index) => {
            const draft = drafts[row.year];
            const problem = problems[row.year];
            const cellId = `${idPrefix}-path-${row.year}`;
            return (
              <tr key={row.year} className={row.heldFrom === null ? 'path-editor__row--set' : 'path-editor__row--held'} data-year={row.year}>
                <th scope="row">
                  <label htmlFor={cellId}>{yearLabel(row)}</label>
                </th>
                <td>
                  <input
                    id={cellId}
                    className={`number-box path-editor__cell ${problem ? 'number-box--invalid' : ''}`}
                    type="text"
                    inputMode="decimal"
                    autoComplete="off"
                    spellCheck={false}
                    value={draft ?? displayText(spec, row.value)}
                    aria-invalid={problem !== undefined}
                    aria-describedby={problem ? `${idPrefix}-path-problems` : `${idPrefix}-path-rule`}
                    data-dirty={draft !== undefined}
                    onChange={(event) => setDraft(row.year, event.target.value)}
                    onKeyDown={(event) => onKeyDown(event, row, index)}
                    // Typing replaces a cell's value, as in a spreadsheet.
                    onFocus={(event) => event.target.select()}
                    onBlur={() => commit(row)}
                  />
                </td>
                <td className="path-editor__note">{row.heldFrom === null ? '' : t('levers.path.held', { year: row.heldFrom })}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <figure className="path-editor__spark" aria-hidden="true">
        <svg width={SPARK.width} height={SPARK.height} viewBox={`0 0 ${SPARK.width} ${SPARK.height}`}>
          <rect x={spark.planEndX} y={0} width={SPARK.width - spark.planEndX} height={SPARK.height} className="path-editor__spark-after" />
          <path d={spark.d} className="path-editor__spark-line" />
          {spark.dots.map((dot) => (
            <circle key={dot.year} cx={dot.x} cy={dot.y} r={2.5} className="path-editor__spark-dot" />
          ))}
        </svg>
        <figcaption>
          <span>{SPARK_YEARS[0]}</span>
          <span>{SPARK_YEARS[1]}</span>
        </figcaption>
      </figure>
      <p id={`${idPrefix}-path-rule`} className="path-editor__rule">{t('levers.path.rule')}</p>
      {shownProblems.length > 0 && (
        <ul id={`${idPrefix}-path-problems`} className="path-editor__problems" role="alert">
          {shownProblems.map((row) => (
            <li key={row.year}>{message(row, problems[row.year])}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
