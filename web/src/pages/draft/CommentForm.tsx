import { type FormEvent, useState } from 'react';
import { useMessages } from '../../i18n/messages.ts';
import { ActionError } from './ActionError.tsx';
import { CommentFields, type CommentValues } from './CommentFields.tsx';
import { draftMessages } from './messages.ts';
import { CreateThreadDocument } from './queries.ts';
import { useAction } from './useAction.ts';

/** The comment template's fields (type, comment, proposed change) for one clause, or a general comment. */
export function CommentForm(props: {
  revisionId: string;
  clauseNumber: string | null;
  onCancel(): void;
  onDone(): void;
}) {
  const t = useMessages(draftMessages);
  const [values, setValues] = useState<CommentValues>({ type: 'TECHNICAL', comment: '', proposedChange: '' });
  const create = useAction(CreateThreadDocument, props.onDone);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void create.run({
      input: {
        revisionId: props.revisionId,
        clauseNumber: props.clauseNumber,
        type: values.type,
        comment: values.comment.trim(),
        proposedChange: values.proposedChange.trim() || null,
      },
    });
  };
  return (
    <form className="comment-form" onSubmit={submit}>
      <CommentFields values={values} onChange={setValues} />
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
