import { useLanguage } from '../../i18n/language.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { formatDateTime } from '../draft/time.ts';
import { type CommitteeMessageKey, committeeMessages } from './messages.ts';
import type { HistoryNode } from './queries.ts';

type Data = Record<string, unknown>;

/** Membership changes and acting officer roles, newest first, each in a sentence. */
export function History({ events, names }: { events: HistoryNode[]; names: ReadonlyMap<number, string> }) {
  const t = useMessages(committeeMessages);
  const { lang } = useLanguage();
  const personName = (id: unknown) =>
    typeof id === 'number' ? (names.get(id) ?? t('formerPerson', { id })) : t('someone');
  const role = (value: unknown) => (typeof value === 'string' ? t(`role_${value}` as CommitteeMessageKey) : '');
  const days = (n: unknown) => (n === 0 ? t('anyLength') : t('days', { n: Number(n) }));

  const sentence = (event: HistoryNode): string => {
    const data = (event.data ?? {}) as Data;
    const vars = {
      actor: event.actor?.name ?? t('registry'),
      person: personName(data.personId),
      role: role(data.role),
      previous: role(data.previousRole),
      reason: String(data.reason ?? ''),
      body: String(data.memberBody ?? ''),
    };
    switch (event.action) {
      case 'membership.added':
      case 'membership.roleChanged':
      case 'membership.removed':
      case 'committee.actingOfficerTaken':
      case 'committee.imported':
        return t(event.action, vars);
      case 'committee.actingOfficerEnded':
        return t(event.action, vars) + (data.reason ? t('reasonSuffix', vars) : '');
      case 'membership.memberBodySet': {
        const head = data.headOfDelegation ? t('headSuffix') : '';
        return data.memberBody ? t(event.action, { ...vars, head }) : t('membership.memberBodyCleared', vars);
      }
      case 'committee.ballotRulesSet': {
        const after = (data.after ?? {}) as Data;
        const minimum = (after.minimumDays ?? {}) as Data;
        return t(event.action, {
          ...vars,
          rule: t(`ruleShort_${String(after.rule)}` as CommitteeMessageKey),
          unit: t(`unitShort_${String(after.votesBy)}` as CommitteeMessageKey),
          enquiry: days(minimum.ENQUIRY ?? minimum.enquiry),
          approval: days(minimum.APPROVAL ?? minimum.approval),
        });
      }
      default:
        return t('otherEvent', { ...vars, action: event.action });
    }
  };

  return (
    <section aria-labelledby="committee-history">
      <h2 id="committee-history">{t('history')}</h2>
      {events.length === 0 ? (
        <p>{t('noHistory')}</p>
      ) : (
        <ol className="committee-history">
          {events.map((event) => (
            <li key={`${String(event.at)}|${event.action}|${JSON.stringify(event.data)}`}>
              <time dateTime={String(event.at)}>{formatDateTime(event.at, lang)}</time> {sentence(event)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
