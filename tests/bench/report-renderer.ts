/** The whole-renderer tables of the bench's report. */
import { LOAD_WINDOW_MS, type RendererCost } from './renderer-cost';
import { rendererFigures, startupFigures } from './renderer-figures';
import { table } from './text-table';

const short = (page: string) => page.replace(/^.*\//, '').replace(/\.html$/, '');
const figure = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? '–' : String(value));

export function rendererTables(rows: RendererCost[], peerAliases: number, startup: RendererCost | undefined): string[] {
  const first = rows[0];
  if (!first) return [];
  const out: string[] = [];
  out.push(
    table(
      `Whole renderer at load: main-thread time (thread ticks) from navigation to ${LOAD_WINDOW_MS / 1000} s after the load event, median of ${first.runs} loads; "+" = added to the page alone (median of same-run differences); mark.js marks the catalog's ${peerAliases} aliases in the body; min. CS = a content script that only reads the settings`,
      [
        'page',
        'alone ms',
        '+Stackpeek ms',
        'script',
        'style',
        'layout',
        'pre-paint',
        'paint',
        '+mark.js ms',
        '+min. CS ms',
        'Stackpeek / mark.js',
        'unfinished',
      ],
      rows.map((row) => {
        const added = row.variants.stackpeek?.addedAtLoad;
        const figures = rendererFigures(row);
        const unfinished = Object.values(row.variants).reduce((sum, variant) => sum + (variant?.unfinished ?? 0), 0);
        return [
          short(row.page),
          figure(figures.aloneMs),
          figure(figures.stackpeekMs),
          figure(added?.scriptMs),
          figure(added?.styleMs),
          figure(added?.layoutMs),
          figure(added?.prePaintMs),
          figure(added?.paintMs),
          figure(figures.markJsMs),
          figure(figures.startupFloorMs),
          figure(figures.ratioToPeer),
          unfinished,
        ];
      }),
    ),
  );
  out.push(
    table(
      `Whole renderer while idle, marks in place: main-thread time per second over ${first.idleSeconds} s, median of ${first.idleRuns} runs (within noise: ≤ 1 ms/s or 3 % of the page alone's)`,
      [
        'page',
        'frames/s alone',
        'alone ms/s',
        'alone runs',
        '+Stackpeek ms/s',
        'pre-paint',
        'paint',
        '+mark.js ms/s',
        'noise ms/s',
      ],
      rows.map((row) => {
        const figures = rendererFigures(row);
        const added = row.variants.stackpeek?.addedIdle;
        return [
          short(row.page),
          figure(row.variants.alone?.idle?.frames),
          figure(figures.idle?.aloneMsPerS),
          (row.variants.alone?.idleTaskRuns ?? []).join(' / '),
          figure(figures.idle?.stackpeekMsPerS),
          figure(added?.prePaintMs),
          figure(added?.paintMs),
          figure(figures.idle?.markJsMsPerS),
          figure(figures.idle?.noiseMsPerS),
        ];
      }),
    ),
  );
  if (startup) {
    const start = startupFigures(startup);
    const added = (variant: 'stackpeek' | 'startupFloor') => startup.variants[variant]?.addedAtLoad;
    out.push(
      table(
        `Fixed start-up as the renderer pays it: the start-up page (one sentence, nothing to mark), median of ${startup.runs} loads`,
        ['', 'page alone ms', '+Stackpeek ms', 'script', 'style', '+min. CS ms', 'script', 'style', 'ratio'],
        [
          [
            short(startup.page),
            figure(start.aloneMs),
            figure(start.stackpeekMs),
            figure(added('stackpeek')?.scriptMs),
            figure(added('stackpeek')?.styleMs),
            figure(start.startupFloorMs),
            figure(added('startupFloor')?.scriptMs),
            figure(added('startupFloor')?.styleMs),
            figure(start.ratio),
          ],
        ],
      ),
    );
  }
  return out;
}
