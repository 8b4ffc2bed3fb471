/** Auto-merge at import and the two thresholds, kept in the ledger so they follow the file. */
import { useState } from 'react';
import type { DedupeSettings } from '../../../../shared/duplicate-review';

export function SettingsForm({
  settings,
  busy,
  onSave,
}: {
  settings: DedupeSettings;
  busy: boolean;
  onSave: (s: DedupeSettings) => void;
}) {
  const [s, setS] = useState(settings);
  const pct = (v: number) => Math.round(v * 100);
  return (
    <form
      className="dd-settings"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(s);
      }}
    >
      <label>
        <input
          type="checkbox"
          checked={s.autoMerge}
          onChange={(e) => setS({ ...s, autoMerge: e.target.checked })}
        />{' '}
        导入时自动合并高度相似的记录（可撤销）
      </label>
      <label>
        自动合并阈值
        <input
          type="number"
          min={50}
          max={100}
          value={pct(s.high)}
          onChange={(e) => setS({ ...s, high: Number(e.target.value) / 100 })}
        />
        %
      </label>
      <label>
        进入待审核的阈值
        <input
          type="number"
          min={30}
          max={100}
          value={pct(s.low)}
          onChange={(e) => setS({ ...s, low: Number(e.target.value) / 100 })}
        />
        %
      </label>
      <button className="button small" disabled={busy} type="submit">
        保存设置
      </button>
    </form>
  );
}
