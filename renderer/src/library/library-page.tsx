/**
 * The scenario library: the current scenario (save it into the library, open a file), the shipped
 * presets (read-only; "new from preset" saves a copy and opens it), the user's scenarios (open,
 * duplicate, rename, delete with Undo, notes, last modified), files that could not be read, and the
 * recently deleted ones.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryEntry, UnreadableEntry } from '../../../src/host/contract';
import { useAppServices } from '../app/app-context';
import { useLanguage } from '../i18n/use-language';
import { uniqueBilingualName } from '../presets/bilingual';
import { splitBilingual } from '@model';
import type { Preset } from '../presets/preset-list';
import { PRESETS } from '../presets/presets';
import { scenarioName } from '../state/scenario';
import { useAppState } from '../state/use-app-state';
import { formatTime, hostErrorText } from './library-messages';
import { LibraryRenameForm } from './library-rename-form';
import { libraryTemplates, saveNames } from './save-names';
import { copyNames, uniqueStoredName } from './scenario-names';
import { useLibrarySession, useLibraryState } from './use-library-session';
import { localized } from '../../../src/format';
import './library.css';

interface LibraryPageProps {
  /** A scenario was opened into the editor: show it. */
  onOpened(): void;
}

export function LibraryPage({ onOpened }: LibraryPageProps) {
  const { t } = useTranslation('library');
  const session = useLibrarySession();
  const listing = useLibraryState((s) => s.listing);
  useEffect(() => {
    void session.refresh();
  }, [session]);
  return (
    <div className="library" data-testid="library">
      <div className="library__inner">
        <header className="library__head">
          <h2 id="library-title">{t('title')}</h2>
          <LibraryLocation folder={listing?.folder ?? null} />
        </header>
        <CurrentScenario />
        <PresetSection onOpened={onOpened} />
        <MyScenarios onOpened={onOpened} />
        <RecentlyDeleted />
      </div>
    </div>
  );
}

function LibraryLocation({ folder }: { folder: string | null }) {
  const { t } = useTranslation('library');
  const { host } = useAppServices();
  const session = useLibrarySession();
  const [error, setError] = useState<string | null>(null);
  const choose = async () => {
    const result = await host.chooseLibraryFolder();
    if (result.status === 'error') setError(hostErrorText(result, t));
    else if (result.status === 'chosen') {
      setError(null);
      await session.refresh();
    }
  };
  return (
    <div className="library__location">
      <span className="muted">{folder ? t('location.folder', { folder }) : t('location.browser')}</span>
      {host.kind === 'electron' && (
        <button type="button" className="button button--small" onClick={() => void choose()}>{t('location.choose')}</button>
      )}
      {error && <span className="library__inline-error" role="alert">{error}</span>}
    </div>
  );
}

/** The scenario being edited: where it is saved and whether it has unsaved changes. */
function CurrentScenario() {
  const { t, i18n } = useTranslation('library');
  const { language } = useLanguage();
  const { store } = useAppServices();
  const session = useLibrarySession();
  const activeId = useAppState((s) => s.activeId);
  const scenario = useAppState((s) => s.entries[s.activeId].scenario);
  const link = useLibraryState((s) => s.links[activeId]);
  const busy = useLibraryState((s) => s.busy);
  // Recomputed on every render; the scenario (every edit) and the link (every save) both re-render this.
  const dirty = session.isDirty(activeId);
  const name = scenarioName(scenario, language, (n) => t('names.copySuffix', { n }));
  const save = () => void session.saveActive(saveNames(session, store, i18n));
  return (
    <section className="library__section library-current" aria-labelledby="library-current-title">
      <h3 id="library-current-title" className="library__section-title">{t('current.title')}</h3>
      <div className="library-current__body">
        <div className="library-current__what">
          <span className="library-current__name" data-testid="library-current-name">{name}</span>
          <span className="library-current__where">
            {link ? t('current.inLibrary', { name: link.name }) : t('current.notInLibrary')}
          </span>
          <span className={dirty ? 'badge' : 'badge badge--ok'} data-testid="library-current-status">
            {dirty ? t('current.unsaved') : link ? t('current.saved') : t('current.unchanged')}
          </span>
        </div>
        <div className="library-current__actions">
          <button type="button" className="button library-button--primary" onClick={save} disabled={busy} data-testid="library-save">
            {link ? t('current.save') : t('current.saveNew')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => void session.openFileDialog()}
            disabled={busy}
            data-testid="library-open-file"
          >
            {t('current.openFile')}
          </button>
        </div>
      </div>
      <p className="muted library-current__hint">{t('current.dropHint')}</p>
    </section>
  );
}

