import { type FormEvent, useState } from 'react';
import { ApiError, request } from '../../api/client.ts';
import type { CommitteeRole } from '../../gql/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { Field } from './Field.tsx';
import { committeeMessages } from './messages.ts';
import { type IssuedLink, OneTimeLink } from './OneTimeLink.tsx';
import { CreatePersonDoc, IssueLinkDoc, SetMembershipDoc } from './queries.ts';
import { Refusal } from './Refusal.tsx';
import { ROLES } from './roles.ts';

const asApiError = (caught: unknown) => (caught instanceof ApiError ? caught : new ApiError('UNKNOWN', String(caught)));

/**
 * An administrator invites a new person: createPerson, setMembership, issueAccountLink INVITATION, in
 * that order. Each is the server's decision; a refusal stops the sequence and is shown.
 */
export function InviteForm({ committeeId, onDone }: { committeeId: string; onDone(): void }) {
  const t = useMessages(committeeMessages);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [role, setRole] = useState<CommitteeRole>('MEMBER');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ error: ApiError; recorded: boolean } | undefined>();
  const [link, setLink] = useState<IssuedLink | undefined>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setLink(undefined);
    let recorded = false;
    try {
      const created = await request(CreatePersonDoc, {
        input: { name, email, organisation: organisation.trim() || null },
      });
      recorded = true;
      const personId = created.createPerson.person.id;
      await request(SetMembershipDoc, { input: { committeeId, personId, role } });
      const issued = await request(IssueLinkDoc, { input: { personId, purpose: 'INVITATION' } });
      setLink(issued.issueAccountLink);
      setName('');
      setEmail('');
      setOrganisation('');
    } catch (caught) {
      setError({ error: asApiError(caught), recorded });
    } finally {
      setBusy(false);
      if (recorded) onDone();
    }
  };

  return (
    <form className="committee-form" onSubmit={submit} aria-labelledby="committee-invite">
      <h3 id="committee-invite">{t('invite')}</h3>
      <p className="muted">{t('inviteHelp')}</p>
      <Field label={t('personName')}>
        {(id) => <input id={id} required value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />}
      </Field>
      <Field label={t('email')}>
        {(id) => (
          <input
            id={id}
            type="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            autoComplete="off"
          />
        )}
      </Field>
      <Field label={t('organisation')}>
        {(id) => (
          <input id={id} value={organisation} onChange={(e) => setOrganisation(e.target.value)} autoComplete="off" />
        )}
      </Field>
      <Field label={t('role')}>
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
      <button type="submit" disabled={busy}>
        {busy ? t('busy') : t('invitePerson')}
      </button>
      {error?.recorded && <p className="error">{t('inviteFailed')}</p>}
      <Refusal error={error?.error} />
      {link && <OneTimeLink link={link} />}
    </form>
  );
}
