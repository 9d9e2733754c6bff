import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { formatDate } from '../../i18n/dates.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { standardMessages } from './messages.ts';
import { GEOMETRY, layoutTimeline, type Mark, type Row, type Scope, type TimelineVersion } from './timeline-layout.ts';
import { TimelineLegend } from './TimelineLegend.tsx';

/** The name of the performance mark set when the timeline is first drawn (read by the benchmark). */
export const TIMELINE_DRAWN_MARK = 'standard-timeline-drawn';

interface Props {
  designation: string;
  versions: TimelineVersion[];
  scope: Scope;
  on: string;
  today: string;
}

/** The versions over time as an SVG picture, with a text description and a legend. */
export function Timeline({ designation, versions, scope, on, today }: Props) {
  const t = useMessages(standardMessages);
  const { lang } = useLanguage();
  const box = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(0);
  const titleId = useId();
  const descId = useId();

  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const layout = useMemo(
    () => (width > 0 ? layoutTimeline({ versions, scope, on, today, width }) : null),
    [versions, scope, on, today, width],
  );
  // On a narrow screen the picture scrolls: keep the chosen date in view.
  useLayoutEffect(() => {
    const element = box.current;
    if (element && layout && layout.width > element.clientWidth) {
      element.scrollLeft = Math.max(0, layout.onX - element.clientWidth / 2);
    }
  }, [layout]);
  useEffect(() => {
    if (layout && performance.getEntriesByName(TIMELINE_DRAWN_MARK).length === 0) {
      performance.mark(TIMELINE_DRAWN_MARK);
    }
  }, [layout]);

  const date = (iso: string) => formatDate(iso, lang);
  const describe = (row: Row) => {
    if (row.undated) return t('timelineUndated', { designation: row.designation });
    const spans = row.segments.map((s) => {
      const key = {
        inForce: 'descInForce',
        transition: 'descTransition',
        undecided: 'descUndecided',
        pending: 'descPending',
      }[s.kind] as 'descInForce';
      return t(key, { from: date(s.from), to: s.to ? date(s.to) : t('descOpen') });
    });
    return t('timelineDesc', { designation: row.designation, spans: spans.join(lang === 'zh' ? '，' : ', ') });
  };

  return (
    <figure className="timeline">
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the picture scrolls on a phone; so must the keyboard. */}
      <section className="timeline-scroll" ref={box} tabIndex={0} aria-label={t('timeline')}>
        {layout && (
          <svg
            role="img"
            aria-labelledby={`${titleId} ${descId}`}
            width={layout.width}
            height={layout.height}
            viewBox={`0 0 ${layout.width} ${layout.height}`}
            data-drawn="true"
          >
            <title id={titleId}>{t('timelineTitle', { designation, scope: t(`scope_${scope}`) })}</title>
            <desc id={descId}>{layout.rows.map(describe).join(' ')}</desc>
            <Patterns />
            {layout.ticks.map((tick) => (
              <g key={tick.year} className="tl-tick">
                <line x1={tick.x} x2={tick.x} y1={GEOMETRY.axisHeight - 6} y2={layout.height - GEOMETRY.padding} />
                <text x={tick.x + 3} y={16}>
                  {tick.year}
                </text>
              </g>
            ))}
            {layout.rows.map((row) => (
              <TimelineRow key={row.designation} row={row} undatedText={t('undatedRow')} />
            ))}
            {Math.abs(layout.todayX - layout.onX) > 1 && (
              <line className="tl-today" x1={layout.todayX} x2={layout.todayX} y1={20} y2={layout.height - 16} />
            )}
            <line className="tl-on" x1={layout.onX} x2={layout.onX} y1={20} y2={layout.height - 16} />
            <LineLabel className="tl-on-label" x={layout.onX} width={layout.width} y={layout.height - 4}>
              {date(on)}
            </LineLabel>
            {Math.abs(layout.todayX - layout.onX) > 110 && (
              <LineLabel className="tl-today-label" x={layout.todayX} width={layout.width} y={layout.height - 4}>
                {t('legendToday')}
              </LineLabel>
            )}
          </svg>
        )}
      </section>
      <TimelineLegend />
    </figure>
  );
}

/** A line's label under the rows, kept inside the picture at either edge. */
function LineLabel(props: { className: string; x: number; width: number; y: number; children: string }) {
  const { x, width } = props;
  const anchor = x < 60 ? 'start' : x > width - 60 ? 'end' : 'middle';
  return (
    <text className={props.className} x={x} y={props.y} textAnchor={anchor}>
      {props.children}
    </text>
  );
}

function TimelineRow({ row, undatedText }: { row: Row; undatedText: string }) {
  const { barOffset, barHeight, padding } = GEOMETRY;
  const top = row.y + barOffset;
  return (
    <g className="tl-row">
      <text className="tl-label" x={padding} y={row.y + 14}>
        {row.designation}
        {row.undated ? ` — ${undatedText}` : ''}
      </text>
      {row.segments.map((s) => (
        <g key={`${s.kind}-${s.x}`}>
          <rect className={`tl-${s.kind}`} x={s.x} y={top} width={s.width} height={barHeight} />
          {s.open && (
            <path
              className="tl-arrow"
              d={`M${s.x + s.width - 1},${top - 3} l8,${barHeight / 2 + 3} l-8,${barHeight / 2 + 3}z`}
            />
          )}
        </g>
      ))}
      {row.replacedElsewhere && (
        <text className="tl-replaced" x={row.replacedElsewhere.x + 6} y={top + barHeight - 3}>
          → {row.replacedElsewhere.designations.join(', ')}
        </text>
      )}
      {row.marks.map((mark) => (
        <TimelineMark key={`${mark.kind}-${mark.date}-${mark.label ?? ''}`} mark={mark} top={top} />
      ))}
    </g>
  );
}

function TimelineMark({ mark, top }: { mark: Mark; top: number }) {
  const { barHeight } = GEOMETRY;
  const x = mark.x + mark.width / 2;
  const tip = <title>{mark.label ?? mark.date}</title>;
  switch (mark.kind) {
    case 'cutoffNew':
      return (
        <path className="tl-cutoff-new" d={`M${x - 6},${top - 9} h12 l-6,8z`}>
          {tip}
        </path>
      );
    case 'cutoffExisting':
      return (
        <path className="tl-cutoff-existing" d={`M${x - 6},${top - 9} h12 l-6,8z`}>
          {tip}
        </path>
      );
    case 'withdrawn':
      return (
        <path
          className="tl-withdrawn"
          d={`M${x - 5},${top - 2} l10,${barHeight + 4} M${x + 5},${top - 2} l-10,${barHeight + 4}`}
        >
          {tip}
        </path>
      );
    default:
      return (
        <g>
          <path className="tl-modification" d={`M${x},${top + barHeight - 1} l5,6 l-5,6 l-5,-6z`}>
            {tip}
          </path>
          <text className="tl-mod-label" x={x} y={top + barHeight + 22} textAnchor="middle">
            {mark.short}
          </text>
        </g>
      );
  }
}

/** Stripes for the transition, cross-hatching for undecided spans: readable in grey print too. */
function Patterns() {
  return (
    <defs>
      <pattern id="tl-stripes" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill="#f2cc60" />
        <line x1="0" y1="0" x2="0" y2="6" stroke="#9a6700" strokeWidth="3" />
      </pattern>
      <pattern id="tl-hatch" width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#ffffff" />
        <path d="M0,6 L6,0 M0,0 L6,6" stroke="#8250df" strokeWidth="1.2" />
      </pattern>
    </defs>
  );
}
