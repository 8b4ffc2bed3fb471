/**
 * A small horizontal bar chart in plain SVG (no chart library: offline, tiny, printable).
 * Labels are never cut: the label column is as wide as the longest label (a very long one
 * wraps onto a second line). A bar with a link opens the grid narrowed to it.
 */
const CHAR_W = 12.5;
const MAX_LINE = 18;

const lines = (label: string): string[] =>
  label.length <= MAX_LINE ? [label] : [label.slice(0, MAX_LINE), label.slice(MAX_LINE)];

export function BarChart(props: {
  title: string;
  rows: { label: string; value: number; href?: string }[];
  max?: number;
}) {
  const rows = props.rows.slice(0, props.max ?? 12);
  const top = Math.max(1, ...rows.map((r) => r.value));
  const heights = rows.map((r) => (lines(r.label).length > 1 ? 36 : 22));
  const labelW = Math.ceil(
    Math.max(40, ...rows.map((r) => Math.min(r.label.length, MAX_LINE) * CHAR_W)) + 10,
  );
  const barW = 240;
  const width = labelW + barW + 50;
  const height = heights.reduce((a, b) => a + b, 0);
  let y = 0;
  return (
    <figure className="bar-chart">
      <figcaption>
        {props.title}
        {rows.some((r) => r.href) && <span className="muted bar-hint"> · 点击条形查看记录</span>}
      </figcaption>
      {rows.length === 0 ? (
        <p className="muted">暂无数据</p>
      ) : (
        <svg
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          style={{ maxWidth: '100%', height: 'auto' }}
          role="img"
          aria-label={props.title}
        >
          {rows.map((r, i) => {
            const w = Math.max(2, Math.round((r.value / top) * barW));
            const h = heights[i]!;
            const at = y;
            y += h;
            const parts = lines(r.label);
            const bar = (
              <g>
                <title>{`${r.label}：${r.value}${r.href ? '（点击查看）' : ''}`}</title>
                <text x={labelW - 8} y={at + 15} textAnchor="end" fontSize="12" fill="#1f2328">
                  {parts.map((p, j) => (
                    <tspan key={j} x={labelW - 8} dy={j === 0 ? 0 : 14}>
                      {p}
                    </tspan>
                  ))}
                </text>
                <rect
                  x={labelW}
                  y={at + 4}
                  width={w}
                  height={14}
                  rx="2"
                  fill="#b3261e"
                  opacity="0.8"
                />
                <text x={labelW + w + 6} y={at + 15} fontSize="12" fill="#5c6670">
                  {r.value}
                </text>
              </g>
            );
            return r.href ? (
              <a
                key={`${r.label}-${i}`}
                href={r.href}
                className="bar-link"
                aria-label={`${r.label} ${r.value}`}
              >
                {bar}
              </a>
            ) : (
              <g key={`${r.label}-${i}`}>{bar}</g>
            );
          })}
        </svg>
      )}
    </figure>
  );
}
