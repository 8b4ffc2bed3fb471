/**
 * What the page may ask of the save dialog: a kind of file and a suggested name, checked
 * here (no Electron) before the main process opens its dialog.
 */
import path from 'node:path';

export const SAVE_KINDS = {
  docx: { name: 'Word 文档', extensions: ['docx'] },
  xlsx: { name: 'Excel 工作簿', extensions: ['xlsx'] },
  ics: { name: '日历文件', extensions: ['ics'] },
  sqlite: { name: '台账文件', extensions: ['sqlite'] },
} as const;

export type SaveKind = keyof typeof SAVE_KINDS;

export interface SaveDialogRequest {
  kind: SaveKind;
  /** A file name only (any folder part is dropped); the dialog starts in Documents. */
  suggestedName: string;
}

/** The request if it is well-formed, else null (the dialog is then not opened). */
export function parseSaveDialogRequest(raw: unknown): SaveDialogRequest | null {
  if (!raw || typeof raw !== 'object') return null;
  const { kind, suggestedName } = raw as { kind?: unknown; suggestedName?: unknown };
  if (typeof kind !== 'string' || !Object.hasOwn(SAVE_KINDS, kind)) return null;
  const name =
    typeof suggestedName === 'string' ? path.basename(suggestedName.replace(/\\/g, '/')) : '';
  const clean = [...name]
    .filter((ch) => ch >= ' ' && !'<>:"|?*'.includes(ch))
    .join('')
    .slice(0, 120);
  const ext = SAVE_KINDS[kind as SaveKind].extensions[0];
  return {
    kind: kind as SaveKind,
    suggestedName: clean && !/^\.+$/.test(clean) ? clean : `台账导出.${ext}`,
  };
}
