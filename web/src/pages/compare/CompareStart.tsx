import { useEffect, useId, useState } from 'react';
import { useQuery } from '../../api/useQuery.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { graphql } from '../../gql/index.ts';
import { useMessages } from '../../i18n/messages.ts';
import { defaultPair, inPublishedOrder } from './compareModel.ts';
import { compareMessages } from './messages.ts';

const StartDocument = graphql(`
  query WebCompareStart($designation: String!) {
    version(designation: $designation) {
      designation
      standard {
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
    standard(designation: $designation) {
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
`);

type Versions = { edges: { node: { designation: string; published?: string | null } }[] };
const ordered = (versions: Versions) => inPublishedOrder(versions.edges.map((e) => e.node)).map((v) => v.designation);

/**
 * The start of a comparison: a standard or a version named (typed here, or `standard`/`from`/`to` in
 * the URL) chooses the pair to compare, which is then written into the URL.
 */
export function CompareStart({
  designation,
  onChosen,
}: {
  designation: string;
  onChosen(updates: Record<string, string | null>, replace?: boolean): void;
}) {
  const t = useMessages(compareMessages);
  const inputId = useId();
  const hintId = useId();
  const [typed, setTyped] = useState(designation);
  const { data, error, loading, refetch } = useQuery(StartDocument, { designation }, { skip: designation === '' });
  const answered = designation !== '' && !loading ? data : undefined;
  const versions = answered?.version
    ? ordered(answered.version.standard.versions)
    : answered?.standard
      ? ordered(answered.standard.versions)
      : [];
  const pair = defaultPair(versions, answered?.version?.designation);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the pair's value decides; `onChosen` changes every render.
  useEffect(() => {
    if (pair) onChosen({ from: pair.from, to: pair.to, standard: null }, true);
  }, [pair?.from, pair?.to]);

  return (
    <section className="compare">
      <h1>{t('title')}</h1>
      <form
        className="compare-start"
        onSubmit={(event) => {
          event.preventDefault();
          onChosen({ standard: typed.trim() || null, from: null, to: null });
        }}
      >
        <label htmlFor={inputId}>{t('startLabel')}</label>
        <input
          id={inputId}
          aria-describedby={hintId}
          value={typed}
          autoComplete="off"
          onChange={(event) => setTyped(event.target.value)}
        />
        <button type="submit">{t('startSubmit')}</button>
        <p id={hintId} className="hint">
          {t('startHint')}
        </p>
      </form>
      {error && <ErrorMessage error={error} onRetry={refetch} />}
      {designation !== '' && loading && <Loading />}
      {answered && !answered.version && !answered.standard && <p role="alert">{t('notFound', { designation })}</p>}
      {answered && (answered.version || answered.standard) && !pair && (
        <p role="alert">{t('onlyOneVersion', { designation })}</p>
      )}
    </section>
  );
}
