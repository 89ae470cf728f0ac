import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuActions } from '../../../electron/main/menu-template';

const options = { platform: 'win32' as const, developer: false };
const actions = (): MenuActions & { send: ReturnType<typeof vi.fn>; setLanguage: ReturnType<typeof vi.fn> } =>
  ({ send: vi.fn(), setLanguage: vi.fn() }) as never;

/** Every item of the menu, flattened, for lookups by label. */
function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}
const byLabel = (template: MenuItemConstructorOptions[], label: string) => {
  const found = items(template).filter((item) => item.label === label);
  expect(found.length, `menu item "${label}"`).toBeGreaterThan(0);
  return found[0];
};
const click = (item: MenuItemConstructorOptions) => (item.click as () => void)();

describe('application menu', () => {
  it('is labelled in Chinese with the usual shortcuts', () => {
    const template = buildMenuTemplate('zh-CN', actions(), options);
    expect(template.map((m) => m.label)).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '帮助(&H)']);
    expect(byLabel(template, '打开…').accelerator).toBe('CmdOrCtrl+O');
    expect(byLabel(template, '保存').accelerator).toBe('CmdOrCtrl+S');
    expect(byLabel(template, '另存为…').accelerator).toBe('CmdOrCtrl+Shift+S');
    expect(byLabel(template, '重命名…').accelerator).toBe('F2');
    expect(byLabel(template, '关闭情景').accelerator).toBe('CmdOrCtrl+W');
    expect(byLabel(template, '导出…').accelerator).toBe('CmdOrCtrl+E');
    expect(byLabel(template, '撤销').accelerator).toBe('CmdOrCtrl+Z');
    expect(items(template).filter((i) => i.label === '重做').map((i) => i.accelerator)).toEqual(['CmdOrCtrl+Shift+Z', 'CmdOrCtrl+Y']);
    for (const label of ['从预设方案新建…', '情景编辑', '方案比较', '演示模式', '语言', '方法与数据来源', '关于']) byLabel(template, label);
  });

  it('is labelled in English', () => {
    const template = buildMenuTemplate('en', actions(), options);
    expect(template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    for (const label of ['New from Preset…', 'Open…', 'Save', 'Save As…', 'Rename…', 'Close Scenario', 'Export…', 'Undo', 'Redo', 'Scenario Editor', 'Compare', 'Walkthrough', 'Language', 'Method and Sources', 'About']) {
      byLabel(template, label);
    }
  });

  it('has the same shape in both languages', () => {
    const shape = (language: 'zh-CN' | 'en') => items(buildMenuTemplate(language, actions(), options)).map((i) => [i.role, i.type, i.accelerator, i.visible]);
    expect(shape('zh-CN')).toEqual(shape('en'));
  });

  it('sends each command to the renderer as its host event', () => {
    const a = actions();
    const template = buildMenuTemplate('en', a, options);
    const expected: [string, unknown[]][] = [
      ['New from Preset…', ['menu:new-from-preset']], ['Open…', ['menu:open']], ['Save', ['menu:save']],
      ['Save As…', ['menu:save-as']], ['Rename…', ['menu:rename']], ['Close Scenario', ['menu:close-scenario']], ['Export…', ['menu:export']], ['Undo', ['menu:undo']], ['Redo', ['menu:redo']],
      ['Scenario Editor', ['menu:view', 'editor']], ['Library', ['menu:view', 'library']], ['Compare', ['menu:view', 'compare']], ['Walkthrough', ['menu:view', 'walkthrough']],
      ['Method and Sources', ['menu:view', 'method']], ['About', ['menu:about']],
    ];
    for (const [label, call] of expected) {
      a.send.mockClear();
      click(byLabel(template, label));
      expect(a.send, label).toHaveBeenCalledWith(...call);
    }
  });

  it('gives no two commands the same shortcut', () => {
    const accelerators = items(buildMenuTemplate('en', actions(), options)).map((i) => i.accelerator).filter(Boolean);
    expect(accelerators.length).toBeGreaterThan(10);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('offers the languages as radio items, the current one checked, each named in itself', () => {
    const a = actions();
    const template = buildMenuTemplate('zh-CN', a, options);
    const languages = byLabel(template, '语言').submenu as MenuItemConstructorOptions[];
    expect(languages.map((i) => [i.label, i.type, i.checked])).toEqual([['中文', 'radio', true], ['English', 'radio', false]]);
    click(languages[1]);
    expect(a.setLanguage).toHaveBeenCalledWith('en');
    click(languages[0]);
    expect(a.setLanguage).toHaveBeenCalledTimes(1);
  });

  it('keeps cut, copy and paste as roles so text boxes work', () => {
    const roles = items(buildMenuTemplate('zh-CN', actions(), options)).map((i) => i.role).filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll', 'quit', 'togglefullscreen']));
  });

  it('adds the macOS app menu on macOS and developer tools only in development', () => {
    const roles = (o: typeof options | { platform: 'darwin'; developer: boolean }) =>
      items(buildMenuTemplate('en', actions(), o)).map((i) => i.role).filter(Boolean);
    expect(roles({ platform: 'darwin', developer: false })).toContain('appMenu');
    expect(roles({ platform: 'darwin', developer: false })).not.toContain('quit');
    expect(roles(options)).not.toContain('toggleDevTools');
    expect(roles({ ...options, developer: true })).toContain('toggleDevTools');
  });
});
