/**
 * One proposed group, side by side: a column per record (with 排除 to drop a false
 * member), a row per field; the radio in each cell picks whose value survives, and each
 * value is labelled with the notice file it came from.
 */
import type { DuplicateReviewGroup } from '../../../../shared/duplicate-review';
import { chosenFor, members, type GroupDraft } from './group-state';
import { fileLabel, scoreText } from './labels';

interface Props {
  group: DuplicateReviewGroup;
  draft: GroupDraft;
  selected: boolean;
  busy: boolean;
  /** Absent when the group is not part of a queue (merging rows chosen by hand). */
  onSelect?: (on: boolean) => void;
  onDraft: (d: GroupDraft) => void;
  onMerge: () => void;
  onReject: () => void;
}

export function ReviewGroup({
  group: g,
  draft,
  selected,
  busy,
  onSelect,
  onDraft,
  onMerge,
  onReject,
}: Props) {
  const live = members(g, draft);
  const toggleMember = (id: number) =>
    onDraft({
      ...draft,
      excluded: draft.excluded.includes(id)
        ? draft.excluded.filter((x) => x !== id)
        : [...draft.excluded, id],
    });
  const choose = (group: string, id: number) =>
    onDraft({ ...draft, choices: { ...draft.choices, [group]: id } });
  const fields = g.fields.filter((f) => f.options.some((o) => o.value !== null));
  const title = g.records[0]?.title ?? '';
  return (
    <section className="dd-group" data-testid="dedupe-group" aria-label={`疑似重复：${title}`}>
      <header className="dd-group-head">
        {onSelect && (
          <label className="dd-select">
            <input
              type="checkbox"
              checked={selected}
              onChange={(e) => onSelect(e.target.checked)}
              aria-label="选中此组以批量合并"
            />
            <span className={`dd-score${g.auto ? ' high' : ''}`}>相似度 {scoreText(g.score)}</span>
          </label>
        )}
        <ul className="dd-reasons">
          {g.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
        <div className="dd-actions">
          <button
            className="button small primary"
            disabled={busy || live.length < 2}
            onClick={onMerge}
          >
            合并此组（{live.length} 条）
          </button>
          <button className="button small" disabled={busy} onClick={onReject}>
            不是重复
          </button>
        </div>
      </header>
      <table className="dd-compare">
        <thead>
          <tr>
            <th scope="col">字段</th>
            {g.records.map((r, i) => (
              <th scope="col" key={r.id} className={live.includes(r.id) ? undefined : 'dd-out'}>
                <span>第 {i + 1} 条</span>
                {r.id === g.survivorId && <span className="badge badge-committed">保留</span>}
                <label className="dd-exclude">
                  <input
                    type="checkbox"
                    checked={!live.includes(r.id)}
                    onChange={() => toggleMember(r.id)}
                  />{' '}
                  排除
                </label>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => {
            const chosen = chosenFor(g, draft, f.group);
            return (
              <tr key={f.group}>
                <th scope="row">{f.label}</th>
                {g.records.map((r) => {
                  const o = f.options.find((x) => x.recordId === r.id);
                  const on = live.includes(r.id);
                  return (
                    <td
                      key={r.id}
                      className={`${chosen === r.id && on ? 'dd-chosen' : ''}${on ? '' : ' dd-out'}`}
                    >
                      <label>
                        <input
                          type="radio"
                          name={`dd-${g.recordIds.join('-')}-${f.group}`}
                          checked={chosen === r.id}
                          disabled={!on || o?.value == null}
                          onChange={() => choose(f.group, r.id)}
                        />
                        <span className={f.group === 'content' ? 'dd-value dd-long' : 'dd-value'}>
                          {o?.value ?? '（空）'}
                        </span>
                      </label>
                      {o?.value != null && (
                        <span className="dd-source" title={o.source ?? ''}>
                          来自 {fileLabel(o.source)}
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
