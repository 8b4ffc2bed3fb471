/**
 * The small forms the grid toolbar opens in place (no modal dialogs, no window.prompt,
 * which Electron lacks): bulk edit of a column, a new record, saving a view. Enter
 * submits, Esc cancels.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import type { EditableRecordField } from '../../../../shared/domain';
import { VIEW_NAME_MAX } from '../../../../shared/grid-query-schema';
import { clipChars } from '../../../../shared/text-limit';
import { COLUMN_LABELS, EDIT_FIELD } from './record-columns';

function Popover(props: {
  label: string;
  onCancel: () => void;
  onSubmit: () => void;
  children: ReactNode;
  submit: string;
}) {
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onSubmit();
  };
  return (
    <form
      className="toolbar-form"
      aria-label={props.label}
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          props.onCancel();
        }
      }}
    >
      {props.children}
      <button type="submit" className="button small primary">
        {props.submit}
      </button>
      <button type="button" className="button small" onClick={props.onCancel}>
        取消
      </button>
    </form>
  );
}

export function BulkEditForm(props: {
  count: number;
  initialField?: EditableRecordField;
  onCancel: () => void;
  onSubmit: (field: EditableRecordField, value: string) => void;
}) {
  const fields = Object.entries(EDIT_FIELD).filter(([, f]) => f !== 'kind');
  const [field, setField] = useState<EditableRecordField>(props.initialField ?? 'status');
  const [value, setValue] = useState('');
  return (
    <Popover
      label="批量修改"
      submit={`修改 ${props.count} 行`}
      onCancel={props.onCancel}
      onSubmit={() => props.onSubmit(field, value)}
    >
      <span>把所选 {props.count} 行的</span>
      <select
        value={field}
        onChange={(e) => setField(e.target.value as EditableRecordField)}
        aria-label="要修改的列"
      >
        {fields.map(([colId, f]) => (
          <option key={colId} value={f}>
            {COLUMN_LABELS[colId] ?? colId}
          </option>
        ))}
      </select>
      <span>改为</span>
      <input
        autoFocus
        value={value}
        onChange={(e) => setValue(e.target.value)}
        aria-label="新值"
        placeholder="留空表示清空"
      />
    </Popover>
  );
}

/** What a new record starts with: 名称 and 地区, and its 项目, 年度 and 批次. */
export interface NewRecordFields {
  title: string;
  region: string;
  programme: string;
  year: string;
  batch: string;
}

export function NewRecordForm(props: {
  kindLabel: string;
  /** A case is known by its title; a zone or observation point by its place (title optional). */
  titleRequired: boolean;
  onCancel: () => void;
  onSubmit: (fields: NewRecordFields) => void;
}) {
  const [f, setF] = useState<NewRecordFields>({
    title: '',
    region: '',
    programme: '',
    year: '',
    batch: '',
  });
  const input = (key: keyof NewRecordFields, label: string, placeholder: string, size = 14) => (
    <input
      autoFocus={key === 'title'}
      value={f[key]}
      size={size}
      onChange={(e) => setF({ ...f, [key]: e.target.value })}
      aria-label={label}
      placeholder={placeholder}
    />
  );
  return (
    <Popover
      label={`新增${props.kindLabel}`}
      submit="添加"
      onCancel={props.onCancel}
      onSubmit={() => props.onSubmit(f)}
    >
      {input(
        'title',
        '名称／主题',
        props.titleRequired ? '名称／主题（必填）' : '名称／主题（可不填）',
        20,
      )}
      {input('region', '地区', '地区，如 南京市栖霞区')}
      {input('programme', '项目', '项目')}
      {input('year', '年度', '年度，如 2024', 8)}
      {input('batch', '批次', '批次，如 第三批', 10)}
    </Popover>
  );
}

export function SaveViewForm(props: { onCancel: () => void; onSubmit: (name: string) => void }) {
  const [name, setName] = useState('');
  return (
    <Popover
      label="保存视图"
      submit="保存"
      onCancel={props.onCancel}
      onSubmit={() => name.trim() && props.onSubmit(name.trim())}
    >
      <input
        autoFocus
        value={name}
        onChange={(e) => setName(clipChars(e.target.value, VIEW_NAME_MAX))}
        aria-label="视图名称"
        placeholder="视图名称，如 江苏·待核对"
      />
    </Popover>
  );
}
