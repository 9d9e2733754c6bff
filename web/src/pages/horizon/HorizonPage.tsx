import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDate, todayIso } from '../../i18n/dates.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { HorizonCalendar, HorizonList } from './HorizonChanges.tsx';
import { HorizonFilters } from './HorizonFilters.tsx';
import { apiFilter, feedHref, type HorizonState, pageParams, stateOf, windowProblem } from './horizonModel.ts';
import { horizonMessages } from './messages.ts';
import { useHorizonPages } from './useHorizonPages.ts';
import './horizon.css';

/** `/horizon?from=&to=&kinds=&vehicleCategories=&committee=&view=`: the dated changes of a window. */
export default function HorizonPage() {
  const t = useMessages(horizonMessages);
  const { lang } = useLanguage();
  const [params, setParams] = useSearchParams();
  const state = stateOf(params, todayIso());
  const problem = windowProblem(state);
  usePageTitle(t('title'));
  const pages = useHorizonPages(
    { from: state.from, to: state.to, filter: apiFilter(state), changes: state.changes.length ? state.changes : null },
    problem !== null,
  );
  // Applied to the address as it is now, not as this render saw it: a second quick click builds on
  // the first, whose navigation may not have rendered yet.
  const change = (update: (current: HorizonState) => HorizonState) =>
    setParams(pageParams(update(stateOf(new URLSearchParams(window.location.search), todayIso())), lang));
  const defaulted = !params.has('from') || !params.has('to');

  // The default window is written into the URL, so that the permalink names its days.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the URL lacks a window only.
  useEffect(() => {
    if (defaulted) setParams(pageParams(state, lang), { replace: true });
  }, [defaulted]);

  return (
    <section className="horizon">
      <h1>{t('title')}</h1>
      <p className="horizon-intro">{t('intro')}</p>
      <HorizonFilters state={state} onChange={change} />
      {problem && (
        <p className="error" role="alert">
          {t(problem)}
        </p>
      )}
      {!problem && (
        <>
          <div className="horizon-bar">
            <p aria-live="polite" className="horizon-total">
              {pages.total !== undefined &&
                t(pages.total === 1 ? 'totalOne' : 'total', {
                  n: pages.total,
                  from: formatDate(state.from, lang),
                  to: formatDate(state.to, lang),
                })}
            </p>
            <fieldset className="horizon-view">
              <legend>{t('view')}</legend>
              {(['list', 'calendar'] as const).map((view) => (
                <label key={view}>
                  <input
                    type="radio"
                    name="horizon-view"
                    value={view}
                    checked={state.view === view}
                    onChange={() => change((current) => ({ ...current, view }))}
                  />{' '}
                  {view === 'list' ? t('viewList') : t('viewCalendar')}
                </label>
              ))}
            </fieldset>
            <nav className="horizon-feeds" aria-label={t('feeds')}>
              <a href={feedHref('ics', state, lang)}>{t('ics')}</a>
              <a href={feedHref('csv', state, lang)} download>
                {t('csv')}
              </a>
            </nav>
          </div>
          {pages.error && <ErrorMessage error={pages.error} onRetry={pages.retry} />}
          {pages.total === 0 && !pages.loading && <p>{t('none')}</p>}
          {pages.edges.length > 0 &&
            (state.view === 'calendar' ? (
              <HorizonCalendar edges={pages.edges} from={state.from} to={state.to} />
            ) : (
              <HorizonList edges={pages.edges} />
            ))}
          {pages.loading && <Loading />}
          {pages.total !== undefined && pages.edges.length < pages.total && (
            <p className="horizon-more">
              {t('shown', { shown: pages.edges.length, total: pages.total })}{' '}
              {pages.hasNextPage && !pages.loading && (
                <button type="button" onClick={pages.more}>
                  {t('more')}
                </button>
              )}
            </p>
          )}
        </>
      )}
    </section>
  );
}
