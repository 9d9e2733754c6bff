import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '../../api/useQuery.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { graphql } from '../../gql/index.ts';
import { useMessages } from '../../i18n/messages.ts';
import { ClauseEntry } from './ClauseEntry.tsx';
import { CompareControls } from './CompareControls.tsx';
import { CompareStart } from './CompareStart.tsx';
import { CompareSummary } from './CompareSummary.tsx';
import { entriesOf, flatten, inPublishedOrder } from './compareModel.ts';
import { compareMessages } from './messages.ts';
import './compare.css';

const CompareDocument = graphql(`
  query WebCompare($from: String!, $to: String!) {
    compareVersions(from: $from, to: $to) {
      textCompared
      unchangedCount
      from {
        designation
        standard {
          designation
          versions(first: 100) {
            edges {
              node {
                designation
                published
              }
            }
          }
        }
      }
      to {
        designation
        clauses {
          ...WebCompareClause
          children {
            ...WebCompareClause
            children {
              ...WebCompareClause
              children {
                ...WebCompareClause
                children {
                  ...WebCompareClause
                }
              }
            }
          }
        }
      }
      replacesChain {
        designation
      }
      added {
        ...WebCompareClause
      }
      removed {
        ...WebCompareClause
      }
      changed {
        moved
        informativeChanged
        before {
          ...WebCompareClause
        }
        after {
          ...WebCompareClause
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
  fragment WebCompareClause on Clause {
    number
    heading
    text
    informative
  }
`);

export type CompareView = 'side' | 'inline';

/** `/compare?from=&to=&view=side|inline&only=changed`: two versions clause by clause. */
export default function ComparePage() {
  const t = useMessages(compareMessages);
  const [params, setParams] = useSearchParams();
  const from = params.get('from')?.trim() ?? '';
  const to = params.get('to')?.trim() ?? '';
  const view: CompareView = params.get('view') === 'inline' ? 'inline' : 'side';
  const onlyChanged = params.get('only') === 'changed';
  const ready = from !== '' && to !== '';
  usePageTitle(ready ? t('titleOf', { from, to }) : t('title'));
  const { data, error, loading, refetch } = useQuery(CompareDocument, { from, to }, { skip: !ready });

  // From the address as it is now, not as this render saw it: a quick second choice (a swap just
  // after picking a version) builds on the first, whose navigation may not have rendered yet.
  const change = (updates: Record<string, string | null>, replace = false) => {
    const next = new URLSearchParams(window.location.search);
    for (const [name, value] of Object.entries(updates)) {
      if (value === null) next.delete(name);
      else next.set(name, value);
    }
    setParams(next, { replace });
  };

  const comparison = ready ? data?.compareVersions : undefined;
  const entries = useMemo(
    () => (comparison?.textCompared ? entriesOf(comparison, flatten(comparison.to.clauses)) : []),
    [comparison],
  );
  const shown = onlyChanged ? entries.filter((entry) => entry.kind !== 'unchanged') : entries;
  const versions = comparison
    ? inPublishedOrder(comparison.from.standard.versions.edges.map((edge) => edge.node)).map((v) => v.designation)
    : [];

  if (!ready)
    return <CompareStart designation={from || to || params.get('standard')?.trim() || ''} onChosen={change} />;
  return (
    <section className="compare">
      <h1>{t('heading', { from, to })}</h1>
      {error && <ErrorMessage error={error} onRetry={refetch} />}
      {!comparison && loading && <Loading />}
      {data && !data.compareVersions && !loading && <p role="alert">{t('comparisonNotFound', { from, to })}</p>}
      {comparison && (
        <>
          <CompareControls
            from={comparison.from.designation}
            to={comparison.to.designation}
            versions={versions}
            view={view}
            onlyChanged={onlyChanged}
            onChange={change}
          />
          <p className="compare-chain">
            <strong>{t('chain')}:</strong>{' '}
            {comparison.replacesChain.length
              ? comparison.replacesChain.map((v) => v.designation).join(' → ')
              : t('noChain')}
          </p>
          {comparison.textCompared ? (
            <>
              <CompareSummary entries={entries} />
              <h2>{t('clauses')}</h2>
              <p className="compare-legend">{t('legend')}</p>
              {shown.length === 0 ? (
                <p>{t('noDifference')}</p>
              ) : (
                <ol className={`clause-list clause-list-${view}`}>
                  {shown.map((entry) => (
                    <ClauseEntry
                      key={`${entry.kind}-${entry.number}`}
                      entry={entry}
                      view={view}
                      labels={{ before: comparison.from.designation, after: comparison.to.designation }}
                    />
                  ))}
                </ol>
              )}
            </>
          ) : (
            <p className="compare-no-text">{t('noText')}</p>
          )}
        </>
      )}
    </section>
  );
}
