import { useState } from 'react';
import type { WebDraftThreadFragment } from '../../gql/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { CommentForm } from './CommentForm.tsx';
import { draftMessages } from './messages.ts';
import { ThreadCard } from './ThreadCard.tsx';

/** Beside a clause (or under "General comments"): its threads, and a button that opens the comment form. */
export function ClauseComments(props: {
  clauseNumber: string | null;
  threads: WebDraftThreadFragment[];
  revisionId: string;
  canComment: boolean;
  onChanged(): void;
}) {
  const t = useMessages(draftMessages);
  const [open, setOpen] = useState(false);
  const what = props.clauseNumber ?? t('commentGeneral');
  return (
    <aside
      className="clause-comments"
      aria-label={props.clauseNumber ? t('threadsOn', { clause: props.clauseNumber }) : t('generalComments')}
    >
      {props.threads.map((thread) => (
        <ThreadCard key={thread.id} thread={thread} onChanged={props.onChanged} />
      ))}
      {props.canComment &&
        (open ? (
          <CommentForm
            revisionId={props.revisionId}
            clauseNumber={props.clauseNumber}
            onCancel={() => setOpen(false)}
            onDone={() => {
              setOpen(false);
              props.onChanged();
            }}
          />
        ) : (
          <button type="button" className="link-button" onClick={() => setOpen(true)}>
            {props.clauseNumber ? t('commentOnClause', { clause: what }) : t('commentGeneral')}
          </button>
        ))}
    </aside>
  );
}
