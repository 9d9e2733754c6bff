import { useMessages } from '../../i18n/messages.ts';
import { committeeMessages } from './messages.ts';
import type { Rules } from './queries.ts';

/** The committee's ballot rule, voting unit and minimum durations, in words. */
export function BallotRulesText({ rules }: { rules: Rules }) {
  const t = useMessages(committeeMessages);
  const days = (n: number) => (n === 0 ? t('anyLength') : t('days', { n }));
  return (
    <div className="committee-rules">
      <p>{t(`rule_${rules.rule}`)}</p>
      <p>{t(`votesBy_${rules.votesBy}`)}</p>
      <p>
        {t('minimumDays', { enquiry: days(rules.minimumDays.enquiry), approval: days(rules.minimumDays.approval) })}
      </p>
    </div>
  );
}
