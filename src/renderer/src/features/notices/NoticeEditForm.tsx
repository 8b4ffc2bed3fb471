/**
 * Correcting what extraction read of a notice (title, 文号, issuer, date, programme, batch,
 * role — confirmation, progress report, acceptance, news…): one
 * operation, which re-plans the milestones hanging on the notice and which 撤销 takes back.
 */
import { useState } from 'react';
import type { NoticeOverview } from '../../../../shared/domain';
import { NOTICE_ROLE_LABELS, NOTICE_ROLES, type NoticeRole } from '../../../../shared/notice-roles';
import { api } from '../../api';
import { announce } from '../../components/undo-bus';
import './notices.css';

const FIELDS = [
  ['title', '标题'],
  ['docNo', '文号'],
  ['issuer', '发文机关'],
  ['issuedOn', '成文日期（YYYY-MM-DD）'],
  ['programme', '项目'],
  ['batch', '批次'],
] as const;
type Field = (typeof FIELDS)[number][0];

export function NoticeEditForm(props: {
  notice: NoticeOverview;
  onDone: (saved: boolean) => void;
}) {
  const [values, setValues] = useState<Record<Field, string>>(() => ({
    title: props.notice.title ?? '',
    docNo: props.notice.docNo ?? '',
    issuer: props.notice.issuer ?? '',
    issuedOn: props.notice.issuedOn ?? '',
    programme: props.notice.programme ?? '',
    batch: props.notice.batch ?? '',
  }));
  const [role, setRole] = useState<NoticeRole | ''>(props.notice.role ?? '');
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    const r = await api.call('notices/update', {
      id: props.notice.id,
      ...values,
      issuedOn: values.issuedOn.trim() || null,
      role: role || null,
    });
    if (!r.ok) return setError(r.error.message);
    announce({
      message: r.value.opId === null ? '通知信息没有变化' : '已保存通知信息（可撤销）',
      tone: 'info',
      dataChanged: r.value.opId !== null,
    });
    props.onDone(r.value.opId !== null);
  };
  return (
    <form
      className="notice-edit"
      aria-label="修改通知信息"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {FIELDS.map(([f, label]) => (
        <label key={f}>
          {label}
          <input
            value={values[f]}
            onChange={(e) => setValues((v) => ({ ...v, [f]: e.target.value }))}
          />
        </label>
      ))}
      <label>
        通知作用
        <select value={role} onChange={(e) => setRole(e.target.value as NoticeRole | '')}>
          <option value="">（未识别）</option>
          {NOTICE_ROLES.map((r) => (
            <option key={r} value={r}>
              {NOTICE_ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </label>
      <div className="notice-edit-actions">
        <button type="submit" className="button small primary">
          保存
        </button>
        <button type="button" className="button small" onClick={() => props.onDone(false)}>
          取消
        </button>
      </div>
      {error && <p className="error-note">{error}</p>}
    </form>
  );
}
