import { paths } from '../../app/paths.ts';
import { formatDate } from '../../i18n/dates.ts';
import type { Lang } from '../../i18n/language.tsx';
import { format } from '../../i18n/messages.ts';
import { labels } from '../draft/labels.ts';
import { formatDateTime } from '../draft/time.ts';
import { horizonMessages } from '../horizon/messages.ts';
import { notificationMessages } from './notificationMessages.ts';
import type { NotificationItem } from './notificationQueries.ts';

type Data = Record<string, unknown>;
const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/** An API enum value in words from one of the shared label lists; the value itself when it has none. */
function named(value: unknown, ...lists: Record<string, string>[]): string {
  const key = text(value);
  for (const list of lists) if (key in list) return list[key] as string;
  return key;
}

/**
 * A notification in words (what happened, to which standard, draft or ballot) and the page it concerns:
 * a draft's page, a standard's page, the horizon for dates, the person's page for webhooks and links.
 */
export function describeNotification(item: NotificationItem, lang: Lang): { text: string; to: string } {
  const t = notificationMessages[lang];
  const label = labels[lang];
  const data = (item.data ?? {}) as Data;
  const about = item.about;
  const draft = about?.__typename === 'Draft' ? about : null;
  const version = about?.__typename === 'StandardVersion' ? about : null;
  const vars = {
    draft: draft?.versionDesignation ?? t.aDraft,
    version: version?.designation ?? (text(data.designation) || t.aVersion),
    standard: version?.standard.designation ?? '',
    from: named(data.from, label),
    to: named(data.to, label),
    stage: named(data.stage, label),
    result: named(data.result, label),
    disposition: named(data.disposition, label),
    change: named(data.change, horizonMessages[lang]),
    n: text(data.daysAhead),
    url: text(data.url),
    ...countsOf(data.counts),
  };
  const draftPage = draft ? paths.draft(draft.id) : paths.work();
  const versionPage = version ? paths.standard(version.standard.designation) : paths.horizon();
  switch (item.kind) {
    case 'VERSION_PUBLISHED':
    case 'CORRECTION_RECORDED':
    case 'VERSION_WITHDRAWN':
      return { text: format(t[item.kind], vars), to: versionPage };
    case 'DEADLINE_AHEAD':
    case 'DEADLINE_PASSED':
      return { text: format(t[item.kind], { ...vars, date: formatDate(text(data.date), lang) }), to: paths.horizon() };
    case 'DRAFT_STAGE_CHANGED':
      return { text: format(data.to === 'PUBLISHED' ? t.draftPublished : t[item.kind], vars), to: draftPage };
    case 'BALLOT_OPENED':
    case 'VOTE_REMINDER':
      return {
        text: format(t[item.kind], { ...vars, date: formatDateTime(data.closesAt, lang) }),
        to: draftPage,
      };
    case 'PUBLIC_ENQUIRY_OPENED':
    case 'BALLOT_CLOSED':
    case 'COMMENT_DISPOSED':
    case 'COMMENT_REPLIED':
      return { text: format(t[item.kind], vars), to: draftPage };
    case 'WEBHOOK_DISABLED':
      return { text: format(t[item.kind], vars), to: paths.me() };
    case 'ACCOUNT_LINK_ISSUED':
      return { text: format(t[item.kind], { date: formatDateTime(data.expiresAt, lang) }), to: paths.me() };
  }
}

function countsOf(counts: unknown): { approve: string; disapprove: string; abstain: string } {
  const c = (counts ?? {}) as Data;
  return { approve: text(c.approve ?? 0), disapprove: text(c.disapprove ?? 0), abstain: text(c.abstain ?? 0) };
}
