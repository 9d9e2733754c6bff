import { useEffect, useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from '../../api/useQuery.ts';
import { paths } from '../../app/paths.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { graphql } from '../../gql/index.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { SignInPrompt } from '../work/SignInPrompt.tsx';
import { ClauseEntry } from '../compare/ClauseEntry.tsx';
import { CompareControls } from '../compare/CompareControls.tsx';
import { CompareSummary } from '../compare/CompareSummary.tsx';
import { entriesOf, flatten } from '../compare/compareModel.ts';
import { compareMessages } from '../compare/messages.ts';
import { draftMessages } from './messages.ts';
import { defaultRevisionPair, revisionNumbers } from './RevisionPicker.tsx';
import { revisionMessages } from './revisionMessages.ts';
import { RevisionTreeDocument } from './revisionTree.ts';
import '../compare/compare.css';
import './workspace.css';

const RevisionCompareDocument = graphql(`
  query WebDraftCompare($id: ID!, $from: Int!, $to: Int!) {
    viewer {
      id
    }
    draft(id: $id) {
      id
      versionDesignation
      revisions(last: 1) {
        totalCount
      }
      compareRevisions(from: $from, to: $to) {
        unchangedCount
        from {
          number
        }
        to {
          id
          number
        }
        added {
          ...WebRevisionCompareClause
        }
        removed {
          ...WebRevisionCompareClause
        }
        changed {
          moved
          informativeChanged
          before {
            ...WebRevisionCompareClause
          }
          after {
            ...WebRevisionCompareClause
          }
          headingDiff {
            kind
            text
          }
          textDiff {
            kind
            text
          }
        }
      }
    }
  }
  fragment WebRevisionCompareClause on RevisionClause {
    number
    heading
    text
    informative
  }
`);

const revisionNumber = (value: string | null) => (value && /^\d+$/u.test(value) ? Number(value) : 0);

/**
 * `/drafts/<id>/compare?from=1&to=3&view=side|inline&only=changed`: two revisions of a draft clause by
 * clause, with the compare page's pieces; without `from` and `to`, the latest two.
 */
export default function RevisionComparePage() {
  const id = useParams().id ?? '';
  const t = useMessages(revisionMessages);
  const tc = useMessages(compareMessages);
  const td = useMessages(draftMessages);
  const { lang } = useLanguage();
  const [params, setParams] = useSearchParams();
  const from = revisionNumber(params.get('from'));
  const to = revisionNumber(params.get('to'));
  const view = params.get('view') === 'inline' ? 'inline' : 'side';
  const onlyChanged = params.get('only') === 'changed';
  const { data, error, loading, refetch } = useQuery(RevisionCompareDocument, { id, from, to });
  const draft = data?.draft;
  const numbers = revisionNumbers(draft?.revisions.totalCount ?? 0);
  usePageTitle(draft ? t('title', { designation: draft.versionDesignation, from, to }) : td('notFound'));

  // The address as it is now, not as this render saw it (see the compare page).
  const change = (updates: Record<string, string | null>, replace = false) => {
    const next = new URLSearchParams(window.location.search);
    for (const [name, value] of Object.entries(updates)) {
      if (value === null) next.delete(name);
      else next.set(name, value);
    }
    setParams(next, { replace });
  };
  const pair = defaultRevisionPair(numbers);
  const unchosen = !params.get('from') && !params.get('to');
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a missing pair is filled in, once.
  useEffect(() => {
    if (unchosen && pair) change({ from: String(pair.from), to: String(pair.to) }, true);
  }, [unchosen, pair?.from, pair?.to]);

  const answered = data?.draft?.compareRevisions;
  // An answer for the pair asked before stays in `data` until the new one arrives: not shown as this pair.
  const current = !answered || (answered.from.number === from && answered.to.number === to);
  const compared = current ? answered : undefined;
  // The later revision's whole tree (its unchanged clauses too) comes on its own: nested in the
  // comparison, 12 levels of clauses would pass the API's depth limit.
  const tree = useQuery(RevisionTreeDocument, { id: compared?.to.id ?? '' }, { skip: !compared });
  const node = tree.data?.node;
  // Only the tree of the revision compared now (a new pair's tree may still be on its way).
  const later = node?.__typename === 'DraftRevision' && node.id === compared?.to.id ? node.clauses : null;
  const comparison = later ? compared : undefined;
  const entries = useMemo(
    () => (comparison && later ? entriesOf(comparison, flatten(later)) : []),
    [comparison, later],
  );
  const shown = onlyChanged ? entries.filter((entry) => entry.kind !== 'unchanged') : entries;

  if (error && !data) return <ErrorMessage error={error} onRetry={refetch} />;
  if (!data) return <Loading />;
  if (!data.viewer) return <SignInPrompt next={`${paths.draft(id)}/compare`} />;
  if (!draft) return <p className="workspace">{td('notFound')}</p>;
  const revisionLabel = (n: string | number) => t('revisionN', { n });
  return (
    <section className="compare workspace revision-compare">
      <p>
        <Link to={{ pathname: paths.draft(id), search: `?lang=${lang}` }}>
          <span aria-hidden="true">← </span>
          {t('backToDraft', { designation: draft.versionDesignation })}
        </Link>
      </p>
      <h1>
        <span className="designation">{draft.versionDesignation}</span> {t('heading', { from, to })}
      </h1>
      {error && <ErrorMessage error={error} onRetry={refetch} />}
      {tree.error && <ErrorMessage error={tree.error} onRetry={tree.refetch} />}
      {pair === null && <p>{t('onlyOne')}</p>}
      {pair && !answered && !loading && !unchosen && <p role="alert">{t('missing', { from, to })}</p>}
      {pair && (
        <CompareControls
          from={String(from || pair.from)}
          to={String(to || pair.to)}
          versions={numbers.map(String)}
          view={view}
          onlyChanged={onlyChanged}
          onChange={change}
          label={revisionLabel}
          names={{ legend: t('pickLegend'), from: t('fromRevision'), to: t('toRevision') }}
        />
      )}
      {((compared && !later && !tree.error) || !current) && <Loading />}
      {comparison && (
        <>
          <CompareSummary entries={entries} />
          <h2>{tc('clauses')}</h2>
          <p className="compare-legend">{tc('legend')}</p>
          {shown.length === 0 ? (
            <p>{t('same')}</p>
          ) : (
            <ol className={`clause-list clause-list-${view}`}>
              {shown.map((entry) => (
                <ClauseEntry
                  key={`${entry.kind}-${entry.number}`}
                  entry={entry}
                  view={view}
                  labels={{ before: revisionLabel(from), after: revisionLabel(to) }}
                  absent={t('absent')}
                />
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
