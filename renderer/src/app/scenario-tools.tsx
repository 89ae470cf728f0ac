/**
 * The top bar's scenario tools: which open scenario is being edited (with "已调整 N 项" when it differs
 * from the defaults and "未保存" when it has changes not saved anywhere), a close button for it, Save,
 * and a menu with Save as, Rename and Close. Closing a scenario with unsaved changes asks first.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/use-language';
import { useLibrarySession, useLibraryState } from '../library/use-library-session';
import { changedCount, scenarioName } from '../state/scenario';
import type { AppState } from '../state/app-store';
import type { Scenario } from '../state/scenario';
import { useAppStateEqual } from '../state/use-app-state';
import { useAppServices } from './app-context';
import { MenuButton } from './menu-button';
import { CloseScenarioDialog, RenameScenarioDialog } from './scenario-dialogs';

/** What the tools read of the store: the open scenarios' names, and the active one's state. */
interface ToolsState {
  order: readonly string[];
  activeId: string;
  names: Pick<Scenario, 'name' | 'copy'>[];
  changes: number;
  unsaved: boolean;
}

function sameToolsState(a: ToolsState, b: ToolsState): boolean {
  return a.order === b.order && a.activeId === b.activeId && a.changes === b.changes && a.unsaved === b.unsaved
    && a.names.length === b.names.length && a.names.every((n, i) => n.name === b.names[i].name && n.copy === b.names[i].copy);
}

interface ScenarioToolsProps {
  /** Save (`as`: Save as) the active scenario; resolves true once written. */
  onSave(as: boolean): Promise<boolean>;
}

