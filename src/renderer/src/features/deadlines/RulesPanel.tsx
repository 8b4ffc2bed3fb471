/**
 * The rules behind the dates. Sentences read from notices are shown as evidence and
 * cannot be changed (they are what the notice said); each programme's defaults are
 * the user's data — the cycle, due months, offsets — and every change regenerates
 * the milestones, keeping what was marked done or waived.
 */
import { useState } from 'react';
import { api } from '../../api';
import { ErrorNote } from '../../components/ErrorNote';
import { useApi } from '../../use-api';
import { ruleKindLabel } from './labels';
import { ruleWords } from './rule-words';
import type { ScheduleRule } from './types';

const FIELDS: Record<string, [string, string][]> = {
  cycle: [['years', '周期（年）']],
  range: [
    ['from', '起（YYYY-MM）'],
    ['to', '止（YYYY-MM）'],
  ],
  annual_plan: [
    ['month', '截止月'],
    ['day', '截止日'],
    ['firstYearDays', '确认当年：确认后天数'],
  ],
  annual_summary: [
    ['month', '截止月'],
    ['day', '截止日'],
  ],
  midterm: [['afterStartMonths', '开始后月数']],
  final_report: [['beforeEndDays', '期满前天数']],
  acceptance: [['afterEndMonths', '期满后月数']],
};

type EditableKind =
  'cycle' | 'range' | 'annual_plan' | 'annual_summary' | 'midterm' | 'final_report' | 'acceptance';

function DefaultRuleEditor({ rule, onSaved }: { rule: ScheduleRule; onSaved: () => void }) {
  const fields = FIELDS[rule.kind] ?? [];
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      fields.map(([k]) => [
        k,
        rule.params[k] === undefined || rule.params[k] === null ? '' : String(rule.params[k]),
      ]),
    ),
  );
  const [enabled, setEnabled] = useState(rule.params.enabled !== false);
  const [msg, setMsg] = useState<string | null>(null);
  const save = async () => {
    const params: Record<string, string | number | boolean | null> = {
      ...(rule.params as Record<string, string | number | boolean | null>),
      enabled,
    };
    for (const [k] of fields) {
      const v = values[k]?.trim() ?? '';
      params[k] = v === '' ? null : /^-?\d+$/.test(v) ? Number(v) : v;
    }
    const r = await api.call('rules/update', {
      id: rule.id,
      programme: rule.programme,
      kind: rule.kind as EditableKind,
      params,
      text: rule.text,
    });
    setMsg(r.ok ? '已保存，节点已重新生成' : r.error.message);
    if (r.ok) onSaved();
  };
  return (
    <form
      className="rule-edit"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {fields.map(([k, label]) => (
        <label key={k}>
          {label}
          <input
            value={values[k] ?? ''}
            onChange={(e) => setValues((v) => ({ ...v, [k]: e.target.value }))}
            size={8}
          />
        </label>
      ))}
      <label>
        <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />{' '}
        生成此类节点
      </label>
      <button className="button small" type="submit">
        保存
      </button>
      {msg && <span className="muted small">{msg}</span>}
    </form>
  );
}

export function RulesPanel({ onChanged }: { onChanged: () => void }) {
  const rules = useApi('rules/list', {});
  if (rules.error) return <ErrorNote error={rules.error} />;
  const all = rules.value ?? [];
  const programmes = [...new Set(all.map((r) => r.programme ?? '（单个记录）'))];
  return (
    <section className="rules" aria-label="期限规则">
      <p className="muted">
        通知原文的规则（灰底）以通知为准；没有写明的内容按本项目的默认规则生成。修改默认规则后，节点会重新生成，已完成、已免除的状态和备注保留。
      </p>
      {programmes.map((p) => (
        <div key={p} className="rules-group">
          <h3>{p}</h3>
          <table className="ms-table">
            <tbody>
              {all
                .filter((r) => (r.programme ?? '（单个记录）') === p)
                .map((r) => (
                  <tr key={r.id} className={r.source === 'notice' ? 'rule-notice' : 'rule-default'}>
                    <td className="rule-kind">{ruleKindLabel(r)}</td>
                    <td>
                      <div className="ms-rule">{r.text}</div>
                      {r.noticeTitle && <div className="muted small">《{r.noticeTitle}》</div>}
                    </td>
                    <td>
                      {r.source === 'default' && FIELDS[r.kind] ? (
                        <DefaultRuleEditor
                          rule={r}
                          onSaved={() => {
                            rules.reload();
                            onChanged();
                          }}
                        />
                      ) : (
                        <span className="small">
                          {ruleWords(r)}
                          {/* Why a rule reads programme-wide: its notice listed several batches. */}
                          {typeof r.params.note === 'string' ? `（${r.params.note}）` : ''}
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
