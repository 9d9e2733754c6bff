import { useLanguage } from '../../i18n/language.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { formatDate } from '../../i18n/dates.ts';
import { MemberAdmin } from './MemberAdmin.tsx';
import { committeeMessages } from './messages.ts';
import type { Member } from './queries.ts';

interface Props {
  committeeId: string;
  code: string;
  members: Member[];
  /** Show member bodies: the committee votes by member body, or some are recorded. */
  showBodies: boolean;
  /** The viewer is an administrator: each member gets the administrator's changes. */
  manage: boolean;
  onChanged(): void;
}

/** Who holds which role, in the order they were given it. */
export function Members({ committeeId, code, members, showBodies, manage, onChanged }: Props) {
  const t = useMessages(committeeMessages);
  const { lang } = useLanguage();
  return (
    <section aria-labelledby="committee-members">
      <h2 id="committee-members">{t('members')}</h2>
      {members.length === 0 && <p>{t('noMembers')}</p>}
      <ul className="committee-members">
        {members.map((member) => (
          <li key={member.person.id}>
            <strong>{member.person.name}</strong>
            {member.person.organisation && <span className="muted"> · {member.person.organisation}</span>}
            <div className="committee-member-facts">
              <span className="committee-role">{t(`role_${member.role}`)}</span>
              {showBodies && member.memberBody && (
                <span>
                  {t('memberBody')}: {member.memberBody}
                  {member.headOfDelegation && ` (${t('headOfDelegation')})`}
                </span>
              )}
              <span className="muted">
                {t('since')} {formatDate(member.since.slice(0, 10), lang)}
              </span>
              {manage && member.person.email && <span className="muted">{member.person.email}</span>}
            </div>
            {manage && <MemberAdmin committeeId={committeeId} code={code} member={member} onDone={onChanged} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
