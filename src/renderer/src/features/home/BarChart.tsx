/** A small horizontal bar chart in plain SVG (no chart library: offline, tiny, printable). */
export function BarChart(props: {
  title: string;
  rows: { label: string; value: number }[];
  max?: number;
}) {
  const rows = props.rows.slice(0, props.max ?? 12);
  const top = Math.max(1, ...rows.map((r) => r.value));
  const rowH = 22;
  const labelW = 150;
  const barW = 260;
  return (
    <figure className="bar-chart">
      <figcaption>{props.title}</figcaption>
      {rows.length === 0 ? (
        <p className="muted">暂无数据</p>
      ) : (
        <svg
          width={labelW + barW + 60}
          height={rows.length * rowH}
          role="img"
          aria-label={props.title}
        >
          {rows.map((r, i) => {
            const w = Math.max(2, Math.round((r.value / top) * barW));
            const y = i * rowH;
            return (
              <g key={`${r.label}-${i}`}>
                <text x={labelW - 8} y={y + 15} textAnchor="end" fontSize="12" fill="#1f2328">
                  {r.label.length > 12 ? `${r.label.slice(0, 11)}…` : r.label}
                  <title>{r.label}</title>
                </text>
                <rect
                  x={labelW}
                  y={y + 4}
                  width={w}
                  height={rowH - 8}
                  rx="2"
                  fill="#b3261e"
                  opacity="0.8"
                />
                <text x={labelW + w + 6} y={y + 15} fontSize="12" fill="#5c6670">
                  {r.value}
                </text>
              </g>
            );
          })}
        </svg>
      )}
    </figure>
  );
}
