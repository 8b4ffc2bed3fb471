/**
 * 省份 × 项目: how many records each province has in each programme; every count opens
 * the grid narrowed to that province and programme.
 */
import type { HomeSummary } from '../../../../shared/domain';
import { gridLink } from '../records/grid-link';

const EMPTY = '（未定）';

export function ProvinceProgrammeTable({ rows }: { rows: HomeSummary['byProvinceProgramme'] }) {
  const provinces = [...new Set(rows.map((r) => r.province))];
  const programmes = [...new Set(rows.map((r) => r.programme))].slice(0, 8);
  const cell = (p: string | null, g: string | null) => {
    const hits = rows.filter((r) => r.province === p && r.programme === g);
    if (hits.length === 0) return null;
    const main = hits.reduce((a, b) => (b.count > a.count ? b : a));
    return { count: hits.reduce((n, h) => n + h.count, 0), kind: main.kind };
  };
  if (rows.length === 0) return <p className="muted">暂无数据</p>;
  return (
    <div className="pp-wrap">
      <table className="pp-table" data-testid="province-programme">
        <thead>
          <tr>
            <th scope="col">省份</th>
            {programmes.map((g) => (
              <th scope="col" key={g ?? ''}>
                {g ?? EMPTY}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {provinces.map((p) => (
            <tr key={p ?? ''}>
              <th scope="row">{p ?? EMPTY}</th>
              {programmes.map((g) => {
                const c = cell(p, g);
                return (
                  <td key={g ?? ''} className="num">
                    {c ? (
                      <a
                        href={gridLink(c.kind, { province: p, programme: g })}
                        title={`${p ?? EMPTY} · ${g ?? EMPTY}：${c.count} 条，点击查看`}
                      >
                        {c.count}
                      </a>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
