import type { DayStats } from '../../src/types'
import { chartModel, dayLabel, percent } from './chart-model'

export interface OptInChartProps {
  stats: readonly DayStats[]
  days: readonly string[]
}

/** Opt-in rate per category per day as an inline SVG line chart, with receipts per day as bars. */
export function OptInChart({ stats, days }: OptInChartProps) {
  const m = chartModel(stats, days)
  const summary = m.series.map((s) => `${s.category} ${percent(s.rate)}`).join(', ')
  return (
    <figure class="chart">
      <svg
        viewBox={`0 0 ${m.width} ${m.height}`}
        role="img"
        aria-labelledby="chart-title chart-desc"
        data-chart="opt-in"
      >
        <title id="chart-title">Opt-in rate per category per day</title>
        <desc id="chart-desc">
          {m.receipts} receipts from {dayLabel(days[0] ?? '')} to{' '}
          {dayLabel(days[days.length - 1] ?? '')}. Over the range: {summary || 'no receipts'}.
        </desc>
        {m.yTicks.map((t) => (
          <g key={t.label} class="grid">
            <line x1={m.plot.left} x2={m.plot.right} y1={t.y} y2={t.y} />
            <text x={m.plot.left - 8} y={t.y + 4} text-anchor="end">
              {t.label}
            </text>
          </g>
        ))}
        {m.bars.map((b) => (
          <rect key={b.day} class="bar" x={b.x} y={b.y} width={b.width} height={b.height}>
            <title>
              {dayLabel(b.day)}: {b.receipts} receipts
            </title>
          </rect>
        ))}
        {m.xTicks.map((t) => (
          <text key={t.label} class="tick" x={t.x} y={m.plot.bottom + 18} text-anchor="middle">
            {t.label}
          </text>
        ))}
        {m.series.map((s) => (
          <g key={s.category} data-category={s.category}>
            <path
              d={s.path}
              fill="none"
              stroke={s.color}
              stroke-width="2.5"
              stroke-linejoin="round"
            />
            {s.points.map((p) => (
              <circle key={p.day} cx={p.x} cy={p.y} r={days.length > 45 ? 2 : 3.5} fill={s.color}>
                <title>
                  {s.category}, {dayLabel(p.day)}: {percent(p.rate)} ({p.granted} of {p.total})
                </title>
              </circle>
            ))}
          </g>
        ))}
      </svg>
      <figcaption>
        <ul class="legend">
          {m.series.map((s) => (
            <li key={s.category}>
              <svg viewBox="0 0 12 12" aria-hidden="true" class="swatch">
                <rect width="12" height="12" rx="3" fill={s.color} />
              </svg>
              {s.category} <strong>{percent(s.rate)}</strong>
            </li>
          ))}
          <li class="muted">bars: receipts per day · essential is always on</li>
        </ul>
      </figcaption>
      <details>
        <summary>Show as a table</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Receipts</th>
              {m.series.map((s) => (
                <th key={s.category} scope="col">
                  {s.category}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {stats.map((day) => (
              <tr key={day.day}>
                <th scope="row">{day.day}</th>
                <td>{day.receipts}</td>
                {m.series.map((s) => {
                  const c = day.categories[s.category]
                  return (
                    <td key={s.category}>
                      {c ? `${percent(c.optInRate)} (${c.granted}/${c.total})` : '–'}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}
