/**
 * What the toolbar does with the ticked rows: 合并所选 (the side-by-side merge screen),
 * 关联所选 (a relation, both records stay) and 删除所选 (asks first, with the count). The
 * selection only ever holds rows the current search, facets and filters show: the page
 * clears it whenever they change.
 */
import { useState } from 'react';
import {
  LINK_RELATION_LABELS,
  LINK_RELATIONS,
  type LinkRelation,
} from '../../../../shared/record-links';
import { api } from '../../api';
import { askConfirm } from '../../components/confirm';
import { announce } from '../../components/undo-bus';
import { report } from './grid-actions';
import { MergeDialog } from './MergeDialog';

export function SelectionActions(props: {
  ids: () => number[];
  count: number;
  onDone: () => void;
}) {
  const [merging, setMerging] = useState<number[] | null>(null);
  const [linking, setLinking] = useState(false);
  const [relation, setRelation] = useState<LinkRelation>('same_place_other_programme');
  const few = props.count < 2;

  const remove = async () => {
    const ids = props.ids();
    if (ids.length === 0) return;
    const yes = await askConfirm({
      title: `删除所选的 ${ids.length} 条记录？`,
      message: `只删除当前勾选、且在当前筛选中可见的 ${ids.length} 条。删除后可按 Ctrl+Z 或在“操作记录”中撤销。`,
      confirmLabel: `删除 ${ids.length} 条`,
    });
    if (!yes) return;
    const r = await api.call('records/delete', { ids });
    if (report(r)) props.onDone();
  };

  const link = async () => {
    const r = await api.call('records/link', { ids: props.ids(), relation });
    if (!r.ok) return announce({ message: r.error.message, tone: 'error', dataChanged: false });
    announce({
      message:
        r.value.links > 0
          ? `已关联 ${props.count} 条记录：${LINK_RELATION_LABELS[relation]}`
          : '这些记录已经是这样关联的，没有变化',
      tone: 'info',
      dataChanged: r.value.links > 0,
    });
    setLinking(false);
    props.onDone();
  };

  return (
    <>
      <button
        type="button"
        className="button small"
        disabled={few}
        title={few ? '勾选两条或更多记录后合并' : undefined}
        onClick={() => setMerging(props.ids())}
      >
        合并所选
      </button>
      <button
        type="button"
        className="button small"
        disabled={few}
        title={few ? '勾选两条或更多记录后关联' : undefined}
        onClick={() => setLinking(!linking)}
      >
        关联所选
      </button>
      <button
        type="button"
        className="button small"
        disabled={props.count === 0}
        title={props.count === 0 ? '先勾选要删除的行' : '删除前会说明条数并请你确认'}
        onClick={() => void remove()}
      >
        删除所选
      </button>
      {linking && (
        <form
          className="toolbar-form"
          aria-label="关联所选"
          onSubmit={(e) => {
            e.preventDefault();
            void link();
          }}
        >
          <span>把所选 {props.count} 条记录关联为</span>
          <select
            aria-label="关系"
            value={relation}
            onChange={(e) => setRelation(e.target.value as LinkRelation)}
          >
            {LINK_RELATIONS.map((r) => (
              <option key={r} value={r}>
                {LINK_RELATION_LABELS[r]}
              </option>
            ))}
          </select>
          <button type="submit" className="button small primary">
            关联
          </button>
          <button type="button" className="button small" onClick={() => setLinking(false)}>
            取消
          </button>
        </form>
      )}
      {merging && (
        <MergeDialog
          ids={merging}
          onDone={(merged) => {
            setMerging(null);
            if (merged) props.onDone();
          }}
        />
      )}
    </>
  );
}
