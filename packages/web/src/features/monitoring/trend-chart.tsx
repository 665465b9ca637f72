import type { TrendView } from '@outfall/domain/contracts/index';

const W = 760;
const H = 320;
const PAD = { left: 52, right: 16, top: 16, bottom: 36 };
const DAY = 86_400_000;
const LIMIT_COLORS = ['#c92a2a', '#d9480f', '#862e9c', '#1864ab'];

const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

interface TrendChartProps {
  trend: TrendView;
  from: string;
  to: string;
  title: string;
}

/** Daily values (dots), period averages (bars across their period), limit lines, exceedances in red. */
export function TrendChart({ trend, from, to, title }: TrendChartProps) {
  const x0 = time(from);
  const x1 = time(to) + DAY;
  const limitValues = trend.limits.map((l) => Number(l.value)).filter(Number.isFinite);
  const top =
    Math.max(...trend.daily.map((d) => d.value), ...trend.values.map((v) => v.value), ...limitValues, 0) *
      1.12 || 1;
  const x = (iso: string) => PAD.left + ((time(iso) - x0) / (x1 - x0)) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - v / top) * (H - PAD.top - PAD.bottom);
  const exceededDays = new Set(trend.exceedances.filter((e) => e.start === e.end).map((e) => e.start));
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => top * f);
  const months: string[] = [];
  for (let d = new Date(x0); d.getTime() < x1; d.setUTCMonth(d.getUTCMonth() + 1, 1)) {
    months.push(d.toISOString().slice(0, 10));
  }
  const step = Math.ceil(months.length / 8);
  const colorOf = (id: string) =>
    LIMIT_COLORS[trend.limits.findIndex((l) => l.id === id) % LIMIT_COLORS.length];
  const line = trend.daily
    .map((d, i) => `${i ? 'L' : 'M'}${x(d.date).toFixed(1)},${y(d.value).toFixed(1)}`)
    .join(' ');
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      width="100%"
      role="img"
      aria-label={title}
      data-testid="trend-chart"
      style={{ maxWidth: W }}
    >
      {ticks.map((t) => (
        <g key={t}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} stroke="#dee2e6" />
          <text x={PAD.left - 6} y={y(t) + 4} fontSize="11" textAnchor="end" fill="#495057">
            {Number(t.toPrecision(3))}
          </text>
        </g>
      ))}
      {months.map((m, i) =>
        i % step ? null : (
          <text key={m} x={x(m)} y={H - 14} fontSize="11" fill="#495057">
            {m.slice(0, 7)}
          </text>
        ),
      )}
      {trend.limits.map((l) => (
        <g key={l.id}>
          <line
            x1={Math.max(PAD.left, x(l.effectiveFrom))}
            x2={Math.min(W - PAD.right, l.effectiveTo ? x(l.effectiveTo) : W - PAD.right)}
            y1={y(Number(l.value))}
            y2={y(Number(l.value))}
            stroke={colorOf(l.id)}
            strokeWidth="2"
            strokeDasharray={l.enforceable ? '6 4' : '2 4'}
          />
          <text
            x={W - PAD.right - 4}
            y={y(Number(l.value)) - 4}
            fontSize="11"
            textAnchor="end"
            fill={colorOf(l.id)}
          >
            {l.label} {l.value}
          </text>
        </g>
      ))}
      {trend.values.map((v) => (
        <line
          key={`${v.limitId}-${v.start}`}
          x1={x(v.start)}
          x2={x(v.end) + ((W - PAD.left - PAD.right) * DAY) / (x1 - x0)}
          y1={y(v.value)}
          y2={y(v.value)}
          stroke={v.outside ? '#c92a2a' : '#5c940d'}
          strokeWidth="4"
          opacity="0.6"
        />
      ))}
      <path d={line} fill="none" stroke="#1864ab" strokeWidth="1.5" />
      {trend.daily.map((d) => {
        const over = exceededDays.has(d.date);
        return (
          <circle
            key={d.date}
            cx={x(d.date)}
            cy={y(d.value)}
            r={over ? 6 : 4}
            fill={d.nonDetect ? '#fff' : over ? '#c92a2a' : '#1864ab'}
            stroke={over ? '#c92a2a' : '#1864ab'}
            strokeWidth="2"
          >
            <title>{`${d.date}: ${d.nonDetect ? 'non-detect ' : ''}${d.value} ${trend.unit ?? ''}${over ? ' (exceeds)' : ''}`}</title>
          </circle>
        );
      })}
    </svg>
  );
}
