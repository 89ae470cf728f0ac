/**
 * The application menu as data: a pure function of the language and the actions, so labels and
 * shortcuts are tested in Node and the menu is simply rebuilt when the language changes.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { LANGUAGES, type HostEvent, type HostEvents, type Language } from '../../src/host/contract';
import { LANGUAGE_NAMES, MAIN_STRINGS } from './main-strings';

export interface MenuActions {
  /** Forwards a command to the renderer, which owns the document and the history. */
  send<E extends HostEvent>(event: E, ...args: HostEvents[E]): void;
  /** Stores the language, rebuilds the menu and tells the renderer. */
  setLanguage(language: Language): void;
}

/** Menu commands that carry no payload. */
type PlainEvent = { [E in HostEvent]: HostEvents[E] extends [] ? E : never }[HostEvent];

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Adds Reload and Developer Tools; development builds only. */
  developer: boolean;
}

export function buildMenuTemplate(language: Language, actions: MenuActions, options: MenuOptions): MenuItemConstructorOptions[] {
  const t = MAIN_STRINGS[language].menu;
  const mac = options.platform === 'darwin';
  const command = (label: string, event: PlainEvent, accelerator?: string): MenuItemConstructorOptions => ({
    label, accelerator, click: () => actions.send(event),
  });
  const view = (label: string, target: HostEvents['menu:view'][0], accelerator?: string): MenuItemConstructorOptions => ({
    label, accelerator, click: () => actions.send('menu:view', target),
  });

  const file: MenuItemConstructorOptions[] = [
    command(t.newFromPreset, 'menu:new-from-preset', 'CmdOrCtrl+N'),
    command(t.open, 'menu:open', 'CmdOrCtrl+O'),
    { type: 'separator' },
    command(t.save, 'menu:save', 'CmdOrCtrl+S'),
    command(t.saveAs, 'menu:save-as', 'CmdOrCtrl+Shift+S'),
    // The top bar's Rename and Close of the active scenario; F2 is the usual rename key.
    command(t.rename, 'menu:rename', 'F2'),
    command(t.closeScenario, 'menu:close-scenario', 'CmdOrCtrl+W'),
    { type: 'separator' },
    command(t.export, 'menu:export', 'CmdOrCtrl+E'),
    ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: t.quit } as const]),
  ];
  const edit: MenuItemConstructorOptions[] = [
    command(t.undo, 'menu:undo', 'CmdOrCtrl+Z'),
    command(t.redo, 'menu:redo', 'CmdOrCtrl+Shift+Z'),
    // A second, hidden Redo so Ctrl+Y (the Windows habit) works too; one item holds one accelerator.
    { ...command(t.redo, 'menu:redo', 'CmdOrCtrl+Y'), visible: false, acceleratorWorksWhenHidden: true },
    { type: 'separator' },
    // Roles keep cut/copy/paste working in the number boxes and notes.
    { role: 'cut', label: t.cut },
    { role: 'copy', label: t.copy },
    { role: 'paste', label: t.paste },
    { role: 'selectAll', label: t.selectAll },
  ];
  const languages: MenuItemConstructorOptions[] = LANGUAGES.map((code) => ({
    label: LANGUAGE_NAMES[code], type: 'radio', checked: code === language,
    click: () => { if (code !== language) actions.setLanguage(code); },
  }));
  const viewMenu: MenuItemConstructorOptions[] = [
    view(t.editor, 'editor', 'CmdOrCtrl+1'),
    view(t.library, 'library', 'CmdOrCtrl+2'),
    view(t.compare, 'compare', 'CmdOrCtrl+3'),
    view(t.walkthrough, 'walkthrough', 'CmdOrCtrl+4'),
    view(t.areas, 'areas', 'CmdOrCtrl+5'),
    // Native full screen for trainers: the page's own requestFullscreen is denied with every other permission.
    { role: 'togglefullscreen', label: t.fullScreen },
    { type: 'separator' },
    { label: t.language, submenu: languages },
    ...(options.developer ? [{ type: 'separator' } as const, { role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
  ];
  const help: MenuItemConstructorOptions[] = [
    view(t.method, 'method', 'F1'),
    command(t.about, 'menu:about'),
  ];

  return [
    ...(mac ? [{ role: 'appMenu' } as const] : []),
    { label: t.file, submenu: file },
    { label: t.edit, submenu: edit },
    { label: t.view, submenu: viewMenu },
    { label: t.help, role: 'help', submenu: help },
  ];
}
