import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { votes } from '../../db/committee-tables.ts';

export type VoteRow = typeof votes.$inferSelect;

/** Each voter's latest vote on a ballot (the one that counts), in the order first cast. */
export function currentVotes(db: Pick<Db, 'select'>, ballotId: number): VoteRow[] {
  const all = db.select().from(votes).where(eq(votes.ballotId, ballotId)).orderBy(asc(votes.id)).all();
  const latest = new Map<number, VoteRow>();
  for (const vote of all) latest.set(vote.personId, vote);
  const firstCast = new Map<number, number>();
  for (const vote of all) if (!firstCast.has(vote.personId)) firstCast.set(vote.personId, vote.id);
  return [...latest.values()].sort((a, b) => firstCast.get(a.personId)! - firstCast.get(b.personId)!);
}
