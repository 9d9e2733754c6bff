import { defineMessages, useMessages } from '../i18n/messages.ts';

export type VersionStatus = 'IN_FORCE' | 'IN_TRANSITION' | 'SUPERSEDED' | 'UNKNOWN' | 'UPCOMING' | 'WITHDRAWN';

// The labels of GB practice in Chinese (现行, 被代替, 废止…), and plain words in English.
export const statusMessages = defineMessages({
  en: {
    IN_FORCE: 'In force',
    IN_TRANSITION: 'In transition',
    SUPERSEDED: 'Superseded',
    UNKNOWN: 'Undecided',
    UPCOMING: 'Upcoming',
    WITHDRAWN: 'Withdrawn',
  },
  zh: {
    IN_FORCE: '现行',
    IN_TRANSITION: '过渡期',
    SUPERSEDED: '被代替',
    UNKNOWN: '待定',
    UPCOMING: '即将实施',
    WITHDRAWN: '废止',
  },
});

/** A version's status on the date asked about, as a coloured label (the colour is never the only sign). */
export function StatusBadge({ status }: { status: VersionStatus }) {
  const t = useMessages(statusMessages);
  return <span className={`badge badge-${status.toLowerCase().replace('_', '-')}`}>{t(status)}</span>;
}
