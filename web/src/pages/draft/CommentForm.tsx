import { type FormEvent, useId, useState } from 'react';
import type { CommentType } from '../../gql/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { ActionError } from './ActionError.tsx';
import { labels } from './labels.ts';
import { draftMessages } from './messages.ts';
import { CreateThreadDocument } from './queries.ts';
import { useAction } from './useAction.ts';

const TYPES: CommentType[] = ['GENERAL', 'TECHNICAL', 'EDITORIAL'];

/** The comment template's fields (type, comment, proposed change) for one clause, or a general comment. */
export function CommentForm(props: {
  revisionId: string;
  clauseNumber: string | null;
  onCancel(): void;
  onDone(): void;
}) {
  const t = useMessages(draftMessages);
  const label = useMessages(labels);
  const [type, setType] = useState<CommentType>('TECHNICAL');
  const [comment, setComment] = useState('');
  const [proposedChange, setProposedChange] = useState('');
  const create = useAction(CreateThreadDocument, props.onDone);
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void create.run({
      input: {
        revisionId: props.revisionId,
        clauseNumber: props.clauseNumber,
        type,
        comment: comment.trim(),
        proposedChange: proposedChange.trim() || null,
      },
    });
  };
  return (
    <form className="comment-form" onSubmit={submit}>
      <label htmlFor={`${id}-type`}>{t('commentType')}</label>
      <select id={`${id}-type`} value={type} onChange={(event) => setType(event.target.value as CommentType)}>
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
        value={comment}
        onChange={(event) => setComment(event.target.value)}
      />
      <label htmlFor={`${id}-change`}>{t('proposedChange')}</label>
      <textarea
        id={`${id}-change`}
        rows={2}
        value={proposedChange}
        onChange={(event) => setProposedChange(event.target.value)}
      />
      <div className="form-buttons">
        <button type="submit" disabled={create.busy}>
          {create.busy ? t('sending') : t('submitComment')}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {t('cancel')}
        </button>
      </div>
      <ActionError error={create.error} />
    </form>
  );
}
