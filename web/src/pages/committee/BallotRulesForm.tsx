import { type FormEvent, useState } from 'react';
import type { BallotRule, VotingUnit } from '../../gql/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useAction } from '../draft/useAction.ts';
import { Field } from './Field.tsx';
import { committeeMessages } from './messages.ts';
import { type Rules, SetBallotRulesDoc } from './queries.ts';
import { Refusal } from './Refusal.tsx';

const RULES: readonly BallotRule[] = ['ISO', 'SAC', 'UNECE_AC1'];

/** An administrator records how the committee's ballots are decided; the server checks the values. */
export function BallotRulesForm({ committeeId, rules, onDone }: { committeeId: string; rules: Rules; onDone(): void }) {
  const t = useMessages(committeeMessages);
  const [rule, setRule] = useState<BallotRule>(rules.rule);
  const [votesBy, setVotesBy] = useState<VotingUnit>(rules.votesBy);
  const [enquiry, setEnquiry] = useState(String(rules.minimumDays.enquiry));
  const [approval, setApproval] = useState(String(rules.minimumDays.approval));
  const [saved, setSaved] = useState(false);
  const { run, busy, error } = useAction(SetBallotRulesDoc, onDone);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const input = {
      committeeId,
      rule,
      votesBy,
      enquiryMinimumDays: Number(enquiry),
      approvalMinimumDays: Number(approval),
    };
    setSaved(await run({ input }));
  };
  return (
    <form className="committee-form" onSubmit={submit} aria-labelledby="committee-set-rules">
      <h3 id="committee-set-rules">{t('setRules')}</h3>
      <Field label={t('rule')}>
        {(id) => (
          <select id={id} value={rule} onChange={(e) => setRule(e.target.value as BallotRule)}>
            {RULES.map((r) => (
              <option key={r} value={r}>
                {t(`ruleShort_${r}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset>
        <legend>{t('votesBy')}</legend>
        <label className="choice">
          <input type="radio" name="votes-by" checked={votesBy === 'PERSON'} onChange={() => setVotesBy('PERSON')} />
          {t('byPerson')}
        </label>
        <label className="choice">
          <input
            type="radio"
            name="votes-by"
            checked={votesBy === 'MEMBER_BODY'}
            onChange={() => setVotesBy('MEMBER_BODY')}
          />
          {t('byMemberBody')}
        </label>
      </fieldset>
      <Field label={t('enquiryDays')}>
        {(id) => <input id={id} type="number" required value={enquiry} onChange={(e) => setEnquiry(e.target.value)} />}
      </Field>
      <Field label={t('approvalDays')}>
        {(id) => (
          <input id={id} type="number" required value={approval} onChange={(e) => setApproval(e.target.value)} />
        )}
      </Field>
      <button type="submit" disabled={busy}>
        {busy ? t('busy') : t('save')}
      </button>
      {saved && !error && <output> {t('saved')}</output>}
      <Refusal error={error} />
    </form>
  );
}
