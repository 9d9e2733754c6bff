import { type FormEvent, useState } from 'react';
import { useMessages } from '../../i18n/messages.ts';
import { useAction } from '../draft/useAction.ts';
import { Field } from './Field.tsx';
import { committeeMessages } from './messages.ts';
import { ActAsOfficerDoc, StopActingDoc } from './queries.ts';
import { Refusal } from './Refusal.tsx';

/** An administrator takes or ends the acting officer role here, with a reason; both land in the history. */
export function ActingOfficer({
  committeeId,
  acting,
  onDone,
}: {
  committeeId: string;
  acting: boolean;
  onDone(): void;
}) {
  const t = useMessages(committeeMessages);
  const [reason, setReason] = useState('');
  const take = useAction(ActAsOfficerDoc, onDone);
  const stop = useAction(StopActingDoc, onDone);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = acting
      ? await stop.run({ input: { committeeId, reason: reason.trim() || null } })
      : await take.run({ input: { committeeId, reason } });
    if (done) setReason('');
  };
  return (
    <form className="committee-form" onSubmit={submit} aria-labelledby="committee-acting">
      <h3 id="committee-acting">{t('acting')}</h3>
      <p>{acting ? t('actingNow') : t('notActing')}</p>
      <Field label={t('reason')}>
        {(id) => <input id={id} value={reason} onChange={(e) => setReason(e.target.value)} autoComplete="off" />}
      </Field>
      <button type="submit" disabled={take.busy || stop.busy}>
        {acting ? t('stopActing') : t('act')}
      </button>
      <Refusal error={acting ? stop.error : take.error} />
    </form>
  );
}
