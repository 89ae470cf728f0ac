/**
 * The year slider of the pyramids (the editor's and the compare view's pair): a range over the run's
 * years in steps of one; its label and the shown year stay with the caller, which lays them out.
 */
export interface YearSliderProps {
  /** For the caller's <label htmlFor> and <output htmlFor>. */
  id: string;
  /** The run's years, ascending. */
  years: readonly number[];
  /** The year shown. */
  year: number;
  onYear(year: number): void;
  testId?: string;
}

/** A range input from the first to the last of `years`; see {@link YearSliderProps}. */
export function YearSlider({ id, years, year, onYear, testId }: YearSliderProps) {
  return (
    <input
      id={id}
      type="range"
      min={years[0]}
      max={years[years.length - 1]}
      step={1}
      value={year}
      onChange={(event) => onYear(Number(event.target.value))}
      data-testid={testId}
    />
  );
}
