/**
 * Backups: the daily ones the app makes by itself, manual ones, restore with a preview
 * (the current state is kept as a backup first), and the whole ledger as one file.
 */
import { useState } from 'react';
import type { LedgerSummary } from '../../../../shared/domain';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api';
import { ErrorNote } from '../../components/ErrorNote';
import { PageHeader } from '../../components/PageHeader';
import { useApi } from '../../use-api';
import { downloadBase64 } from '../export/download';
import { fileToBase64 } from '../import/read-file';
import { dateTimeText } from '../../components/date-text';

const REASON: Record<string, string> = {
  daily: '每日自动',
  migration: '升级前自动',
  manual: '手动',
  'pre-restore': '恢复前自动（至少保留 30 天）',
};

const size = (n: number) =>
  n > 1048576 ? `${(n / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;
const when = dateTimeText;

export function BackupsPage() {
  const list = useApi('backups/list', {});
  const info = useApi('app/info', {});
  const [preview, setPreview] = useState<{ name: string; summary: LedgerSummary } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [note, setNote] = useState<string | null>(null);

  const act = async (fn: () => Promise<string | null>) => {
    setError(null);
    setNote(null);
    try {
      setNote(await fn());
    } catch (e) {
      setError(e as ApiError);
    }
    list.reload();
  };
  const must = <T,>(r: { ok: true; value: T } | { ok: false; error: ApiError }): T => {
    if (!r.ok) throw r.error;
    return r.value;
  };

  // Saved by an older version of the app: restoring upgrades it (the file itself is kept).
  const older =
    preview !== null &&
    info.value !== null &&
    preview.summary.schemaVersion < info.value.schemaVersion;

  return (
    <>
      <PageHeader
        title="备份"
        subtitle="备份与恢复：每天首次使用时自动备份；保留最近 7 天每天一份、再往前 4 周每周一份，手动备份一直保留"
      >
        <button
          type="button"
          className="button"
          onClick={() =>
            void act(async () => (must(await api.call('backups/create', {})), '已创建备份'))
          }
        >
          立即备份
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            void act(async () => {
              const v = must(await api.call('ledger/export', {}));
              downloadBase64(v.file, v.dataBase64!, 'application/vnd.sqlite3');
              return `已导出整个台账：${v.file}`;
            })
          }
        >
          导出整个台账
        </button>
        <label className="button">
          导入台账文件…
          <input
            type="file"
            accept=".sqlite,.db,.bak"
            hidden
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (
                !file ||
                !window.confirm(`用「${file.name}」替换当前台账？当前台账会先自动备份。`)
              )
                return;
              void act(async () => {
                const s = must(
                  await api.call('ledger/import', {
                    dataBase64: await fileToBase64(file),
                    confirm: true,
                  }),
                );
                return `已导入：${s.notices} 份通知，${s.records} 条记录`;
              });
            }}
          />
        </label>
      </PageHeader>
      {error && <ErrorNote error={error} />}
      {note && (
        <p className="done-note" role="status">
          {note}
        </p>
      )}
      {list.value && list.value.length === 0 && <p className="muted">还没有备份。</p>}
      {list.value && list.value.length > 0 && (
        <table className="plain-table" data-testid="backup-list">
          <thead>
            <tr>
              <th>时间</th>
              <th>类型</th>
              <th>大小</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.value.map((b) => (
              <tr key={b.name}>
                <td>{when(b.at)}</td>
                <td>{REASON[b.reason] ?? b.reason}</td>
                <td>{size(b.size)}</td>
                <td className="row-actions">
                  <button
                    type="button"
                    className="button small"
                    onClick={() =>
                      void act(
                        async () => (
                          setPreview({
                            name: `${when(b.at)}的备份（${REASON[b.reason] ?? '自动'}）`,
                            summary: must(await api.call('backups/preview', { name: b.name })),
                          }),
                          null
                        ),
                      )
                    }
                  >
                    预览
                  </button>
                  <button
                    type="button"
                    className="button small"
                    onClick={() => {
                      if (
                        !window.confirm(
                          `恢复到 ${when(b.at)} 的备份？当前台账会先自动备份；恢复后可用“撤销”退回。`,
                        )
                      )
                        return;
                      void act(async () => {
                        const s = must(await api.call('backups/restore', { name: b.name }));
                        return `已恢复：${s.notices} 份通知，${s.records} 条记录`;
                      });
                    }}
                  >
                    恢复
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {preview && (
        <aside className="preview-box" aria-label="备份预览">
          <strong>{preview.name}</strong>
          <p>
            里面有 {preview.summary.notices} 份通知、{preview.summary.records} 条记录；
            {preview.summary.lastImport
              ? `最近一次导入在 ${when(preview.summary.lastImport)}。`
              : '还没有导入过通知。'}
          </p>
          <p className="muted">
            {older
              ? '这份备份由较早版本的台账软件保存，恢复时会自动升级，备份文件本身不变。'
              : '这份备份可以直接恢复。'}
            恢复前，当前台账会先自动备份，恢复后也可用“撤销”退回。
          </p>
        </aside>
      )}
    </>
  );
}
