import { useState } from 'react';
import { Link } from 'react-router';
import { ApiError, request } from '../../api/client.ts';
import { paths } from '../../app/paths.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useLanguage } from '../../i18n/language.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { useNotifications } from '../../notifications/NotificationsProvider.tsx';
import { formatDateTime } from '../draft/time.ts';
import { describeNotification } from './describeNotification.ts';
import { notificationMessages } from './notificationMessages.ts';
import { MarkReadDocument } from './notificationQueries.ts';
import { useFeed } from './useFeed.ts';

/**
 * The viewer's notifications on My work, newest first, each in words with a link to what it concerns;
 * unread ones say so in text (not by colour alone) and can be marked read one by one or all at once.
 * New ones appear while the page is open (the header's stream), and the header's count follows.
 */
export function NotificationList() {
  const t = useMessages(notificationMessages);
  const { lang } = useLanguage();
  const live = useNotifications();
  const { feed, error, loadingMore, more, markedRead, retry } = useFeed(live.arrivals);
  const [markError, setMarkError] = useState<ApiError | undefined>();

  async function mark(ids: string[] | 'all') {
    setMarkError(undefined);
    try {
      await request(MarkReadDocument, { input: ids === 'all' ? { all: true } : { ids } });
      markedRead(ids);
    } catch (failure) {
      setMarkError(failure instanceof ApiError ? failure : new ApiError('UNKNOWN', String(failure)));
    } finally {
      live.refresh();
    }
  }

  const unread = live.unread ?? feed?.items.filter((n) => !n.read).length ?? 0;
  return (
    <section aria-labelledby="work-notifications" className="work-notifications">
      <div className="notifications-head">
        <h2 id="work-notifications">{t('heading')}</h2>
        {unread > 0 && <span className="muted">{t('unreadSummary', { n: unread })}</span>}
        {unread > 0 && (
          <button type="button" onClick={() => mark('all')}>
            {t('markAllRead')}
          </button>
        )}
      </div>
      {error && !feed && <ErrorMessage error={error} onRetry={retry} />}
      {!feed && !error && <Loading />}
      {markError && <ErrorMessage error={markError} />}
      {feed && feed.items.length === 0 && (
        <p>
          {t('empty')} <Link to={{ pathname: paths.me(), search: `?lang=${lang}` }}>{t('emptyLink')}</Link>
        </p>
      )}
      {feed && feed.items.length > 0 && (
        <ul className="work-list notification-list">
          {feed.items.map((item) => {
            const { text, to } = describeNotification(item, lang);
            return (
              <li key={item.id} className={item.read ? 'notification' : 'notification unread'}>
                {!item.read && <span className="badge unread-badge">{t('unread')}</span>}{' '}
                <Link to={{ pathname: to, search: `?lang=${lang}` }}>{text}</Link>
                <div className="notification-meta">
                  <time className="muted" dateTime={String(item.createdAt)}>
                    {formatDateTime(item.createdAt, lang)}
                  </time>
                  {!item.read && (
                    <button
                      type="button"
                      className="link-button"
                      aria-label={t('markReadOf', { what: text })}
                      onClick={() => mark([item.id])}
                    >
                      {t('markRead')}
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {error && feed && <ErrorMessage error={error} onRetry={more} />}
      {feed?.hasNextPage && (
        <button type="button" className="more" disabled={loadingMore} onClick={more}>
          {t('more')}
        </button>
      )}
    </section>
  );
}
