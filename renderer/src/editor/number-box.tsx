/**
 * A number box in display units. Typing does not change the scenario until Enter or leaving the box,
 * so half-typed numbers never run the model; Escape puts the current value back. While the text
 * differs from the value (data-dirty="true"), Ctrl+Z is the browser's own text undo.
 */
import { useState, type KeyboardEvent } from 'react';
import { clampDisplay, displayRange, displayText, fromDisplay, parseDisplayInput, type ValueSpec } from '../format/lever-format';

interface NumberBoxProps {
  id: string;
  spec: ValueSpec;
  value: number;
  describedBy?: string;
  invalidMessage: string;
  /** Said when an entry outside the range was brought into it: given what was typed and what was set. */
  clampedMessage(typed: string, set: string): string;
  onCommit(value: number): void;
}

export function NumberBox({ id, spec, value, describedBy, invalidMessage, clampedMessage, onCommit }: NumberBoxProps) {
  const current = displayText(spec, value);
  // null while not editing: the box then always shows the scenario's value (slider, undo, preset).
  const [draft, setDraft] = useState<string | null>(null);
  // Set when the last entry was out of range and brought into it; cleared by the next edit.
  const [clamped, setClamped] = useState<string | null>(null);
  const text = draft ?? current;
  const parsed = parseDisplayInput(text);
  const invalid = Number.isNaN(parsed);

  const commit = () => {
    setDraft(null);
    if (draft === null || invalid) return;
    const display = clampDisplay(spec, parsed);
    // A rounding to the box's precision is no news; a value moved to the range's end is.
    const { min, max } = displayRange(spec);
    setClamped(parsed < min || parsed > max ? clampedMessage(draft.trim(), displayText(spec, fromDisplay(spec, display))) : null);
    onCommit(fromDisplay(spec, display));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape') {
      setDraft(null);
    }
  };

  return (
    <>
      <input
        id={id}
        className={`number-box ${invalid ? 'number-box--invalid' : ''}`}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={text}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        data-dirty={text !== current}
        onChange={(event) => {
          setDraft(event.target.value);
          setClamped(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={commit}
      />
      {invalid && <span className="number-box__error" role="alert">{invalidMessage}</span>}
      {!invalid && clamped && <span className="number-box__error number-box__clamped" role="status" data-testid="number-box-clamped">{clamped}</span>}
    </>
  );
}
