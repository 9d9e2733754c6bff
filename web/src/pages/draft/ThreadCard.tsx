import { type FormEvent, useId, useState } from 'react';
import type { WebDraftThreadFragment } from '../../gql/graphql.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { ActionError } from './ActionError.tsx';
import { commentMessages } from './commentMessages.ts';
import { labels } from './labels.ts';
import { draftMessages } from './messages.ts';
import { ReplyDocument } from './queries.ts';
import { ThreadActions } from './ThreadActions.tsx';
import { formatDateTime } from './time.ts';
import { useAction } from './useAction.ts';

/** One comment thread: the template fields, its status and disposition, the replies, and a reply form if allowed. */
export function ThreadCard({ thread, onChanged }: { thread: WebDraftThreadFragment; onChanged(): void }) {
  const t = useMessages(draftMessages);
  const label = useMessages(labels);
  const c = useMessages(commentMessages);
  const { lang } = useLanguage();
  const [body, setBody] = useState('');
  const [replying, setReplying] = useState(false);
  const reply = useAction(ReplyDocument, () => {
    setBody('');
    setReplying(false);
    onChanged();
  });
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void reply.run({ input: { threadId: thread.id, body: body.trim() } });
  };
  return (
    <article className="thread" id={`thread-${thread.id}`} data-status={thread.status}>
      <p className="thread-meta">
        <span className="badge">{label(thread.type)}</span> <span className="badge">{label(thread.status)}</span>{' '}
        {t('by', { name: thread.author.name, date: formatDateTime(thread.createdAt, lang) })}
      </p>
      <p className="thread-comment">{thread.comment}</p>
      {thread.proposedChange && (
        <p>
          <strong>{t('proposed')}</strong> {thread.proposedChange}
        </p>
      )}
      {thread.disposition && (
        <p className="thread-disposition">
          <strong>{c('disposedAs', { disposition: label(thread.disposition) })}</strong>
          {thread.observation && ` — ${t('observation', { text: thread.observation })}`}
          {thread.disposedBy && typeof thread.disposedAt === 'string' && (
            <span className="muted">
              {' '}
              ({c('disposedBy', { name: thread.disposedBy.name, date: formatDateTime(thread.disposedAt, lang) })})
            </span>
          )}
        </p>
      )}
      {thread.replies.length > 0 && (
        <ul className="thread-replies">
          {thread.replies.map((item) => (
            <li key={`${item.createdAt}-${item.author.name}`}>
              <span className="muted">
                {t('by', { name: item.author.name, date: formatDateTime(item.createdAt, lang) })}
              </span>
              <p>{item.body}</p>
            </li>
          ))}
        </ul>
      )}
      <ThreadActions thread={thread} onChanged={onChanged} />
      {thread.viewerCanReply && !replying && (
        <button type="button" className="link-button" onClick={() => setReplying(true)}>
          {t('reply')}
        </button>
      )}
      {thread.viewerCanReply && replying && (
        <form className="reply-form" onSubmit={submit}>
          <label htmlFor={`${id}-reply`}>{t('replyLabel')}</label>
          <textarea
            id={`${id}-reply`}
            rows={2}
            required
            value={body}
            onChange={(event) => setBody(event.target.value)}
          />
          <button type="submit" disabled={reply.busy}>
            {reply.busy ? t('sending') : t('sendReply')}
          </button>
          <ActionError error={reply.error} />
        </form>
      )}
    </article>
  );
}
