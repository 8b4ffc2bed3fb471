/**
 * 整理取值 (OpenRefine's cluster and edit): for 项目, 单位 or 批次, the variant spellings of
 * one value side by side with how many records use each; 统一 renames every record of the
 * cluster to the chosen value, as ONE operation (Ctrl+Z takes it all back).
 */
import { useState } from 'react';
import type { RecordKind } from '../../../../shared/domain';
import { ErrorNote } from '../../components/ErrorNote';
import { useApi } from '../../use-api';
import { editCells } from './grid-actions';

type Field = 'programme' | 'unit' | 'batch';
const LABELS: Record<Field, string> = { programme: '项目', unit: '单位', batch: '批次' };

export function ClusterDialog(props: { kind: RecordKind; onClose: () => void }) {
  const [field, setField] = useState<Field>('programme');
  const clusters = useApi('records/clusters', { field, kind: props.kind });
  const [names, setNames] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const unify = async (key: string) => {
    const c = clusters.value?.find((x) => x.key === key);
    const to = (names[key] ?? c?.suggested ?? '').trim();
    if (!c || !to) return;
    const edits = c.values
      .filter((v) => v.value !== to)
      .flatMap((v) => v.ids.map((id) => ({ id, field, value: to })));
    setBusy(true);
    const out = await editCells(edits, 'rename_value');
    setBusy(false);
    if (out) clusters.reload();
  };
  return (
    <div className="dialog-backdrop" onClick={props.onClose}>
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="cluster-title"
        className="dialog dialog-wide"
        data-testid="cluster-dialog"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => e.key === 'Escape' && props.onClose()}
      >
        <div className="dialog-head">
          <h2 id="cluster-title">整理取值：写法不同的同一个值</h2>
          <button type="button" className="button small" onClick={props.onClose}>
            关闭
          </button>
        </div>
        <p className="muted">
          忽略全角半角、标点、空格与大小写后相同的取值归为一组；选定统一的写法后，这一组全部记录一次改好，可撤销。
        </p>
        <label>
          列{' '}
          <select
            aria-label="要整理的列"
            value={field}
            onChange={(e) => setField(e.target.value as Field)}
          >
            {(Object.keys(LABELS) as Field[]).map((f) => (
              <option key={f} value={f}>
                {LABELS[f]}
              </option>
            ))}
          </select>
        </label>
        {clusters.error && <ErrorNote error={clusters.error} />}
        {clusters.value?.length === 0 && (
          <p className="muted">「{LABELS[field]}」没有写法不同的同一个值。</p>
        )}
        {clusters.value?.map((c) => (
          <section className="cluster" key={c.key} data-testid="cluster">
            <ul>
              {c.values.map((v) => (
                <li key={v.value}>
                  <button
                    type="button"
                    className="link-button"
                    title="用这个写法"
                    onClick={() => setNames({ ...names, [c.key]: v.value })}
                  >
                    {v.value}
                  </button>{' '}
                  <span className="muted">{v.count} 条</span>
                </li>
              ))}
            </ul>
            <div className="cluster-actions">
              <input
                aria-label="统一为"
                value={names[c.key] ?? c.suggested}
                onChange={(e) => setNames({ ...names, [c.key]: e.target.value })}
              />
              <button
                type="button"
                className="button small primary"
                disabled={busy}
                onClick={() => void unify(c.key)}
              >
                统一为此写法（{c.values.reduce((n, v) => n + v.count, 0)} 条）
              </button>
            </div>
          </section>
        ))}
      </div>
    </div>
  );
}
