import { type FormEvent, useId, useState } from 'react';
import type { Disposition, WebDraftThreadFragment } from '../../gql/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { DisposeCommentDocument } from './commentQueries.ts';
import { commentMessages } from './commentMessages.ts';
import { labels } from './labels.ts';
import { draftMessages } from './messages.ts';
import { ThreadError } from './ThreadError.tsx';
import { useAction } from './useAction.ts';

const DISPOSITIONS: Disposition[] = ['ACCEPTED', 'ACCEPTED_IN_PRINCIPLE', 'NOTED', 'REJECTED'];

/** The secretariat's decision on a comment and its observation (the template's last column). */
export function DisposeForm(props: {
  thread: WebDraftThreadFragment;
  onCancel(): void;
  onDone(): void;
  onRefresh(): void;
}) {
  const { thread } = props;
  const t = useMessages(commentMessages);
  const d = useMessages(draftMessages);
  const label = useMessages(labels);
  const [disposition, setDisposition] = useState<Disposition>(thread.disposition ?? 'ACCEPTED');
  const [observation, setObservation] = useState(thread.observation ?? '');
  const dispose = useAction(DisposeCommentDocument, props.onDone);
  const id = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      threadId: thread.id,
      lockVersion: thread.lockVersion,
      disposition,
      observation: observation.trim() || null,
    };
    if (!(await dispose.run({ input }))) props.onRefresh();
  };
  return (
    <form className="comment-form" onSubmit={submit} aria-label={t('dispose')}>
      <label htmlFor={`${id}-disposition`}>{t('disposition')}</label>
      <select
        id={`${id}-disposition`}
        value={disposition}
        onChange={(event) => setDisposition(event.target.value as Disposition)}
      >
        {DISPOSITIONS.map((option) => (
          <option key={option} value={option}>
            {label(option)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-observation`}>{t('observationLabel')}</label>
      <textarea
        id={`${id}-observation`}
        rows={2}
        required={disposition === 'REJECTED'}
        value={observation}
        onChange={(event) => setObservation(event.target.value)}
      />
      <div className="form-buttons">
        <button type="submit" disabled={dispose.busy}>
          {dispose.busy ? d('sending') : t('saveDisposition')}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {d('cancel')}
        </button>
      </div>
      <ThreadError error={dispose.error} />
    </form>
  );
}
