import type { WebDraftBallotFragment } from '../../gql/graphql.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { localized, useMessages } from '../../i18n/messages.ts';
import { labels } from './labels.ts';
import { draftMessages } from './messages.ts';
import { formatDateTime } from './time.ts';
import { ActionError } from './ActionError.tsx';
import { CloseBallotDocument } from './queries.ts';
import { useAction } from './useAction.ts';
import { VoteForm } from './VoteForm.tsx';

/** One ballot: when it closes, the viewer's vote and the form to cast or change it; closed, the result explained. */
export function BallotPanel(props: { ballot: WebDraftBallotFragment; viewerId?: string; onChanged(): void }) {
  const { ballot } = props;
  const t = useMessages(draftMessages);
  const label = useMessages(labels);
  const { lang } = useLanguage();
  const close = useAction(CloseBallotDocument, props.onChanged);
  const mine = ballot.votes.find((vote) => vote.voter.id === props.viewerId);
  const headingId = `ballot-${ballot.id}`;
  return (
    <section className="ballot" aria-labelledby={headingId} data-ballot-status={ballot.status}>
      <h3 id={headingId}>
        {t('ballot', { stage: label(ballot.stage), n: ballot.revision.number })}{' '}
        <span className="badge">{label(`BALLOT_${ballot.status}`)}</span>
      </h3>
      {ballot.status === 'SCHEDULED' && <p>{t('opens', { date: formatDateTime(ballot.opensAt, lang) })}</p>}
      {ballot.status === 'CLOSED' ? (
        <>
          <p>{t('closedAt', { date: formatDateTime(ballot.closesAt, lang) })}</p>
          {ballot.result && <p className="ballot-result">{t('result', { result: label(ballot.result) })}</p>}
          {ballot.counts && <p>{t('counts', ballot.counts)}</p>}
          {ballot.explanation && <p className="ballot-explanation">{localized(ballot.explanation, lang)}</p>}
        </>
      ) : (
        <p>{t('closes', { date: formatDateTime(ballot.closesAt, lang) })}</p>
      )}
      {mine && (
        <div className="my-vote">
          <p>{t('myVote', { value: label(mine.value) })}</p>
          {mine.reason && <p>{t('myReason', { reason: mine.reason })}</p>}
        </div>
      )}
      {ballot.viewerCanClose && (
        <p>
          <button type="button" disabled={close.busy} onClick={() => close.run({ input: { ballotId: ballot.id } })}>
            {t('closeBallot')}
          </button>
        </p>
      )}
      <ActionError error={close.error} />
      {ballot.viewerCanVote && <VoteForm ballotId={ballot.id} changing={Boolean(mine)} onChanged={props.onChanged} />}
    </section>
  );
}
