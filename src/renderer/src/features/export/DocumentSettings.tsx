/**
 * The document part of the export dialog: what the file will say (附件 label, title,
 * 填报单位, date), which columns a list prints, how a compilation treats missing write-ups,
 * whether revoked units are listed marked （已撤销） or left out,
 * and the masked records that block it unless printed on purpose. Each control shows only
 * for the formats it affects.
 */
import {
  EXPORT_TITLE_MAX,
  EXPORT_UNIT_MAX,
  type ExportPreview,
} from '../../../../shared/export-options';
import { clipChars } from '../../../../shared/text-limit';
import type { ExportFormat, ExportPreferences } from './export-preferences';
import { DateInput } from '../../components/DateInput';

export interface DocumentSettingsProps {
  format: ExportFormat;
  preview: ExportPreview | null;
  prefs: ExportPreferences;
  onPrefs: (p: ExportPreferences) => void;
  /** The title typed by the user, or null for the derived one. */
  title: string | null;
  onTitle: (t: string | null) => void;
  date: string;
  onDate: (d: string) => void;
  printMasked: boolean;
  onPrintMasked: (b: boolean) => void;
  /** Several programmes selected: one table or one section each. */
  severalProgrammes: boolean;
  /** Cases: list or compilation. */
  canCompile: boolean;
}