function PresetSection({ onOpened }: { onOpened(): void }) {
  const { t } = useTranslation('library');
  const { language } = useLanguage();
  const session = useLibrarySession();
  const busy = useLibraryState((s) => s.busy);
  const taken = useLibraryState((s) => s.listing?.entries.map((e) => e.name).join('\n') ?? '');
  const create = async (preset: Preset) => {
    // The copy keeps both languages of the preset's name, so it reads right after a language switch.
    const name = uniqueBilingualName(splitBilingual(preset.file.name), taken ? taken.split('\n') : [], (b, n) => t('names.numbered', { name: b, n }));
    if (await session.newFromPreset(preset, name)) onOpened();
  };
  return (
    <section className="library__section" aria-labelledby="library-presets-title">
      <h3 id="library-presets-title" className="library__section-title">{t('presets.title')}</h3>
      <p className="muted">{t('presets.intro')}</p>
      <ul className="library-presets">
        {PRESETS.map((preset) => (
          <li key={preset.id} className="library-preset" data-preset={preset.id}>
            <span className="library-preset__name">{localized(splitBilingual(preset.file.name), language)}</span>
            <span className="library-preset__description">{localized(splitBilingual(preset.file.description), language)}</span>
            <span className="library-preset__foot">
              <span className="library-preset__tag">{t('presets.readOnly')}</span>
              <button type="button" className="button button--small" disabled={busy} onClick={() => void create(preset)} data-testid={`library-new-${preset.id}`}>
                {t('presets.newFrom')}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function MyScenarios({ onOpened }: { onOpened(): void }) {
  const { t } = useTranslation('library');
  const listing = useLibraryState((s) => s.listing);
  const entries = listing?.entries ?? [];
  const unreadable = listing?.unreadable ?? [];
  return (
    <section className="library__section" aria-labelledby="library-mine-title">
      <h3 id="library-mine-title" className="library__section-title">
        {t('mine.title')} <span className="muted">{t('mine.count', { count: entries.length })}</span>
      </h3>
      {listing?.error && <p className="library__inline-error" role="alert" title={listing.error.message}>{t('mine.listFailed')} {hostErrorText(listing.error, t)}</p>}
      {listing && entries.length === 0 && unreadable.length === 0 && <p className="muted" data-testid="library-empty">{t('mine.empty')}</p>}
      {(entries.length > 0 || unreadable.length > 0) && (
        <div className="table-scroll">
          <table className="library-table" data-testid="library-table">
            <thead>
              <tr>
                <th scope="col">{t('mine.name')}</th>
                <th scope="col">{t('mine.notes')}</th>
                <th scope="col">{t('mine.modified')}</th>
                <th scope="col"><span className="visually-hidden">{t('mine.actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => <EntryRow key={entry.id} entry={entry} onOpened={onOpened} />)}
              {unreadable.map((entry) => <UnreadableRow key={entry.id} entry={entry} />)}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function EntryRow({ entry, onOpened }: { entry: LibraryEntry; onOpened(): void }) {
  const { t, i18n } = useTranslation('library');
  const { language } = useLanguage();
  const session = useLibrarySession();
  const busy = useLibraryState((s) => s.busy);
  const isOpen = useLibraryState((s) => Object.values(s.links).some((link) => link.libraryId === entry.id));
  const taken = useLibraryState((s) => s.listing?.entries.map((e) => e.name).join('\n') ?? '');
  const [renaming, setRenaming] = useState(false);
  const notesId = useId();
  const duplicate = () => {
    // "近期趋势 副本 · Recent trend (copy)": a copy keeps both language names.
    const templates = libraryTemplates(i18n);
    const name = uniqueStoredName(copyNames(splitBilingual(entry.name), templates, language), taken.split('\n'), templates);
    void session.duplicate(entry.id, name);
  };
  return (
    <tr data-entry={entry.name} data-testid="library-entry">
      <td className="library-table__name">
        {renaming ? (
          <LibraryRenameForm entry={entry} onDone={() => setRenaming(false)} />
        ) : (
          <>
            {/* A preset copy keeps both languages in its name; the row shows the interface language's. */}
            <button type="button" className="library-table__open" title={entry.name} onClick={() => void session.openEntry(entry.id).then((ok) => ok && onOpened())}>
              {localized(splitBilingual(entry.name), language)}
            </button>
            <span className="library-table__file" title={entry.fileName}>{entry.fileName}</span>
            {isOpen && <span className="badge badge--info">{t('mine.isOpen')}</span>}
            {entry.migratedFrom !== undefined && <span className="badge">{t('mine.migrated', { version: entry.migratedFrom })}</span>}
          </>
        )}
      </td>
      <td className="library-table__notes">
        <label htmlFor={notesId} className="visually-hidden">{t('mine.notesFor', { name: entry.name })}</label>
        <NotesBox id={notesId} entry={entry} />
      </td>
      <td className="library-table__time">
        <time dateTime={entry.modified}>{formatTime(entry.modified, language)}</time>
      </td>
      <td className="library-table__actions">
        <button type="button" className="button button--small" disabled={busy} onClick={() => void session.openEntry(entry.id).then((ok) => ok && onOpened())} data-testid="library-open">
          {t('mine.open')}
        </button>
        <button type="button" className="button button--small" disabled={busy} onClick={duplicate} data-testid="library-duplicate">{t('mine.duplicate')}</button>
        <button type="button" className="button button--small" disabled={busy || renaming} onClick={() => setRenaming(true)} data-testid="library-rename">{t('mine.rename')}</button>
        <button
          type="button"
          className="button button--small library-button--danger"
          disabled={busy}
          onClick={() => void session.remove(entry.id, entry.name)}
          aria-label={t('mine.deleteLabel', { name: entry.name })}
          data-testid="library-delete"
        >
          {t('mine.delete')}
        </button>
      </td>
    </tr>
  );
}

/** Notes are saved when the box loses focus (or Ctrl+Enter), only if they changed. */
function NotesBox({ id, entry }: { id: string; entry: LibraryEntry }) {
  const { t } = useTranslation('library');
  const session = useLibrarySession();
  const [text, setText] = useState(entry.notes);
  const [editing, setEditing] = useState(false);
  // Follow the library while the user is not typing (another window, a restore).
  const shown = editing ? text : entry.notes;
  const commit = () => {
    setEditing(false);
    if (text !== entry.notes) void session.setNotes(entry.id, text);
  };
  return (
    <textarea
      id={id}
      className="library-notes"
      rows={2}
      value={shown}
      placeholder={t('mine.notesPlaceholder')}
      maxLength={20000}
      onFocus={() => {
        setText(entry.notes);
        setEditing(true);
      }}
      onChange={(event) => setText(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          commit();
          event.currentTarget.blur();
        }
      }}
      data-testid="library-notes"
    />
  );
}

function UnreadableRow({ entry }: { entry: UnreadableEntry }) {
  const { t } = useTranslation('library');
  const { language } = useLanguage();
  const session = useLibrarySession();
  const busy = useLibraryState((s) => s.busy);
  return (
    <tr className="library-table__unreadable" data-testid="library-unreadable" data-kind={entry.error.kind}>
      <td className="library-table__name">
        <span className="library-table__file-name">{entry.fileName}</span>
      </td>
      <td className="library-table__problem" title={entry.error.message}>
        {t('mine.unreadable')} {hostErrorText(entry.error, t)} {t('mine.unreadableKept')}
      </td>
      <td className="library-table__time"><time dateTime={entry.modified}>{formatTime(entry.modified, language)}</time></td>
      <td className="library-table__actions">
        <button type="button" className="button button--small" disabled={busy} onClick={() => void session.remove(entry.id, entry.fileName)}>
          {t('mine.delete')}
        </button>
      </td>
    </tr>
  );
}

function RecentlyDeleted() {
  const { t } = useTranslation('library');
  const { language } = useLanguage();
  const session = useLibrarySession();
  const deleted = useLibraryState((s) => s.deleted);
  const busy = useLibraryState((s) => s.busy);
  if (deleted.length === 0) return null;
  return (
    <section className="library__section" aria-labelledby="library-deleted-title">
      <details className="library-deleted">
        <summary id="library-deleted-title" className="library__section-title">{t('deleted.title', { count: deleted.length })}</summary>
        <p className="muted">{t('deleted.intro')}</p>
        <ul className="library-deleted__list">
          {deleted.map((entry) => (
            <li key={entry.trashId}>
              <span className="library-deleted__name">{entry.name}</span>
              <span className="muted">{t('deleted.when', { time: formatTime(entry.deleted, language) })}</span>
              <button type="button" className="button button--small" disabled={busy} onClick={() => void session.restoreDeleted(entry.trashId, entry.name)}>
                {t('deleted.restore')}
              </button>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
