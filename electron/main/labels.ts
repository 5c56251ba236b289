import type { UiLanguage } from '../../shared/languages';

/**
 * The few strings the shell shows outside the renderer (tray, menu bar). The renderer's i18next
 * files are not loaded in main; this table is small enough to keep here, and the Record type makes
 * a missing language a type error.
 */
export interface ShellLabels {
  open: string;
  quit: string;
  file: string;
  edit: string;
  view: string;
  window: string;
  help: string;
  about: string;
}

export const SHELL_LABELS: Record<UiLanguage, ShellLabels> = {
  en: {
    open: 'Open Cuecard',
    quit: 'Quit',
    file: 'File',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
    about: 'About Cuecard',
  },
  'zh-CN': {
    open: '打开 Cuecard',
    quit: '退出',
    file: '文件',
    edit: '编辑',
    view: '视图',
    window: '窗口',
    help: '帮助',
    about: '关于 Cuecard',
  },
  'zh-TW': {
    open: '開啟 Cuecard',
    quit: '結束',
    file: '檔案',
    edit: '編輯',
    view: '檢視',
    window: '視窗',
    help: '說明',
    about: '關於 Cuecard',
  },
  hu: {
    open: 'Cuecard megnyitása',
    quit: 'Kilépés',
    file: 'Fájl',
    edit: 'Szerkesztés',
    view: 'Nézet',
    window: 'Ablak',
    help: 'Súgó',
    about: 'A Cuecard névjegye',
  },
  id: {
    open: 'Buka Cuecard',
    quit: 'Keluar',
    file: 'Berkas',
    edit: 'Sunting',
    view: 'Tampilan',
    window: 'Jendela',
    help: 'Bantuan',
    about: 'Tentang Cuecard',
  },
};
