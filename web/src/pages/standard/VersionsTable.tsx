import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { useMessages } from '../../i18n/messages.ts';
import { DateText } from './DateText.tsx';
import { standardMessages } from './messages.ts';
import {
  type ApplicabilityScope,
  groupedVersions,
  rowId,
  standardLink,
  type VersionData,
  type VersionStatus,
} from './model.ts';
import { StatusBadge } from './StatusBadge.tsx';

interface Props {
  designation: string;
  versions: readonly VersionData[];
  /** Each version's status on the date asked about (from the API); absent while it loads. */
  statuses: ReadonlyMap<string, VersionStatus>;
  on: string;
  scope: ApplicabilityScope;
  caption: string;
}

/** Every version with its dates, its status on the date, and what it replaces: the timeline's text equivalent. */
export function VersionsTable({ designation, versions, statuses, on, scope, caption }: Props) {
  const t = useMessages(standardMessages);
  const related = (list: readonly { designation: string; standard: { designation: string } }[]): ReactNode[] =>
    list.map((other, i) => (
      <Fragment key={other.designation}>
        {i > 0 && ', '}
        {other.standard.designation === designation ? (
          <a href={`#${rowId(other.designation)}`}>{other.designation}</a>
        ) : (
          <Link to={standardLink(other.standard.designation, on, scope)}>{other.designation}</Link>
        )}
      </Fragment>
    ));
  const withList = (key: 'replaces' | 'replacedBy', list: ReactNode[]) => {
    const [before, after] = t(key, { list: '\u0000' }).split('\u0000');
    return (
      <span>
        {before}
        {list}
        {after}
      </span>
    );
  };

  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolled region must be reachable by keyboard to scroll it.
    <section className="table-scroll" tabIndex={0} aria-label={caption}>
      <table className="versions">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colVersion')}</th>
            <th scope="col">{t('colType')}</th>
            <th scope="col">{t('colPublished')}</th>
            <th scope="col">{t('colEffective')}</th>
            <th scope="col">{t('colNewTypes')}</th>
            <th scope="col">{t('colExistingTypes')}</th>
            <th scope="col">{t('colWithdrawn')}</th>
            <th scope="col">{t('colStatus')}</th>
            <th scope="col">{t('colRelations')}</th>
          </tr>
        </thead>
        <tbody>
          {groupedVersions(versions).map(({ version: v, isModification }) => {
            const status = statuses.get(v.designation);
            const previous = v.replaces.filter((p) => p.standard.designation === designation);
            return (
              <tr key={v.id} id={rowId(v.designation)} className={isModification ? 'modification' : undefined}>
                <th scope="row">{v.designation}</th>
                <td data-label={t('colType')}>
                  <div>
                    {t(`type_${v.type}`)}
                    {v.base && <div className="muted">{t('modifies', { base: v.base.designation })}</div>}
                  </div>
                </td>
                <td data-label={t('colPublished')} className={v.published ? undefined : 'empty'}>
                  <DateText date={v.published} />
                </td>
                <td data-label={t('colEffective')}>
                  {v.effective ? <DateText date={v.effective} /> : <span className="muted">{t('onPublication')}</span>}
                </td>
                <td data-label={t('colNewTypes')} className={v.mandatoryNewTypes ? undefined : 'empty'}>
                  <DateText date={v.mandatoryNewTypes} />
                </td>
                <td data-label={t('colExistingTypes')} className={v.mandatoryExistingTypes ? undefined : 'empty'}>
                  <DateText date={v.mandatoryExistingTypes} />
                </td>
                <td data-label={t('colWithdrawn')} className={v.withdrawn ? undefined : 'empty'}>
                  <DateText date={v.withdrawn} />
                </td>
                <td data-label={t('colStatus')}>{status ? <StatusBadge status={status} /> : null}</td>
                <td
                  data-label={t('colRelations')}
                  className={v.replaces.length + v.replacedBy.length > 0 ? 'relations' : 'relations empty'}
                >
                  <div>
                    {v.replaces.length > 0 && <div>{withList('replaces', related(v.replaces))}</div>}
                    {v.replacedBy.length > 0 && <div>{withList('replacedBy', related(v.replacedBy))}</div>}
                    {previous.map((p) => (
                      <div key={p.designation}>
                        <Link to={paths.compare(p.designation, v.designation)}>
                          {t('compare', { from: p.designation })}
                        </Link>
                      </div>
                    ))}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
