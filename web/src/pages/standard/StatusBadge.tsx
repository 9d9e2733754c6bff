import { useMessages } from '../../i18n/messages.ts';
import { standardMessages } from './messages.ts';
import type { VersionStatus } from './model.ts';

/** A version's status on the date asked about, in words and colour (the words carry the meaning). */
export function StatusBadge({ status }: { status: VersionStatus }) {
  const t = useMessages(standardMessages);
  return <span className={`badge status-${status}`}>{t(`status_${status}`)}</span>;
}
