/**
 * Export: what (Word attachment, case compilation, leadership workbook, calendar), for
 * which records (kind, programme/year), a count before anything is made, then a download.
 */
import { useState } from 'react';
import { RECORD_KINDS, RECORD_KIND_LABELS, type RecordKind } from '../../../../shared/domain';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNote } from '../../components/ErrorNote';
import { PageHeader } from '../../components/PageHeader';
import { useApi } from '../../use-api';
import { MIME, downloadBase64 } from './download';

type Format = 'docx' | 'xlsx' | 'ics';

const FORMATS: { id: Format; label: string; note: string }[] = [
  {
    id: 'docx',
    label: 'Word 公文附件',
    note: 'GB/T 9704 版式：附件标识、标题、序号／实验单位／实验主题／实验内容表格；典型案例导出为汇编',
  },
  {
    id: 'xlsx',
    label: 'Excel 领导汇总表',
    note: '汇总表（按省份×项目年度计数、合计）、分类明细表、期限表',
  },
  { id: 'ics', label: '期限日历（ICS）', note: '各项期限节点，可导入 Outlook、WPS 日历' },
];

export function ExportPage() {
  const [format, setFormat] = useState<Format>('docx');
  const [kind, setKind] = useState<RecordKind>('zone');
  const [group, setGroup] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const allKinds = format === 'xlsx';
  const preview = useApi('export/preview', allKinds ? {} : { kind });
  const selected = preview.value?.programmes.find(
    (p) => `${p.programme ?? ''}|${p.year ?? ''}` === group,
  );
  const count = selected ? selected.rows : (preview.value?.rows ?? 0);

  const run = async () => {
    setBusy(true);
    setError(null);
    setDone(null);
    const r = await api.call('export/create', {
      format,
      kind: allKinds ? undefined : kind,
      programme: selected?.programme ?? undefined,
      year: selected?.year ?? undefined,
    });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    if (r.value.dataBase64) downloadBase64(r.value.file, r.value.dataBase64, MIME[format]);
    setDone(`已导出 ${r.value.rows} 条：${r.value.file}`);
  };

  return (
    <>
      <PageHeader
        title="导出"
        subtitle="GB/T 9704 公文附件（Word）、领导汇总表（Excel）、期限日历（ICS）"
      />
      <div className="export-form">
        <fieldset>
          <legend>导出什么</legend>
          {FORMATS.map((f) => (
            <label key={f.id} className="choice">
              <input
                type="radio"
                name="format"
                checked={format === f.id}
                onChange={() => setFormat(f.id)}
              />
              <span>
                <strong>{f.label}</strong>
                <small>{f.note}</small>
              </span>
            </label>
          ))}
        </fieldset>
        {!allKinds && format !== 'ics' && (
          <fieldset>
            <legend>哪些记录</legend>
            <label>
              类别{' '}
              <select
                value={kind}
                onChange={(e) => (setKind(e.target.value as RecordKind), setGroup(''))}
              >
                {RECORD_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {RECORD_KIND_LABELS[k]}
                  </option>
                ))}
              </select>
            </label>{' '}
            <label>
              项目与年度{' '}
              <select value={group} onChange={(e) => setGroup(e.target.value)}>
                <option value="">全部</option>
                {preview.value?.programmes.map((p) => (
                  <option
                    key={`${p.programme ?? ''}|${p.year ?? ''}`}
                    value={`${p.programme ?? ''}|${p.year ?? ''}`}
                  >
                    {p.programme ?? '（未注明项目）'} {p.year ?? ''}（{p.rows} 条）
                  </option>
                ))}
              </select>
            </label>
          </fieldset>
        )}
        <div className="export-actions">
          <span className="export-count" data-testid="export-count">
            将导出 {count} 条记录，按区划代码排序
          </span>
          <button
            type="button"
            className="button primary"
            disabled={busy || count === 0}
            onClick={() => void run()}
          >
            {busy ? '正在生成…' : '导出'}
          </button>
        </div>
        {error && <ErrorNote error={error} />}
        {done && (
          <p className="done-note" role="status">
            {done}
          </p>
        )}
      </div>
      {preview.value?.rows === 0 && (
        <EmptyState title="没有可导出的记录">
          <p>台账中有记录后，可在这里按项目、批次筛选，预览条数，导出为正式格式的文件。</p>
        </EmptyState>
      )}
    </>
  );
}
