/**
 * Rows the parser missed, added by hand in the import preview: the fields of the grid's
 * new-record form (类别, 地区 with its code found as you type, 名称, 单位, 项目, 年度, 批次),
 * each marked 手工补录, editable and removable until the notice is committed — then they
 * are stored with it, in the same import operation (one undo removes them with it).
 */
import {
  addedRowProblem,
  withAddedChange,
  withAddedRow,
  withoutAdded,
  type AddedRow,
  type SessionFile,
} from './import-session';
import { KindCell, TextCell } from './PreviewCells';
import { PreviewRegionCode } from './PreviewRegionCode';

export function PreviewAddedRows(props: { file: SessionFile; onChange: (f: SessionFile) => void }) {
  const { file: f, onChange } = props;
  const editable = f.stage === 'preview';
  const set = (r: AddedRow, patch: Partial<AddedRow>) => onChange(withAddedChange(f, r.key, patch));
  const text = (
    r: AddedRow,
    key: 'title' | 'unit' | 'regionText' | 'programme' | 'year' | 'batch',
    label: string,
    placeholder: string,
    problem?: string | null,
  ) => (
    <TextCell
      label={label}
      value={r[key]}
      placeholder={placeholder}
      editable={editable}
      autoFocus={key === 'title' && r.title === '' && editable}
      onChange={(value) => set(r, { [key]: value })}
      problem={problem}
    />
  );
  return (
    <div className="preview-added" data-testid="preview-added">
      {f.added.length > 0 && (
        <table className="preview-table added-table" aria-label="手工补录的记录">
          <colgroup>
            <col style={{ width: 76 }} />
            <col style={{ width: 96 }} />
            <col style={{ width: '13%' }} />
            <col style={{ width: 80 }} />
            <col />
            <col style={{ width: '10%' }} />
            <col style={{ width: '10%' }} />
            <col style={{ width: 72 }} />
            <col style={{ width: 88 }} />
            <col style={{ width: 56 }} />
          </colgroup>
          <thead>
            <tr>
              <th>来源</th>
              <th>类别</th>
              <th>地区</th>
              <th>区划代码</th>
              <th>名称／主题</th>
              <th>单位</th>
              <th>项目</th>
              <th>年度</th>
              <th>批次</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {f.added.map((r) => {
              const problem = addedRowProblem(r);
              return (
                <tr
                  key={r.key}
                  data-testid="added-row"
                  className={problem ? 'has-problem' : undefined}
                >
                  <td>
                    <span className="badge badge-added">手工补录</span>
                  </td>
                  <KindCell
                    label="类别"
                    value={r.kind}
                    editable={editable}
                    onChange={(kind) => set(r, { kind })}
                  />
                  {text(r, 'regionText', '地区', '如 南京市栖霞区')}
                  <PreviewRegionCode text={r.regionText} query={f.addedRowRegion} />
                  {text(
                    r,
                    'title',
                    '名称／主题',
                    r.kind === 'case' ? '名称／主题（必填）' : '名称／主题（或填地区）',
                    problem,
                  )}
                  {text(r, 'unit', '单位', '如有')}
                  {text(r, 'programme', '项目', '不填则同通知')}
                  {text(r, 'year', '年度', '同通知')}
                  {text(r, 'batch', '批次', '同通知')}
                  <td>
                    {editable && (
                      <button
                        type="button"
                        className="button small"
                        onClick={() => onChange(withoutAdded(f, r.key))}
                      >
                        删除
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {editable && (
        <button type="button" className="button small" onClick={() => onChange(withAddedRow(f))}>
          ＋ 补录一行（名单中漏掉的）
        </button>
      )}
    </div>
  );
}
