import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { notifications } from '../../db/schema.ts';

// An issued link is also told to its person as an ACCOUNT_LINK_ISSUED notification, so the
// channels the person has (the feed through a token, webhooks — a mail relay, say) deliver it. The
// link's URL stays in the notification only while the link can be used: using or replacing the
// link removes it, so the database keeps no usable link once it is spent.

type Writer = Pick<Db, 'insert' | 'update'>;

export function notifyLink(
  tx: Writer,
  link: { personId: number; eventId: number; purpose: string; url: string; expiresAt: string; at: string },
): void {
  tx.insert(notifications)
    .values({
      personId: link.personId,
      kind: 'ACCOUNT_LINK_ISSUED',
      eventId: link.eventId,
      subjectType: 'Person',
      subjectId: link.personId,
      data: JSON.stringify({ purpose: link.purpose, url: link.url, expiresAt: link.expiresAt }),
      createdAt: link.at,
    })
    .onConflictDoNothing()
    .run();
}

/** Removes the URL from the person's link notifications (their links are used or replaced). */
export function forgetLinkUrls(tx: Writer, personId: number): void {
  tx.update(notifications)
    .set({ data: sql`json_remove(${notifications.data}, '$.url')` })
    .where(and(eq(notifications.personId, personId), eq(notifications.kind, 'ACCOUNT_LINK_ISSUED')))
    .run();
}
