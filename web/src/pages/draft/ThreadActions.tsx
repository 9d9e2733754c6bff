import { useEffect, useRef, useState } from 'react';
import type { WebDraftThreadFragment } from '../../gql/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { WithdrawCommentDocument } from './commentQueries.ts';
import { commentMessages } from './commentMessages.ts';
import { DisposeForm } from './DisposeForm.tsx';
import { EditCommentForm } from './EditCommentForm.tsx';
import { draftMessages } from './messages.ts';
import { ThreadError } from './ThreadError.tsx';
import { useAction } from './useAction.ts';

type Open = 'none' | 'edit' | 'withdraw' | 'dispose';

/** What the viewer may do to a thread (its `viewerCan…` fields): edit and withdraw their own, dispose as an officer. */
export function ThreadActions({ thread, onChanged }: { thread: WebDraftThreadFragment; onChanged(): void }) {
  const t = useMessages(commentMessages);
  const d = useMessages(draftMessages);
  const [open, setOpen] = useState<Open>('none');
  const confirm = useRef<HTMLButtonElement>(null);
  // The confirmation replaces the button that asked for it: focus moves to it, not to the page's start.
  useEffect(() => {
    if (open === 'withdraw') confirm.current?.focus();
  }, [open]);
  const close = () => setOpen('none');
  const done = () => {
    close();
    onChanged();
  };
  const withdraw = useAction(WithdrawCommentDocument, done);
  const confirmWithdraw = async () => {
    if (!(await withdraw.run({ input: { threadId: thread.id, lockVersion: thread.lockVersion } }))) onChanged();
  };
  if (open === 'edit' && thread.viewerCanEdit)
    return <EditCommentForm thread={thread} onCancel={close} onDone={done} onRefresh={onChanged} />;
  if (open === 'dispose' && thread.viewerCanDispose)
    return <DisposeForm thread={thread} onCancel={close} onDone={done} onRefresh={onChanged} />;
  if (open === 'withdraw' && thread.viewerCanWithdraw) {
    return (
      <fieldset className="confirm">
        <legend className="sr-only">{t('withdraw')}</legend>
        <p>{t('withdrawConfirm')}</p>
        <div className="form-buttons">
          <button type="button" className="danger" disabled={withdraw.busy} onClick={confirmWithdraw} ref={confirm}>
            {withdraw.busy ? d('sending') : t('withdrawYes')}
          </button>
          <button type="button" className="secondary" onClick={close}>
            {t('keep')}
          </button>
        </div>
        <ThreadError error={withdraw.error} />
      </fieldset>
    );
  }
  if (!thread.viewerCanEdit && !thread.viewerCanWithdraw && !thread.viewerCanDispose) return null;
  return (
    <div className="thread-actions">
      {thread.viewerCanEdit && (
        <button type="button" className="link-button" onClick={() => setOpen('edit')}>
          {t('edit')}
        </button>
      )}
      {thread.viewerCanWithdraw && (
        <button type="button" className="link-button" onClick={() => setOpen('withdraw')}>
          {t('withdraw')}
        </button>
      )}
      {thread.viewerCanDispose && (
        <button type="button" className="link-button" onClick={() => setOpen('dispose')}>
          {thread.disposition ? t('reviseDisposition') : t('dispose')}
        </button>
      )}
    </div>
  );
}
