import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { formatDate } from '../../i18n/dates.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { localized, useMessages } from '../../i18n/messages.ts';
import { groupByBlock, monthsOf } from './horizonModel.ts';
import { horizonMessages } from './messages.ts';
import type { HorizonEdge } from './useHorizonPages.ts';

type Change = HorizonEdge['node'];

/** A block's name: "April 2025", or "2023 (month not known)". */
function useBlockName() {
  const t = useMessages(horizonMessages);
  const { lang } = useLanguage();
  return (block: string) => {
    if (block.length === 4) return t('yearOnly', { year: block });
    const [y, m] = block.split('-').map(Number) as [number, number];
    return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
      year: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(y, m - 1, 1)));
  };
}

/** One change: its day, what happens (in words), the version linking to its standard's page. */
function ChangeItem({ change, compact }: { change: Change; compact?: boolean }) {
  const t = useMessages(horizonMessages);
  const { lang } = useLanguage();
  const precision =
    change.precision === 'MONTH' ? t('knownToMonth') : change.precision === 'YEAR' ? t('knownToYear') : null;
  const details = [
    change.scope ? t('forScope', { scope: t(change.scope) }) : null,
    change.ends.length ? t('ends', { versions: change.ends.map((v) => v.designation).join(', ') }) : null,
  ].filter(Boolean);
  return (
    <li className={`horizon-change horizon-${change.kind}`}>
      <time dateTime={change.date} className="horizon-date">
        {formatDate(change.date, lang)}
        {precision && <span className="horizon-precision"> ({precision})</span>}
      </time>{' '}
      <span className="horizon-kind">{t(change.kind)}</span>{' '}
      <Link to={paths.standard(change.version.standard.designation)}>{change.version.designation}</Link>
      {!compact && <span className="horizon-title"> {localized(change.version.title, lang)}</span>}
      {details.length > 0 && <span className="horizon-details"> — {details.join('; ')}</span>}
    </li>
  );
}

/** The changes month by month, as a list of the months that have some. */
export function HorizonList({ edges }: { edges: HorizonEdge[] }) {
  const name = useBlockName();
  return (
    <div className="horizon-list">
      {groupByBlock(edges.map((edge) => ({ ...edge.node, cursor: edge.cursor }))).map(([block, changes]) => (
        <section key={block} aria-labelledby={`list-${block}`}>
          <h3 id={`list-${block}`}>{name(block)}</h3>
          <ul>
            {changes.map((change) => (
              <ChangeItem key={change.cursor} change={change} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** Every month of the window as a block, with its changes (or "no changes"). */
export function HorizonCalendar({ edges, from, to }: { edges: HorizonEdge[]; from: string; to: string }) {
  const t = useMessages(horizonMessages);
  const name = useBlockName();
  const blocks = groupByBlock(
    edges.map((edge) => ({ ...edge.node, cursor: edge.cursor })),
    monthsOf(from, to),
  );
  return (
    <ol className="horizon-calendar">
      {blocks.map(([block, changes]) => (
        <li key={block} className={changes.length ? 'horizon-month' : 'horizon-month horizon-empty'}>
          <h3 id={`cal-${block}`}>
            {name(block)} <span className="horizon-count">({changes.length})</span>
          </h3>
          {changes.length ? (
            <ul aria-labelledby={`cal-${block}`}>
              {changes.map((change) => (
                <ChangeItem key={change.cursor} change={change} compact />
              ))}
            </ul>
          ) : (
            <p>{t('noChanges')}</p>
          )}
        </li>
      ))}
    </ol>
  );
}
