import { useId } from 'react';
import type { CommentType } from '../../gql/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { labels } from './labels.ts';
import { draftMessages } from './messages.ts';

const TYPES: CommentType[] = ['GENERAL', 'TECHNICAL', 'EDITORIAL'];

/** What the comment template asks of a comment, as typed (trimmed when sent). */
export interface CommentValues {
  type: CommentType;
  comment: string;
  proposedChange: string;
}

/** The template's fields for a new comment and for editing one: type, comment, proposed change. */
export function CommentFields({ values, onChange }: { values: CommentValues; onChange(values: CommentValues): void }) {
  const t = useMessages(draftMessages);
  const label = useMessages(labels);
  const id = useId();
  return (
    <>
      <label htmlFor={`${id}-type`}>{t('commentType')}</label>
      <select
        id={`${id}-type`}
        value={values.type}
        onChange={(event) => onChange({ ...values, type: event.target.value as CommentType })}
      >
        {TYPES.map((option) => (
          <option key={option} value={option}>
            {label(option)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-comment`}>{t('comment')}</label>
      <textarea
        id={`${id}-comment`}
        required
        rows={3}
        value={values.comment}
        onChange={(event) => onChange({ ...values, comment: event.target.value })}
      />
      <label htmlFor={`${id}-change`}>{t('proposedChange')}</label>
      <textarea
        id={`${id}-change`}
        rows={2}
        value={values.proposedChange}
        onChange={(event) => onChange({ ...values, proposedChange: event.target.value })}
      />
    </>
  );
}
