import { type FormEvent, useId, useState } from 'react';
import { useMessages } from '../../i18n/messages.ts';
import { ActionError } from './ActionError.tsx';
import { draftMessages } from './messages.ts';
import { OpenBallotDocument } from './queries.ts';
import { useAction } from './useAction.ts';

const pad = (n: number) => String(n).padStart(2, '0');
/** A `datetime-local` value (the reader's time) for `days` from now. */
function localIn(days: number): string {
  const at = new Date(Date.now() + days * 86_400_000);
  const day = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  return `${day}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** For officers (`Draft.viewerCanOpenBallot`): opens a ballot on the current revision until a time they choose. */
export function OpenBallotForm(props: { revisionId: string; revisionNumber: number; onChanged(): void }) {
  const t = useMessages(draftMessages);
  const [closesAt, setClosesAt] = useState(() => localIn(14));
  const open = useAction(OpenBallotDocument, props.onChanged);
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The API checks the committee's minimum duration and answers BALLOT_TOO_SHORT with the earliest time.
    void open.run({ input: { revisionId: props.revisionId, closesAt: new Date(closesAt).toISOString() } });
  };
  return (
    <form className="open-ballot" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('openBallot', { n: props.revisionNumber })}</h3>
      <label htmlFor={`${id}-closes`}>{t('closesAtLabel')}</label>
      <input
        id={`${id}-closes`}
        type="datetime-local"
        required
        value={closesAt}
        onChange={(event) => setClosesAt(event.target.value)}
      />{' '}
      <button type="submit" disabled={open.busy}>
        {t('open')}
      </button>
      <ActionError error={open.error} />
    </form>
  );
}
