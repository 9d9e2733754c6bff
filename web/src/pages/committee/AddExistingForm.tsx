import { type FormEvent, useState } from 'react';
import { ApiError, request } from '../../api/client.ts';
import type { CommitteeRole } from '../../gql/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { Field } from './Field.tsx';
import { committeeMessages } from './messages.ts';
import { PersonByEmailDoc, SetMembershipDoc } from './queries.ts';
import { Refusal } from './Refusal.tsx';
import { ROLES } from './roles.ts';

type Outcome = { added: string; role: CommitteeRole } | { missing: string };

/** An administrator gives someone already recorded a role here: personByEmail, then setMembership. */
export function AddExistingForm({ committeeId, onDone }: { committeeId: string; onDone(): void }) {
  const t = useMessages(committeeMessages);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<CommitteeRole>('MEMBER');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const [outcome, setOutcome] = useState<Outcome | undefined>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setOutcome(undefined);
    try {
      const { personByEmail: person } = await request(PersonByEmailDoc, { email });
      if (!person) {
        setOutcome({ missing: email });
        return;
      }
      await request(SetMembershipDoc, { input: { committeeId, personId: person.id, role } });
      setOutcome({ added: person.name, role });
      setEmail('');
      onDone();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('UNKNOWN', String(caught)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="committee-form" onSubmit={submit} aria-labelledby="committee-add-existing">
      <h3 id="committee-add-existing">{t('addExisting')}</h3>
      <p className="muted">{t('addExistingHelp')}</p>
      <Field label={t('email')}>
        {(id) => <input id={id} type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />}
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
        {busy ? t('busy') : t('add')}
      </button>
      {outcome && 'added' in outcome && (
        <output>{t('added', { name: outcome.added, role: t(`role_${outcome.role}`) })}</output>
      )}
      {outcome && 'missing' in outcome && <p role="alert">{t('noSuchPerson', { email: outcome.missing })}</p>}
      <Refusal error={error} />
    </form>
  );
}
