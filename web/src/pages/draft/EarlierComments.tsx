import { type FormEvent, useId, useState } from 'react';
import type { WebDraftThreadFragment } from '../../gql/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { CarryCommentDocument } from './commentQueries.ts';
import { commentMessages } from './commentMessages.ts';
import { draftMessages } from './messages.ts';
import { ThreadCard } from './ThreadCard.tsx';
import { ThreadError } from './ThreadError.tsx';
import { useAction } from './useAction.ts';

interface Props {
  clauseNumbers: string[];
  revisionNumber: number;
  onChanged(): void;
}

type EarlierThread = WebDraftThreadFragment & { revision: { number: number } };

/**
 * Where an officer disposes of each open comment of an earlier revision, or carries it to the current one:
 * the draft's `openEarlierThreads`, read (and refreshed, live updates included) with the draft.
 */
export function EarlierComments({ threads, ...props }: Props & { threads: EarlierThread[] }) {
  const t = useMessages(commentMessages);
  const { onChanged } = props;
  if (threads.length === 0) return null;
  return (
    <section className="earlier-comments" aria-labelledby="earlier-comments">
      <h2 id="earlier-comments">{t('earlier')}</h2>
      <p>{t('earlierIntro')}</p>
      {threads.map((thread) => (
        <div key={thread.id} className="earlier-thread">
          <p className="thread-where">
            {t('onRevision', { n: thread.revision.number, clause: thread.clauseNumber ?? t('general') })}
          </p>
          <ThreadCard thread={thread} onChanged={onChanged} />
          {thread.viewerCanCarry && <CarryForm thread={thread} {...props} onChanged={onChanged} />}
        </div>
      ))}
    </section>
  );
}

function CarryForm({ thread, clauseNumbers, revisionNumber, onChanged }: Props & { thread: WebDraftThreadFragment }) {
  const t = useMessages(commentMessages);
  const d = useMessages(draftMessages);
  const named = thread.clauseNumber;
  const [clause, setClause] = useState(named && clauseNumbers.includes(named) ? named : (clauseNumbers[0] ?? ''));
  const carry = useAction(CarryCommentDocument, onChanged);
  const id = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { threadId: thread.id, clauseNumber: named === null ? null : clause || null };
    if (!(await carry.run({ input }))) onChanged();
  };
  return (
    <form className="carry-form" onSubmit={submit}>
      {named !== null && (
        <>
          <label htmlFor={`${id}-clause`}>{t('carryTo', { n: revisionNumber })}</label>
          <select id={`${id}-clause`} value={clause} onChange={(event) => setClause(event.target.value)}>
            {clauseNumbers.map((number) => (
              <option key={number} value={number}>
                {number}
              </option>
            ))}
          </select>{' '}
        </>
      )}
      <button type="submit" disabled={carry.busy}>
        {carry.busy
          ? d('sending')
          : named === null
            ? t('carryGeneral', { n: revisionNumber })
            : t('carry', { n: revisionNumber })}
      </button>
      <ThreadError error={carry.error} />
    </form>
  );
}
