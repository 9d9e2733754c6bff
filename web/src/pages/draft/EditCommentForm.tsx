import { type FormEvent, useId, useState } from 'react';
import type { CommentType, WebDraftThreadFragment } from '../../gql/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { EditCommentDocument } from './commentQueries.ts';
import { commentMessages } from './commentMessages.ts';
import { labels } from './labels.ts';
import { draftMessages } from './messages.ts';
import { ThreadError } from './ThreadError.tsx';
import { useAction } from './useAction.ts';

const TYPES: CommentType[] = ['GENERAL', 'TECHNICAL', 'EDITORIAL'];

/**
 * The author's own comment in the template fields, sent with the `lockVersion` of the thread as shown now:
 * after a conflict the thread is reloaded above and the typed text stays here, to be sent again.
 */
export function EditCommentForm(props: {
  thread: WebDraftThreadFragment;
  onCancel(): void;
  onDone(): void;
  onRefresh(): void;
}) {
  const { thread } = props;
  const t = useMessages(commentMessages);
  const d = useMessages(draftMessages);
  const label = useMessages(labels);
  const [type, setType] = useState<CommentType>(thread.type);
  const [comment, setComment] = useState(thread.comment);
  const [proposedChange, setProposedChange] = useState(thread.proposedChange ?? '');
  const edit = useAction(EditCommentDocument, props.onDone);
  const id = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      threadId: thread.id,
      lockVersion: thread.lockVersion,
      type,
      comment: comment.trim(),
      proposedChange: proposedChange.trim() || null,
    };
    if (!(await edit.run({ input }))) props.onRefresh();
  };
  return (
    <form className="comment-form" onSubmit={submit} aria-label={t('editTitle')}>
      <label htmlFor={`${id}-type`}>{d('commentType')}</label>
      <select id={`${id}-type`} value={type} onChange={(event) => setType(event.target.value as CommentType)}>
        {TYPES.map((option) => (
          <option key={option} value={option}>
            {label(option)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-comment`}>{d('comment')}</label>
      <textarea
        id={`${id}-comment`}
        required
        rows={3}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
      />
      <label htmlFor={`${id}-change`}>{d('proposedChange')}</label>
      <textarea
        id={`${id}-change`}
        rows={2}
        value={proposedChange}
        onChange={(event) => setProposedChange(event.target.value)}
      />
      <div className="form-buttons">
        <button type="submit" disabled={edit.busy}>
          {edit.busy ? d('sending') : t('save')}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {d('cancel')}
        </button>
      </div>
      <ThreadError error={edit.error} />
    </form>
  );
}
