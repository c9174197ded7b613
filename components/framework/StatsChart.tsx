import type { StatSeries } from '../../data/compare';
import { formatCount } from './labels';

const WIDTH = 360;
const LABEL_WIDTH = 110;
const VALUE_WIDTH = 52;
const BAR_HEIGHT = 14;
const GAP = 6;

/**
 * Small horizontal bar charts of the compared entries' figures, drawn as
 * inline SVG elements from the data (no markup strings). Each chart is an
 * image whose accessible name reads out every value; the table beside it
 * carries the sources and dates.
 */
export function StatsChart({ series }: { series: StatSeries[] }) {
  if (series.length === 0) return null;
  return (
    <div class="sp-charts">
      {series.map((one) => {
        const height = one.bars.length * (BAR_HEIGHT + GAP);
        const span = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        const summary = one.bars.map((bar) => `${bar.name} ${bar.value.toLocaleString('en')}`).join(', ');
        return (
          <figure key={one.metric} class="sp-chart">
            <figcaption>{one.label}</figcaption>
            <svg
              role="img"
              aria-label={`${one.label}: ${summary}`}
              viewBox={`0 0 ${WIDTH} ${height}`}
              width={WIDTH}
              height={height}
            >
              {one.bars.map((bar, index) => {
                const y = index * (BAR_HEIGHT + GAP);
                const length = one.max > 0 ? Math.max(2, (bar.value / one.max) * span) : 2;
                return (
                  <g key={bar.id} class={`sp-bar sp-bar-${index}`}>
                    <text x={0} y={y + BAR_HEIGHT - 3} class="sp-bar-label">
                      {bar.name}
                    </text>
                    <rect x={LABEL_WIDTH} y={y} width={length} height={BAR_HEIGHT} rx={3} />
                    <text x={LABEL_WIDTH + length + 4} y={y + BAR_HEIGHT - 3} class="sp-bar-value">
                      {formatCount(bar.value)}
                    </text>
                  </g>
                );
              })}
            </svg>
          </figure>
        );
      })}
    </div>
  );
}
