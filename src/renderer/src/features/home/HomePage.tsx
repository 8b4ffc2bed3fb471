import { RECORD_KINDS, RECORD_KIND_LABELS } from '../../../../shared/domain';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNote } from '../../components/ErrorNote';
import { PageHeader } from '../../components/PageHeader';
import { useApi } from '../../use-api';

export function HomePage() {
  const counts = useApi('ledger/counts', {});
  const info = useApi('app/info', {});
  const c = counts.value;
  const empty = c !== null && c.notices === 0 && RECORD_KINDS.every((k) => c.byKind[k] === 0);
  return (
    <>
      <PageHeader title="首页" subtitle={info.value ? `台账文件：${info.value.ledgerFile}` : undefined} />
      {counts.error && <ErrorNote error={counts.error} />}
      {c && (
        <div className="stat-row">
          <div className="stat">
            <span className="stat-value">{c.notices}</span>
            <span className="stat-label">通知</span>
          </div>
          {RECORD_KINDS.map((k) => (
            <div className="stat" key={k}>
              <span className="stat-value">{c.byKind[k]}</span>
              <span className="stat-label">{RECORD_KIND_LABELS[k]}</span>
            </div>
          ))}
        </div>
      )}
      {empty && (
        <EmptyState
          title="台账还是空的"
          action={
            <a className="button primary" href="#/import">
              去导入通知
            </a>
          }
        >
          <p>
            把民政部或本厅的通知（文本、Word、网页、Excel 或 PDF）导入进来，台账会自动列出其中的实验区、典型案例和观察点，
            每个数值都能追溯到原文句子。
          </p>
        </EmptyState>
      )}
    </>
  );
}