export function ScenarioTools({ onSave }: ScenarioToolsProps) {
  const { t, i18n } = useTranslation();
  const { language } = useLanguage();
  const { host, store } = useAppServices();
  const session = useLibrarySession();
  const select = useCallback((state: AppState): ToolsState => ({
    order: state.order,
    activeId: state.activeId,
    names: state.order.map((id) => ({ name: state.entries[id].scenario.name, copy: state.entries[id].scenario.copy })),
    changes: changedCount(state.entries[state.activeId].scenario),
    unsaved: session.isDirty(state.activeId),
  }), [session]);
  // What the tools show, not the scenarios themselves: a lever move re-renders them only when the
  // count of changes or the unsaved mark changes. The mark is read again here: a save changes it
  // without changing the store (the library's state re-renders the tools then).
  const { order, activeId, names, changes } = useAppStateEqual(select, sameToolsState);
  const unsaved = session.isDirty(activeId);
  // Re-render on a save, a rename or a close, which change the links; an edit changes `entries`.
  const links = useLibraryState((s) => s.links);
  const busy = useLibraryState((s) => s.busy);
  const listing = useLibraryState((s) => s.listing);
  const [renaming, setRenaming] = useState(false);
  const [closing, setClosing] = useState<string | null>(null);
  const selectId = useId();

  const copySuffix = (n: number) => t('presetDialog.copySuffix', { n });
  const nameOf = (id: string) => scenarioName(names[order.indexOf(id)], language, copySuffix);
  const active = names[order.indexOf(activeId)];
  const activeName = nameOf(activeId);
  const link = links[activeId];

  const close = useCallback((id: string) => {
    if (session.isDirty(id)) setClosing(id);
    else session.closeOpen(id);
  }, [session]);
  const answerClose = async (choice: 'save' | 'discard' | 'cancel') => {
    const id = closing;
    if (!id || choice === 'cancel') {
      setClosing(null);
      return;
    }
    if (choice === 'discard') {
      setClosing(null);
      session.closeOpen(id);
      return;
    }
    // Save first: the scenario being closed is the active one (the dialog is modal).
    store.setActive(id);
    setClosing(null);
    if (await onSave(false)) session.closeOpen(id);
  };
  const openRename = useCallback(() => {
    void session.refresh();
    setRenaming(true);
  }, [session]);

  // The File menu's Rename… and Close scenario (and F2 in a browser, where there is no menu) do what
  // the bar's own items do, to the scenario active at that moment.
  // While another question is on screen (a menu shortcut still fires then), it is answered first.
  useEffect(() => {
    const questionOpen = () => document.querySelector('dialog[open]') !== null;
    const offs = [
      host.on('menu:rename', () => questionOpen() || openRename()),
      host.on('menu:close-scenario', () => questionOpen() || close(store.getState().activeId)),
    ];
    if (host.kind === 'electron') return () => offs.forEach((off) => off());
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'F2' || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey || questionOpen()) return;
      event.preventDefault();
      host.emit('menu:rename');
    };
    window.addEventListener('keydown', onKey);
    return () => {
      offs.forEach((off) => off());
      window.removeEventListener('keydown', onKey);
    };
  }, [host, store, openRename, close]);

  return (
    <>
      <div className="top-bar__scenario">
        {/* The label and the two states sit in a small caption line over the select; a long name is cut
            with an ellipsis and shown whole in the tooltip. */}
        <div className="top-bar__scenario-caption">
          <label htmlFor={selectId}>{t('topBar.scenario')}</label>
          {changes > 0 && <span className="badge" title={t('topBar.adjustedTitle')} data-testid="changed-count">{t('topBar.changedCount', { count: changes })}</span>}
          {unsaved && <span className="badge badge--unsaved" title={t('topBar.unsavedTitle')} data-testid="unsaved-badge">{t('topBar.unsaved')}</span>}
        </div>
        <div className="top-bar__scenario-row">
          <select id={selectId} value={activeId} title={activeName} onChange={(event) => store.setActive(event.target.value)} data-testid="scenario-select">
            {order.map((id) => (
              <option key={id} value={id}>{nameOf(id)}</option>
            ))}
          </select>
          <button
            type="button"
            className="button button--icon top-bar__close"
            onClick={() => close(activeId)}
            aria-label={t('topBar.closeLabel', { name: activeName })}
            title={t('topBar.closeLabel', { name: activeName })}
            data-testid="close-scenario"
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      </div>
      {/* A split button: Save, and beside it the menu of Save as, Rename and Close. */}
      <div className="top-bar__file" role="group" aria-label={t('topBar.fileGroup')}>
        <button type="button" className="button top-bar__save" onClick={() => void onSave(false)} title={t('topBar.saveTitle')} data-testid="save">
          {t('topBar.save')}
        </button>
        <MenuButton
          label={null}
          className="top-bar__more"
          title={t('topBar.moreTitle')}
          testId="scenario-menu"
          items={[
            { id: 'save-as', label: t('topBar.saveAs'), shortcut: 'Ctrl+Shift+S', onSelect: () => void onSave(true) },
            { id: 'rename', label: t('topBar.rename'), shortcut: 'F2', onSelect: openRename },
            // A close command for each open scenario, the one shown first.
            { id: 'close', label: t('topBar.closeLabel', { name: activeName }), separated: true, onSelect: () => close(activeId) },
            ...order.filter((id) => id !== activeId).map((id) => ({ id: `close-${id}`, label: t('topBar.closeLabel', { name: nameOf(id) }), onSelect: () => close(id) })),
          ]}
        />
      </div>
      {/* The questions are modal dialogs of the window, not controls of the bar: they live in the body. */}
      {createPortal(
        <>
          <RenameScenarioDialog
            open={renaming}
            current={{
              zh: scenarioName(active, 'zh-CN', (n) => i18n.getFixedT('zh-CN')('presetDialog.copySuffix', { n })),
              en: scenarioName(active, 'en', (n) => i18n.getFixedT('en')('presetDialog.copySuffix', { n })),
            }}
            taken={link ? (listing?.entries.map((e) => e.name) ?? []) : []}
            own={link?.name}
            inLibrary={link !== undefined}
            busy={busy}
            onRename={(name) => session.renameOpen(activeId, name)}
            onClose={() => setRenaming(false)}
          />
          <CloseScenarioDialog name={closing && order.includes(closing) ? nameOf(closing) : null} busy={busy} onChoice={(choice) => void answerClose(choice)} />
        </>,
        document.body,
      )}
    </>
  );
}
