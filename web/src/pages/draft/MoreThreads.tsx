import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { commentMessages } from './commentMessages.ts';
import type { AllThreads } from './useAllThreads.ts';

/** While the revision's later pages of comments load (or when one failed): says so, with a retry. */
export function MoreThreads({ all }: { all: AllThreads }) {
  const t = useMessages(commentMessages);
  if (all.error) return <ErrorMessage error={all.error} onRetry={all.retry} />;
  if (all.complete) return null;
  return (
    <p className="muted" role="status">
      {t('loadingMore', { shown: all.threads.length, total: all.total })}
    </p>
  );
}
