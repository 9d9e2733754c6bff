import { type FormEvent, useEffect, useState } from 'react';
import type { WebDraftThreadFragment } from '../../gql/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { CommentFields, type CommentValues } from './CommentFields.tsx';
import { EditCommentDocument } from './commentQueries.ts';
import { commentMessages } from './commentMessages.ts';
import { draftMessages } from './messages.ts';
import { ThreadError } from './ThreadError.tsx';
import { useAction } from './useAction.ts';

/**
 * The author's own comment in the template fields, sent with the `lockVersion` of the thread as it was when
 * the edit began: a change by someone else meanwhile (even one a live update showed above) is a conflict, not
 * overwritten. After a conflict the thread is reloaded above, the typed text stays here, and the next save is
 * made against the version now shown.
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
  const [values, setValues] = useState<CommentValues>({
    type: thread.type,
    comment: thread.comment,
    proposedChange: thread.proposedChange ?? '',
  });
  const [base, setBase] = useState(thread.lockVersion);
  const edit = useAction(EditCommentDocument, props.onDone);
  const conflicted = edit.error?.code === 'CONFLICT';
  useEffect(() => {
    if (conflicted) setBase(thread.lockVersion);
  }, [conflicted, thread.lockVersion]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      threadId: thread.id,
      lockVersion: base,
      type: values.type,
      comment: values.comment.trim(),
      proposedChange: values.proposedChange.trim() || null,
    };
    if (!(await edit.run({ input }))) props.onRefresh();
  };
  return (
    <form className="comment-form" onSubmit={submit} aria-label={t('editTitle')}>
      <CommentFields values={values} onChange={setValues} />
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
