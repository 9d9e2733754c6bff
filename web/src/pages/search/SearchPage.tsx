import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../app/paths.ts';
import { useQuery } from '../../api/useQuery.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { statusMessages } from '../../components/StatusBadge.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { todayIso } from '../../i18n/dates.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { ApplicabilityDocument, type Scope } from './document.ts';
import { download, searchCsv } from './exportCsv.ts';
import { type Applying, groupHits, standardsToAsk } from './groups.ts';
import { EXAMPLES, searchMessages } from './messages.ts';
import { moveFocus, ResultGroup } from './SearchResults.tsx';
import { useDebounced, useSearch } from './useSearch.ts';

/** Light: a fast typist's keystrokes within this share one request. */
const DEBOUNCE_MS = 40;
const DATE = /^\d{4}-\d{2}-\d{2}$/u;

/** The URL holds the search (`q`), the date (`on`, default today) and the scope (`scope`): a permalink. */
function useSearchUrl() {
  const [params, setParams] = useSearchParams();
  const set = (name: string, value: string | null) => {
    // From the address as it is now, not as rendered: another change (the language) may be newer.
    const next = new URLSearchParams(window.location.search);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const on = params.get('on') ?? '';
  return {
    query: params.get('q') ?? '',
    on: DATE.test(on) ? on : '',
    scope: (params.get('scope') === 'EXISTING_TYPES' ? 'EXISTING_TYPES' : 'NEW_TYPES') as Scope,
    set,
  };
}

/** Links to the server's exports, narrowed to the standards shown. */
function feedLink(path: string, designations: string[], extra: Record<string, string>): string {
  const params = new URLSearchParams(extra);
  for (const designation of designations) params.append('standards', designation);
  return `${path}?${params}`;
}

export default function SearchPage() {
  const t = useMessages(searchMessages);
  const { lang } = useLanguage();
  const url = useSearchUrl();
  const on = url.on || todayIso();
  // The box's own state changes in the keystroke's event (a controlled value waiting for the router's
  // update would put back the previous text and lose fast keystrokes); the URL follows it. The
  // router may commit the addresses written for earlier keystrokes after later ones: those (`written`)
  // are recognised and skipped; any other `q` (an example, Back) replaces the text.
  const [text, setText] = useState(url.query);
  const written = useRef<string[]>([]);
  useEffect(() => {
    const at = written.current.indexOf(url.query);
    if (at >= 0) written.current = written.current.slice(at + 1);
    else setText(url.query);
  }, [url.query]);
  usePageTitle(text || t('title'));
  const query = useDebounced(text.trim(), DEBOUNCE_MS);
  const search = useSearch({ query, on, scope: url.scope });
  const answeredOn = search.answered?.on ?? on;
  const answeredScope = search.answered?.scope ?? url.scope;
  const ids = useMemo(() => standardsToAsk(search.hits), [search.hits]);
  const asked = useQuery(
    ApplicabilityDocument,
    { ids, on: answeredOn, scope: answeredScope },
    { skip: ids.length === 0 || search.loading },
  );
  const applyingById = useMemo(() => {
    const map = new Map<string, Applying>();
    for (const node of asked.data?.nodes ?? []) {
      // Only answers for the date and scope of the shown hits.
      if (!node || !('applicability' in node)) continue;
      const { applicability } = node;
      if (applicability.on !== answeredOn || applicability.scope !== answeredScope) continue;
      const first = applicability.versions[0];
      map.set(node.id, first ? { designation: first.version.designation, status: first.status } : null);
    }
    return map;
  }, [asked.data, answeredOn, answeredScope]);
  const groups = useMemo(() => groupHits(search.hits, applyingById), [search.hits, applyingById]);
  const resultsRef = useRef<HTMLOListElement>(null);
  const answered = search.answered?.query ?? '';
  const designations = groups.map((g) => g.designation);

  const summary = () => {
    if (search.answered === undefined || (search.loading && search.hits.length === 0)) return t('searching');
    if (search.totalCount === 0) return t('noResults', { query: answered });
    const key = search.totalCount === 1 ? 'resultsOne' : groups.length === 1 ? 'resultsOneStandard' : 'results';
    const counted = t(key, { count: search.totalCount, standards: groups.length });
    return search.hasMore
      ? `${counted} (${t('resultsShown', { shown: search.hits.length, count: search.totalCount })})`
      : counted;
  };

  return (
    <section className="search-page">
      <h1>{t('title')}</h1>
      <search>
        <form className="search-form" onSubmit={(event) => event.preventDefault()}>
          <label htmlFor="search-input">{t('label')}</label>
          <input
            id="search-input"
            type="search"
            value={text}
            placeholder={t('placeholder')}
            autoComplete="off"
            spellCheck={false}
            // biome-ignore lint/a11y/noAutofocus: the page is a search box; typing is the first thing people do.
            autoFocus
            onChange={(event) => {
              setText(event.target.value);
              written.current.push(event.target.value);
              url.set('q', event.target.value);
            }}
            onKeyDown={(event) => event.key === 'ArrowDown' && moveFocus(event, resultsRef.current)}
          />
          <div className="search-options">
            <label>
              {t('on')}{' '}
              <input type="date" value={on} required onChange={(event) => url.set('on', event.target.value)} />
            </label>
            <label>
              {t('scope')}{' '}
              <select
                value={url.scope}
                onChange={(event) => url.set('scope', event.target.value === 'NEW_TYPES' ? null : event.target.value)}
              >
                <option value="NEW_TYPES">{t('scopeNew')}</option>
                <option value="EXISTING_TYPES">{t('scopeExisting')}</option>
              </select>
            </label>
          </div>
        </form>
      </search>

      {search.error && <ErrorMessage error={search.error} onRetry={search.retry} />}

      {text.trim() === '' ? (
        <div className="search-empty">
          <p>{t('examplesIntro')}</p>
          <h2>{t('examplesTitle')}</h2>
          <ul className="examples">
            {EXAMPLES.map((example) => (
              <li key={example}>
                <Link to={paths.search(example)}>{example}</Link>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <div className="search-results" data-query={answered} aria-busy={search.loading}>
          <p role="status" className="result-count">
            {summary()}
          </p>
          {groups.length > 0 && (
            <ol className="result-groups" ref={resultsRef} onKeyDown={(event) => moveFocus(event, resultsRef.current)}>
              {groups.map((group) => (
                <ResultGroup key={group.id} group={group} on={answeredOn} />
              ))}
            </ol>
          )}
          {search.hasMore && (
            <button type="button" className="more" onClick={search.loadMore} disabled={search.loading}>
              {t('more')}
            </button>
          )}
          {groups.length > 0 && (
            <nav className="exports" aria-label={t('exportTitle')}>
              <h2>{t('exportTitle')}</h2>
              <ul>
                <li>
                  <button
                    type="button"
                    onClick={() =>
                      download(
                        searchCsv(groups, { on: answeredOn, scope: answeredScope, lang, labels: statusMessages }),
                        'search-results.csv',
                        'text/csv;charset=utf-8',
                      )
                    }
                  >
                    {t('exportCsv')}
                  </button>
                </li>
                <li>
                  <a href={feedLink('/standards.csv', designations, { on, scope: url.scope, lang })} download>
                    {t('exportTable')}
                  </a>
                </li>
                <li>
                  <a href={feedLink('/export.json', designations, {})} download>
                    {t('exportJson')}
                  </a>
                </li>
              </ul>
            </nav>
          )}
        </div>
      )}
    </section>
  );
}
