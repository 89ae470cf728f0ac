/** Installs the application menu built by the pure template; called again whenever the language changes. */
import { Menu } from 'electron';
import type { Language } from '../../src/host/contract';
import { buildMenuTemplate, type MenuActions, type MenuOptions } from './menu-template';

export function installMenu(language: Language, actions: MenuActions, options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(language, actions, options)));
}
