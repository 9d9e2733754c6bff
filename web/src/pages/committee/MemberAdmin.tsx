import { type FormEvent, useState } from 'react';
import { ApiError, request } from '../../api/client.ts';
import type { CommitteeRole } from '../../gql/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useAction } from '../draft/useAction.ts';
import { Field } from './Field.tsx';
import { committeeMessages } from './messages.ts';
import { type IssuedLink, OneTimeLink } from './OneTimeLink.tsx';
import { IssueLinkDoc, type Member, RemoveMembershipDoc, SetMemberBodyDoc, SetMembershipDoc } from './queries.ts';
import { Refusal } from './Refusal.tsx';
import { ROLES } from './roles.ts';

interface Props {
  committeeId: string;
  code: string;
  member: Member;
  onDone(): void;
}

/** An administrator's changes to one membership: role, member body, removal (confirmed), a reset link. */
export function MemberAdmin({ committeeId, code, member, onDone }: Props) {
  const t = useMessages(committeeMessages);
  const { person } = member;
  const ids = { committeeId, personId: person.id };
  const [role, setRole] = useState<CommitteeRole>(member.role);
  const [body, setBody] = useState(member.memberBody ?? '');
  const [head, setHead] = useState(member.headOfDelegation);
  const [confirming, setConfirming] = useState(false);
  const [link, setLink] = useState<IssuedLink | undefined>();
  const roleAction = useAction(SetMembershipDoc, onDone);
  const bodyAction = useAction(SetMemberBodyDoc, onDone);
  const removeAction = useAction(RemoveMembershipDoc, onDone);
  const [linkError, setLinkError] = useState<ApiError | undefined>();

  const saveRole = (event: FormEvent) => {
    event.preventDefault();
    roleAction.run({ input: { ...ids, role } });
  };
  const saveBody = (event: FormEvent) => {
    event.preventDefault();
    bodyAction.run({ input: { ...ids, memberBody: body.trim() || null, headOfDelegation: head } });
  };
  const issueReset = async () => {
    setLink(undefined);
    setLinkError(undefined);
    try {
      const answer = await request(IssueLinkDoc, { input: { personId: person.id, purpose: 'PASSWORD_RESET' } });
      setLink(answer.issueAccountLink);
    } catch (caught) {
      setLinkError(caught instanceof ApiError ? caught : new ApiError('UNKNOWN', String(caught)));
    }
  };

  return (
    <details className="committee-member-admin">
      <summary>{t('manage', { name: person.name })}</summary>
      <form onSubmit={saveRole} className="committee-inline-form">
        <Field label={t('roleFor', { name: person.name })}>
          {(id) => (
            <select id={id} value={role} onChange={(e) => setRole(e.target.value as CommitteeRole)}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`role_${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" disabled={roleAction.busy}>
          {t('saveRole')}
        </button>
        <Refusal error={roleAction.error} />
      </form>
      <form onSubmit={saveBody} className="committee-inline-form">
        <Field label={t('bodyFor', { name: person.name })}>
          {(id) => <input id={id} value={body} onChange={(e) => setBody(e.target.value)} autoComplete="off" />}
        </Field>
        <label className="choice">
          <input type="checkbox" checked={head} onChange={(e) => setHead(e.target.checked)} />
          {t('headFor', { name: person.name })}
        </label>
        <button type="submit" disabled={bodyAction.busy}>
          {t('saveBody')}
        </button>
        <Refusal error={bodyAction.error} />
      </form>
      <div className="committee-inline-form">
        <button type="button" onClick={issueReset}>
          {t('resetLink')}
        </button>
        <Refusal error={linkError} />
        {link && <OneTimeLink link={link} />}
      </div>
      <div className="committee-inline-form">
        {confirming ? (
          <div role="alertdialog" aria-labelledby={`remove-${person.id}`}>
            <p id={`remove-${person.id}`}>{t('confirmRemove', { name: person.name, code })}</p>
            <button type="button" className="danger" onClick={() => removeAction.run({ input: ids })}>
              {t('confirm')}
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </div>
        ) : (
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            {t('remove')}
          </button>
        )}
        <Refusal error={removeAction.error} />
      </div>
    </details>
  );
}
