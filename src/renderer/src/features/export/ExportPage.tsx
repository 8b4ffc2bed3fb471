/**
 * Export: what (Word list or case compilation, leadership workbook, calendar), for which
 * records (kind, programme/year), and the document's settings (label, title, 填报单位, date,
 * columns), with a preview of the count, the title and anything that blocks the file before
 * it is made. Settings are remembered per format and kind (export-preferences.ts).
 */
import { useEffect, useState } from 'react';
import { RECORD_KINDS, RECORD_KIND_LABELS, type RecordKind } from '../../../../shared/domain';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNote } from '../../components/ErrorNote';
import { PageHeader } from '../../components/PageHeader';
import { useApi } from '../../use-api';
import { DocumentSettings } from './DocumentSettings';
import { MIME, downloadBase64 } from './download';
import {
  loadPreferences,
  savePreferences,
  type ExportFormat,
  type ExportPreferences,
} from './export-preferences';
import { todayInChina } from '../deadlines/today';

const FORMATS: { id: ExportFormat; label: string; note: string }[] = [
  {
    id: 'docx',
    label: 'Word 公文附件',
    note: 'GB/T 9704 版式：附件标识、标题、按类别的名单表格；典型案例可导出为汇编',
  },
  {
    id: 'xlsx',
    label: 'Excel 领导汇总表',
    note: '汇总表（按省份×项目年度计数、合计）、分类明细表、材料全文、期限表',
  },
  { id: 'ics', label: '期限日历（ICS）', note: '各项期限节点，可导入 Outlook、WPS 日历' },
];

