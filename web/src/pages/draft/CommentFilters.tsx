import { useId } from 'react';
import type { CommentType, ThreadStatus } from '../../gql/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { commentMessages } from './commentMessages.ts';
import { type CommentFilter, matches, STATUSES, TYPES } from './commentFilter.ts';
import { labels } from './labels.ts';

interface Thread {
  type: CommentType;
  status: ThreadStatus;
}

/**
 * Type and status filters over the revision's threads, each choice with how many threads it would show
 * (given the other filter), and how many are shown of all.
 */
export function CommentFilters(props: {
  threads: Thread[];
  filter: CommentFilter;
  onChange(filter: CommentFilter): void;
}) {
  const t = useMessages(commentMessages);
  const label = useMessages(labels);
  const id = useId();
  const { threads, filter } = props;
  const count = (f: CommentFilter) => threads.filter((thread) => matches(f, thread)).length;
  const shown = count(filter);
  const filtered = filter.type !== null || filter.status !== null;
  return (
    <div className="comment-filters">
      {threads.length > 0 && (
        <fieldset>
          <legend>{t('filters')}</legend>
          <span className="filter-field">
            <label htmlFor={`${id}-type`}>{t('type')}</label>
            <select
              id={`${id}-type`}
              value={filter.type ?? ''}
              onChange={(event) =>
                props.onChange({ ...filter, type: (event.target.value || null) as CommentType | null })
              }
            >
              <option value="">{t('all', { n: count({ ...filter, type: null }) })}</option>
              {TYPES.map((type) => (
                <option key={type} value={type}>
                  {t('option', { label: label(type), n: count({ ...filter, type }) })}
                </option>
              ))}
            </select>
          </span>
          <span className="filter-field">
            <label htmlFor={`${id}-status`}>{t('status')}</label>
            <select
              id={`${id}-status`}
              value={filter.status ?? ''}
              onChange={(event) =>
                props.onChange({ ...filter, status: (event.target.value || null) as ThreadStatus | null })
              }
            >
              <option value="">{t('all', { n: count({ ...filter, status: null }) })}</option>
              {STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t('option', { label: label(status), n: count({ ...filter, status }) })}
                </option>
              ))}
            </select>
          </span>
        </fieldset>
      )}
      <p className="comment-count" aria-live="polite">
        {threads.length === 0
          ? t('noComments')
          : shown === 0
            ? t('none')
            : t('showing', { shown, total: threads.length })}{' '}
        {filtered && (
          <button type="button" className="link-button" onClick={() => props.onChange({ type: null, status: null })}>
            {t('clear')}
          </button>
        )}
      </p>
    </div>
  );
}
