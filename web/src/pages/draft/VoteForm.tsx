import { type FormEvent, useId, useState } from 'react';
import type { VoteValue } from '../../gql/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { ActionError } from './ActionError.tsx';
import { labels } from './labels.ts';
import { draftMessages } from './messages.ts';
import { CastVoteDocument } from './queries.ts';
import { useAction } from './useAction.ts';

const VALUES: VoteValue[] = ['APPROVE', 'DISAPPROVE', 'ABSTAIN'];

/** Approve, disapprove or abstain, with a reason; sent again, it changes the vote (until the ballot closes). */
export function VoteForm(props: { ballotId: string; changing: boolean; onChanged(): void }) {
  const t = useMessages(draftMessages);
  const label = useMessages(labels);
  const [value, setValue] = useState<VoteValue>('APPROVE');
  const [reason, setReason] = useState('');
  const cast = useAction(CastVoteDocument, props.onChanged);
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void cast.run({ input: { ballotId: props.ballotId, value, reason: reason.trim() || null } });
  };
  return (
    <form className="vote-form" onSubmit={submit}>
      <fieldset>
        <legend>{props.changing ? t('changeVote') : t('vote')}</legend>
        {VALUES.map((option) => (
          <label key={option} className="choice">
            <input
              type="radio"
              name={`${id}-value`}
              value={option}
              checked={value === option}
              onChange={() => setValue(option)}
            />{' '}
            {label(option)}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-reason`}>{t('reason')}</label>
      <textarea
        id={`${id}-reason`}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        rows={3}
        required={value === 'DISAPPROVE'}
      />
      <button type="submit" disabled={cast.busy}>
        {cast.busy ? t('sending') : props.changing ? t('changeVote') : t('vote')}
      </button>
      <ActionError error={cast.error} />
    </form>
  );
}
