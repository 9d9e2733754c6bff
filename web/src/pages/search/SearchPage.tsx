import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '../../api/useQuery.ts';
import { paths } from '../../app/paths.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { graphql } from '../../gql/index.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { localized, useMessages } from '../../i18n/messages.ts';
import { searchMessages } from './messages.ts';

const SearchDocument = graphql(`
  query WebSearch($query: String!) {
    search(query: $query, first: 20) {
      totalCount
      edges {
        cursor
        node {
          kind
          standard {
            designation
            title {
              en
              zh
            }
          }
          version {
            designation
          }
        }
      }
    }
  }
`);

export default function SearchPage() {
  const t = useMessages(searchMessages);
  const { lang } = useLanguage();
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const inputId = useId();
  usePageTitle(query ? query : t('title'));
  const trimmed = query.trim();
  const { data, error, refetch } = useQuery(SearchDocument, { query: trimmed }, { skip: trimmed === '' });

  return (
    <section>
      <h1>{t('title')}</h1>
      <search>
        <form onSubmit={(event) => event.preventDefault()}>
          <label htmlFor={inputId}>{t('label')}</label>
          <input
            id={inputId}
            type="search"
            value={query}
            placeholder={t('placeholder')}
            autoComplete="off"
            onChange={(event) => {
              const next = new URLSearchParams(params);
              if (event.target.value) next.set('q', event.target.value);
              else next.delete('q');
              setParams(next, { replace: true });
            }}
          />
        </form>
      </search>
      {error && <ErrorMessage error={error} onRetry={refetch} />}
      {trimmed !== '' && data && (
        <div aria-live="polite">
          <p>
            {data.search.totalCount === 0
              ? t('noResults', { query: trimmed })
              : t('results', { count: data.search.totalCount })}
          </p>
          <ul className="results">
            {data.search.edges.map(({ node, cursor }) => (
              <li key={cursor}>
                <Link to={paths.standard(node.standard.designation)}>{node.standard.designation}</Link>{' '}
                {localized(node.standard.title, lang)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
