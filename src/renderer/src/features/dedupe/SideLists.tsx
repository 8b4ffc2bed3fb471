/**
 * The two lists beside the review queue: related pairs (links, not merges — the same
 * place in another programme, a renamed place, parent and child units) and merges still
 * in effect, each with 撤销合并.
 */
import type { MergedView, RelatedView } from '../../../../shared/duplicate-review';
import { RELATION_LABELS, recordLine, scoreText, sourceFiles } from './labels';
import { minuteText } from '../../components/date-text';
import { ShowMore, useShown } from './ShowMore';

export function RelatedList({ related }: { related: RelatedView[] }) {
  const [shown, showMore] = useShown();
  if (related.length === 0)
    return (
      <p className="dd-none">
        没有相关记录。同一地方出现在不同项目、地名变更、上下级单位时，会在这里列出（只关联，不合并）。
      </p>
    );
  return (
    <>
      <table className="dd-list" data-testid="dedupe-related">
        <thead>
          <tr>
            <th>关系</th>
            <th>记录</th>
            <th>相关记录</th>
            <th>相似度</th>
          </tr>
        </thead>
        <tbody>
          {related.slice(0, shown).map((l) => (
            <tr key={`${l.a}-${l.b}-${l.relation}`}>
              <td>
                <span className="badge badge-already">
                  {RELATION_LABELS[l.relation] ?? l.relation}
                </span>
              </td>
              <td>{recordLine(l.records.find((r) => r.id === l.a))}</td>
              <td>{recordLine(l.records.find((r) => r.id === l.b))}</td>
              <td title={l.reasons.join('；')}>{scoreText(l.score)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ShowMore shown={shown} total={related.length} unit="对" onMore={showMore} />
    </>
  );
}

export function MergedList({
  merged,
  busy,
  onUnmerge,
}: {
  merged: MergedView[];
  busy: boolean;
  onUnmerge: (opId: number) => void;
}) {
  if (merged.length === 0) return <p className="dd-none">还没有合并过记录。</p>;
  return (
    <table className="dd-list" data-testid="dedupe-merged">
      <thead>
        <tr>
          <th>时间</th>
          <th>保留的记录</th>
          <th>并入的记录</th>
          <th>方式</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {merged.map((m) => (
          <tr key={m.opId}>
            <td>{minuteText(m.at)}</td>
            <td>
              {recordLine(m.survivor)}
              <div className="dd-mentions">出处：{sourceFiles(m.survivor)}</div>
            </td>
            <td>
              {m.merged.map((r) => (
                <div key={r.id}>{recordLine(r)}</div>
              ))}
            </td>
            <td>{m.actor === 'auto' ? '导入时自动' : '人工'}</td>
            <td>
              <button className="button small" disabled={busy} onClick={() => onUnmerge(m.opId)}>
                撤销合并
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
