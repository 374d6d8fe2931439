// A server-rendered horizontal bar chart. It is decoration for sighted
// readers: the SVG is aria-hidden and every chart sits beside a real table
// with the same numbers. A suppressed bar is drawn as an empty track with
// the "sample too small" text, never as a zero.

export interface Bar {
  key: string;
  label: string;
  /** 0–1 of the full track; null when the figure is suppressed. */
  fraction: number | null;
  /** The text after the bar: the formatted figure, or the suppression text. */
  valueText: string;
}

const ROW = 28;
const LABEL_WIDTH = 150;
const TRACK_WIDTH = 260;
const VALUE_WIDTH = 110;

export function BarChart({ bars, testId }: { bars: Bar[]; testId?: string }) {
  const width = LABEL_WIDTH + TRACK_WIDTH + VALUE_WIDTH;
  const height = bars.length * ROW + 4;
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      style={{ maxWidth: `${width}px` }}
      className="text-sm"
      data-testid={testId}
    >
      {bars.map((bar, i) => {
        const y = i * ROW + 2;
        const barWidth = bar.fraction === null ? 0 : Math.max(0, Math.min(1, bar.fraction)) * TRACK_WIDTH;
        return (
          <g key={bar.key}>
            <title>{`${bar.label}: ${bar.valueText}`}</title>
            <text x={LABEL_WIDTH - 8} y={y + ROW / 2 + 4} textAnchor="end" fontSize="12" fill="#374151">
              {bar.label}
            </text>
            <rect x={LABEL_WIDTH} y={y + 4} width={TRACK_WIDTH} height={ROW - 10} fill="#f3f4f6" rx="2" />
            {barWidth > 0 ? <rect x={LABEL_WIDTH} y={y + 4} width={barWidth} height={ROW - 10} fill="#0f766e" rx="2" /> : null}
            <text x={LABEL_WIDTH + TRACK_WIDTH + 8} y={y + ROW / 2 + 4} fontSize="12" fill={bar.fraction === null ? '#6b7280' : '#111827'}>
              {bar.valueText}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
