import type { KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { formatDate } from '../../i18n/dates.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { localized, useMessages } from '../../i18n/messages.ts';
import type { SearchHit } from './document.ts';
import type { HitGroup } from './groups.ts';
import { searchMessages } from './messages.ts';
import { Snippet } from './Snippet.tsx';

/**
 * ↑ and ↓ move between the standards' links; ↑ on the first, or Escape, goes back to the search box
 * (`#search-input`).
 */
export function moveFocus(event: KeyboardEvent<HTMLElement>, container: HTMLElement | null): void {
  if (event.key === 'Escape' && event.target !== document.getElementById('search-input')) {
    document.getElementById('search-input')?.focus();
    return;
  }
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...(container?.querySelectorAll<HTMLElement>('[data-result]') ?? [])];
  if (links.length === 0) return;
  const at = links.indexOf(document.activeElement as HTMLElement);
  const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
  event.preventDefault();
  if (next < 0) document.getElementById('search-input')?.focus();
  else links[Math.min(next, links.length - 1)]?.focus();
}

/** The standard's title in the reader's language, with its matches marked when the title matched. */
function GroupTitle({ group, shownField }: { group: HitGroup; shownField: string }) {
  const { lang } = useLanguage();
  const snippet = group.standardSnippet;
  if (snippet?.field === shownField) return <Snippet snippet={snippet} />;
  return <>{localized(group.title, lang)}</>;
}

function HitLine({ hit }: { hit: SearchHit }) {
  const t = useMessages(searchMessages);
  // A version matched by its designation shows it once, marked.
  const byDesignation = hit.snippet.field === 'DESIGNATION';
  return (
    <li>
      <span className="hit-where">
        {byDesignation ? <Snippet snippet={hit.snippet} /> : hit.version?.designation}
        {hit.clause && ` · ${t('clause', { number: hit.clause.number })}`}
      </span>
      {hit.status && (
        <>
          {' '}
          <StatusBadge status={hit.status} />
        </>
      )}
      {!byDesignation && (
        <>
          {' '}
          <Snippet snippet={hit.snippet} />
        </>
      )}
    </li>
  );
}

export function ResultGroup({ group, on }: { group: HitGroup; on: string }) {
  const t = useMessages(searchMessages);
  const { lang } = useLanguage();
  const snippet = group.standardSnippet;
  const shownField = lang === 'zh' && group.title.zh ? 'TITLE_ZH' : 'TITLE_EN';
  // A match in the title not shown (the English one on a Chinese page) is shown below the title.
  const matchedElsewhere = snippet && snippet.field !== 'DESIGNATION' && snippet.field !== shownField;
  return (
    <li className="result-group">
      <h2>
        <Link data-result to={paths.standard(group.designation)}>
          {snippet?.field === 'DESIGNATION' ? <Snippet snippet={snippet} /> : group.designation}
        </Link>
      </h2>
      <p className="result-title">
        <GroupTitle group={group} shownField={shownField} />
      </p>
      {matchedElsewhere && (
        <p className="result-matched">
          <Snippet snippet={snippet} />
        </p>
      )}
      {group.applying !== undefined && (
        <p className="applies">
          {group.applying ? (
            <>
              {t('applies', { date: formatDate(on, lang) })}{' '}
              <Link to={paths.standard(group.designation)}>{group.applying.designation}</Link>{' '}
              <StatusBadge status={group.applying.status} />
            </>
          ) : (
            t('appliesNone', { date: formatDate(on, lang) })
          )}
        </p>
      )}
      {group.replacedBy.length > 0 && (
        <p className="replaced-by">
          {t('replacedBy')}{' '}
          {group.replacedBy.map((r, index) => (
            <span key={r.designation}>
              {index > 0 && ', '}
              <Link to={paths.standard(r.standard)}>{r.designation}</Link> <StatusBadge status={r.status} />
            </span>
          ))}
        </p>
      )}
      {group.hits.length > 0 && (
        <ul className="hits">
          {group.hits.map((hit) => (
            <HitLine key={`${hit.kind}:${hit.version?.designation}:${hit.clause?.number ?? ''}`} hit={hit} />
          ))}
        </ul>
      )}
    </li>
  );
}