export function ExportPage() {
  const [format, setFormat] = useState<ExportFormat>('docx');
  const [kind, setKind] = useState<RecordKind>('zone');
  const [group, setGroup] = useState('');
  const perKind = format === 'docx' ? kind : null;
  const [prefs, setPrefs] = useState<ExportPreferences>(() => loadPreferences('docx', 'zone'));
  const [title, setTitle] = useState<string | null>(null);
  // 填报日期 and the file name use Beijing's day, as the 期限 page's 截至 does: the two said
  // different days whenever the browser's clock was not on China time.
  const [date, setDate] = useState(() => todayInChina());
  const [printMasked, setPrintMasked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);

  // Another format or kind: its own remembered settings, and a title derived afresh. The
  // last export's note goes too: left under another choice it reads as that file's.
  useEffect(() => {
    setPrefs(loadPreferences(format, perKind));
    setTitle(null);
    setPrintMasked(false);
    setDone(null);
  }, [format, perKind]);
  useEffect(() => {
    setTitle(null);
    setDone(null);
  }, [group]);

  const counts = useApi('export/preview', format === 'docx' ? { kind } : {});
  const selected = counts.value?.programmes.find(
    (p) => `${p.programme ?? ''}|${p.year ?? ''}` === group,
  );
  const scope = {
    kind: format === 'docx' ? kind : undefined,
    programme: selected?.programme ?? undefined,
    year: selected?.year ?? undefined,
  };
  const preview = useApi('export/preview', {
    ...scope,
    format,
    layout: prefs.layout,
    grouping: prefs.grouping,
    columns: prefs.columns,
    revoked: format === 'docx' ? prefs.revoked : undefined,
  });
  const count = preview.value?.rows ?? 0;
  // The first count can take seconds (a large ledger, a busy machine): 将导出 0 条 beside a
  // grey button meanwhile read as nothing to export.
  const counting = preview.loading && !preview.value;
  const severalProgrammes = !selected && (counts.value?.programmes.length ?? 0) > 1;

  const changePrefs = (p: ExportPreferences) => {
    setPrefs(p);
    savePreferences(format, perKind, p);
  };

  const run = async () => {
    setBusy(true);
    setError(null);
    setDone(null);
    const r = await api.call('export/create', {
      format,
      ...scope,
      ...(format === 'ics'
        ? { includeDone: prefs.includeDone }
        : {
            title: title?.trim() || undefined,
            label: format === 'docx' ? prefs.label : undefined,
            unitName: prefs.unitName?.trim() || undefined,
            date: date || undefined,
            columns: format === 'docx' ? prefs.columns : undefined,
            layout: format === 'docx' ? prefs.layout : undefined,
            missingWriteups: prefs.missingWriteups,
            revoked: format === 'docx' ? prefs.revoked : undefined,
            contents: prefs.contents,
            grouping: prefs.grouping,
            printMasked: printMasked || undefined,
          }),
    });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    if (r.value.dataBase64) downloadBase64(r.value.file, r.value.dataBase64, MIME[format]);
    const left = r.value.revokedLeftOut;
    setDone(
      `已导出 ${r.value.rows} 条：${r.value.file}` +
        (left ? `（已撤销的 ${left} 个单位未列入）` : ''),
    );
  };

  const blocked = (preview.value?.masked.length ?? 0) > 0 && !printMasked;
  const blockedText = `暂不能导出：其中 ${preview.value?.masked.length ?? 0} 条含被遮挡的文字（****）。请在表格中补全这些文字，或勾选上方的“照印遮挡文字”。`;
  // The workbook prints 填报单位 on every sheet: blank, it goes to the leader as "填报单位：";
  // the Word document's 版记 (印发机关 and 印发日期, GB/T 9704 §7.4) is left out.
  const unitBlank = format !== 'ics' && count > 0 && !prefs.unitName?.trim();

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
        {format !== 'ics' && (
          <fieldset>
            <legend>哪些记录</legend>
            {format === 'docx' && (
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
              </label>
            )}{' '}
            <label>
              项目与年度{' '}
              <select value={group} onChange={(e) => setGroup(e.target.value)}>
                <option value="">全部</option>
                {counts.value?.programmes.map((p) => (
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
        <DocumentSettings
          format={format}
          preview={preview.value}
          prefs={prefs}
          onPrefs={changePrefs}
          title={title}
          onTitle={setTitle}
          date={date}
          onDate={setDate}
          printMasked={printMasked}
          onPrintMasked={setPrintMasked}
          severalProgrammes={severalProgrammes}
          canCompile={format === 'docx' && kind === 'case'}
        />
        <div className="export-actions">
          <span className="export-count" data-testid="export-count">
            {format === 'ics'
              ? '导出期限节点'
              : counting
                ? '正在统计要导出的记录…'
                : `将导出 ${count} 条记录，按区划代码排序${preview.value ? `：${title?.trim() || preview.value.title}` : ''}`}
            {/* Beside the greyed button, why it is grey and the two ways on: the list of
                records and the tick box are further up the page, often out of sight. */}
            {format !== 'ics' && blocked && (
              <strong className="export-blocked" id="export-blocked" data-testid="export-blocked">
                {blockedText}
              </strong>
            )}
            {unitBlank && !blocked && (
              <strong className="export-warned" id="export-warned" data-testid="export-unit-blank">
                {format === 'docx'
                  ? '填报单位未填写：Word 文件末尾将没有版记（印发机关和日期）。可在上方填写，也可照此导出。'
                  : '填报单位未填写：汇总表各表的“填报单位：”将是空白。可在上方“填报单位”填写后再导出，也可照此导出。'}
              </strong>
            )}
          </span>
          <button
            type="button"
            className="button primary"
            // the reason rides on the greyed button too, where the pointer is
            title={format !== 'ics' && blocked ? blockedText : undefined}
            aria-describedby={
              format !== 'ics' && blocked
                ? 'export-blocked'
                : unitBlank
                  ? 'export-warned'
                  : undefined
            }
            disabled={busy || (format !== 'ics' && (count === 0 || blocked))}
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
      {counts.value?.rows === 0 && format !== 'ics' && (
        <EmptyState title="没有可导出的记录">
          <p>台账中有记录后，可在这里按项目、批次筛选，预览条数，导出为正式格式的文件。</p>
        </EmptyState>
      )}
    </>
  );
}