function LabelChoice({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const n = /^附件(\d+)$/.exec(value)?.[1];
  const mode = value === '' ? 'none' : n ? 'numbered' : 'plain';
  return (
    <span className="label-choice">
      <select
        aria-label="附件标识"
        value={mode}
        onChange={(e) =>
          onChange(
            e.target.value === 'none' ? '' : e.target.value === 'numbered' ? '附件1' : '附件',
          )
        }
      >
        <option value="plain">附件</option>
        <option value="numbered">附件 + 编号</option>
        <option value="none">不加附件标识</option>
      </select>
      {mode === 'numbered' && (
        <input
          type="number"
          min={1}
          max={99}
          aria-label="附件编号"
          value={n}
          onChange={(e) =>
            onChange(`附件${Math.min(99, Math.max(1, Number(e.target.value) || 1))}`)
          }
        />
      )}
    </span>
  );
}

/**
 * A column no row of the selection fills: the list leaves it out even when ticked (an
 * attachment carries no empty column, list-layout.ts), so the box says so rather than stand
 * ticked over a column the file will not have. 序号 and the naming column (the second) stay.
 */
const blankColumn = (
  c: { id: string; filled: number },
  at: number,
  preview: DocumentSettingsProps['preview'],
): boolean => c.id !== 'seq' && at !== 1 && !!preview && preview.rows > 0 && c.filled === 0;

export function DocumentSettings(p: DocumentSettingsProps) {
  const { format, preview, prefs } = p;
  const set = (patch: Partial<ExportPreferences>) => p.onPrefs({ ...prefs, ...patch });
  const compilation =
    format === 'docx' && p.canCompile && (prefs.layout ?? 'compilation') === 'compilation';
  const list = format === 'docx' && !compilation;
  const columns = preview?.columns ?? [];
  const chosen = new Set(prefs.columns ?? columns.filter((c) => c.on).map((c) => c.id));
  const defaultLabel = compilation ? '' : '附件';

  if (format === 'ics')
    return (
      <fieldset data-testid="document-settings">
        <legend>日历</legend>
        <label className="inline">
          <input
            type="checkbox"
            checked={prefs.includeDone ?? false}
            onChange={(e) => set({ includeDone: e.target.checked })}
          />{' '}
          包含已完成、已免除的事项（默认只导出尚未完成的）
        </label>
      </fieldset>
    );

  return (
    <fieldset data-testid="document-settings">
      <legend>文档设置</legend>
      <div className="settings-grid">
        {p.canCompile && format === 'docx' && (
          <label>
            版式
            <select
              value={prefs.layout ?? 'compilation'}
              onChange={(e) => set({ layout: e.target.value as 'list' | 'compilation' })}
            >
              <option value="compilation">案例汇编（标题 + 各案例材料）</option>
              <option value="list">案例名单（表格）</option>
            </select>
          </label>
        )}
        {format === 'docx' && (
          <label>
            附件标识
            <LabelChoice value={prefs.label ?? defaultLabel} onChange={(label) => set({ label })} />
          </label>
        )}
        <label className="wide">
          标题
          <input
            type="text"
            value={p.title ?? preview?.title ?? ''}
            onChange={(e) => p.onTitle(clipChars(e.target.value, EXPORT_TITLE_MAX))}
          />
          {p.title !== null && (
            <button type="button" className="link-button" onClick={() => p.onTitle(null)}>
              恢复为“{preview?.title}”
            </button>
          )}
        </label>
        {/* The office, also a Word document's 印发机关 in its 版记, dated as 填报日期 says. */}
        {(format === 'xlsx' || format === 'docx') && (
          <>
            <label className="wide">
              填报单位
              <input
                type="text"
                value={prefs.unitName ?? ''}
                placeholder="如：某省民政厅基层政权建设和社区治理处"
                onChange={(e) => set({ unitName: clipChars(e.target.value, EXPORT_UNIT_MAX) })}
              />
            </label>
            <label>
              填报日期
              <DateInput value={p.date} onChange={p.onDate} aria-label="填报日期" />
            </label>
          </>
        )}
        {p.severalProgrammes && format === 'docx' && !compilation && (
          <label>
            多个项目
            <select
              value={prefs.grouping ?? 'byProgramme'}
              onChange={(e) => set({ grouping: e.target.value as 'together' | 'byProgramme' })}
            >
              <option value="byProgramme">每个项目（批次）一节，各有标题</option>
              <option value="together">合为一张表（不分项目）</option>
            </select>
          </label>
        )}
      </div>
      {list && columns.length > 0 && (
        <div className="column-choices" role="group" aria-label="列">
          <span>列：</span>
          {columns.map((c, i) => (
            <label key={c.id} className="inline">
              <input
                type="checkbox"
                disabled={c.id === 'seq' || blankColumn(c, i, preview)}
                checked={chosen.has(c.id) && !blankColumn(c, i, preview)}
                onChange={(e) => {
                  const next = new Set(chosen);
                  if (e.target.checked) next.add(c.id);
                  else next.delete(c.id);
                  set({ columns: columns.map((x) => x.id).filter((id) => next.has(id)) });
                }}
              />{' '}
              {c.header}
              {/* Why a column is not ticked: few rows would fill it (see list-layout.ts). */}
              {c.id !== 'seq' && preview && c.filled < preview.rows && (
                <span className="muted">
                  {blankColumn(c, i, preview)
                    ? '（均为空，不导出）'
                    : c.filled === 0
                      ? '（均为空）'
                      : `（${preview.rows} 条中 ${c.filled} 条有）`}
                </span>
              )}
            </label>
          ))}
        </div>
      )}
      {compilation && (
        <div className="column-choices">
          <label className="inline">
            <input
              type="checkbox"
              checked={prefs.contents ?? false}
              onChange={(e) => set({ contents: e.target.checked })}
            />{' '}
            标题后加目录
          </label>
          {(preview?.withoutWriteup ?? 0) > 0 && (
            <span>
              {preview?.withoutWriteup} 个案例没有材料：
              <select
                aria-label="没有材料的案例"
                value={prefs.missingWriteups ?? 'mark'}
                onChange={(e) => set({ missingWriteups: e.target.value as 'mark' | 'omit' })}
              >
                <option value="mark">保留标题，注明“（材料待补）”</option>
                <option value="omit">不收入汇编</option>
              </select>
            </span>
          )}
        </div>
      )}
      {format === 'docx' && (preview?.revoked ?? 0) > 0 && (
        <div className="column-choices" data-testid="revoked-choice">
          <span>
            其中 {preview?.revoked} 个单位已撤销：
            <select
              aria-label="已撤销的单位"
              value={prefs.revoked ?? 'mark'}
              onChange={(e) => set({ revoked: e.target.value as 'mark' | 'omit' })}
            >
              <option value="mark">照列，名称后注明“（已撤销）”</option>
              <option value="omit">不列入</option>
            </select>
          </span>
        </div>
      )}
      {(preview?.masked.length ?? 0) > 0 && (
        <div className="masked-note" role="alert" data-testid="masked-note">
          <p>以下记录含被遮挡的文字（****），默认不生成文件，请先在台账中补全：</p>
          <ul>
            {preview?.masked.map((m) => (
              <li key={m.id}>
                {m.seq !== null ? `原序号${m.seq} ` : ''}
                {m.label}
              </li>
            ))}
          </ul>
          <label className="inline">
            <input
              type="checkbox"
              checked={p.printMasked}
              onChange={(e) => p.onPrintMasked(e.target.checked)}
            />{' '}
            照印遮挡文字（确需按原样印出时）
          </label>
        </div>
      )}
    </fieldset>
  );
}
