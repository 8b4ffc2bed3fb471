/**
 * One field's 来历 under it in the record panel (field-trail.ts): newest first, when, who and
 * how, what became of the value, and the notice (with its 序号 and sentence) it came from.
 */
import { minuteText } from '../../components/date-text';
import { Loading } from '../../components/Loading';
import type { TrailStep } from './field-trail';

export function FieldTrail(props: {
  id: string;
  label: string;
  /** null while the record's history loads. */
  steps: TrailStep[] | null;
  /** A status nobody wrote, read from the deadlines or the notice (no one set it). */
  derived: string | null;
}) {
  return (
    <div className="field-trail" id={props.id} data-testid="field-trail">
      <p className="field-trail-title">{props.label}的来历</p>
      {props.derived && (
        <p className="muted">未填写：显示的“{props.derived}”由期限或来源通知推定，不是谁填的值。</p>
      )}
      {props.steps === null ? (
        <Loading what="来历" />
      ) : props.steps.length === 0 ? (
        <p className="muted">没有记录来源：手工新建时填写，或这个值一直为空。</p>
      ) : (
        <ol>
          {props.steps.map((s, i) => (
            <li key={i} className={s.undone ? 'undone' : undefined}>
              {s.at && <time>{minuteText(s.at)}</time>} <strong>{s.who}</strong> {s.what}
              {s.notice && (
                <>
                  {' · '}
                  <a href={`#/notices/${s.notice.id}`}>《{s.notice.title}》</a>
                  {s.notice.seq !== null ? ` 第 ${s.notice.seq} 项` : ''}
                </>
              )}
              {s.undone ? ' · 已撤销' : ''}
              {s.sentence && (
                <blockquote>
                  {s.sentence.before}
                  <mark>{s.sentence.text}</mark>
                  {s.sentence.after}
                </blockquote>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
