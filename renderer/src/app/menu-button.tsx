/**
 * A button that opens a short menu of commands (the top bar's less-used scenario commands), built as
 * the WAI-ARIA menu button pattern: Enter, Space or ArrowDown open it on the first item; arrows move;
 * Escape closes it and returns focus to the button; a click elsewhere or Tab closes it.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

export interface MenuItem {
  id: string;
  label: string;
  /** A shortcut shown after the label, e.g. "Ctrl+Shift+S". */
  shortcut?: string;
  disabled?: boolean;
  /** Drawn with a line above it, starting a group. */
  separated?: boolean;
  onSelect(): void;
}

interface MenuButtonProps {
  label: ReactNode;
  /** The accessible name and tooltip (the visible label may be shorter). */
  title: string;
  items: readonly MenuItem[];
  testId?: string;
  /** Extra class of the button. */
  className?: string;
}

export function MenuButton({ label, title, items, testId, className }: MenuButtonProps) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);

  const focusItem = (index: number) => {
    const enabled = items.map((item, i) => (item.disabled ? -1 : i)).filter((i) => i >= 0);
    if (enabled.length === 0) return;
    const at = ((index % items.length) + items.length) % items.length;
    const target = enabled.find((i) => i >= at) ?? enabled[0];
    itemRefs.current[target]?.focus();
  };

  useEffect(() => {
    if (!open) return undefined;
    focusItem(0);
    const onDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', onDown);
    return () => window.removeEventListener('pointerdown', onDown);
    // Only on opening: the items' handlers change every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  return (
    <div className="menu-button" ref={root}>
      <button
        ref={button}
        type="button"
        className={`button button--with-icon ${className ?? ''}`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={title}
        title={title}
        onClick={() => setOpen((was) => !was)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
          }
        }}
        data-testid={testId}
      >
        {label}
        <svg className="icon" viewBox="0 0 16 16" width="10" height="10" aria-hidden="true" focusable="false">
          <path d="M3.5 6 8 10.5 12.5 6" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </button>
      {open && (
        <div
          id={menuId}
          role="menu"
          aria-label={title}
          className="menu-button__menu"
          onKeyDown={(event) => {
            const at = itemRefs.current.findIndex((el) => el === document.activeElement);
            if (event.key === 'Escape') {
              event.preventDefault();
              close(true);
            } else if (event.key === 'ArrowDown') {
              event.preventDefault();
              focusItem(at + 1);
            } else if (event.key === 'ArrowUp') {
              event.preventDefault();
              for (let step = 1; step <= items.length; step++) {
                const i = (at - step + items.length) % items.length;
                if (!items[i].disabled) {
                  itemRefs.current[i]?.focus();
                  break;
                }
              }
            } else if (event.key === 'Tab') {
              setOpen(false);
            }
          }}
        >
          {items.map((item, i) => (
            <button
              key={item.id}
              ref={(el) => {
                itemRefs.current[i] = el;
              }}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className={item.separated ? 'menu-button__item menu-button__item--separated' : 'menu-button__item'}
              disabled={item.disabled}
              onClick={() => {
                close(true);
                item.onSelect();
              }}
              data-testid={`menu-${item.id}`}
            >
              <span>{item.label}</span>
              {item.shortcut && <kbd className="menu-button__shortcut">{item.shortcut}</kbd>}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
