import { type FormEvent, useState } from 'react';
import { ApiError, request } from '../../api/client.ts';
import type { CommitteeRole } from '../../gql/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { Field } from './Field.tsx';
import { committeeMessages } from './messages.ts';
import { type Member, PersonByEmailDoc, SetMembershipDoc } from './queries.ts';
import { Refusal } from './Refusal.tsx';
import { ROLES } from './roles.ts';

type Person = { id: string; name: string };
type Outcome = { added: string; role: CommitteeRole } | { same: string; role: CommitteeRole } | { missing: string };
/** A role change waiting for the administrator's yes: setMembership replaces the role the person holds. */
type Pending = { person: Person; current: CommitteeRole; role: CommitteeRole };

interface Props {
  committeeId: string;
  /** The committee's members as the page shows them: someone among them is asked about before a change. */
  members: readonly Member[];
  onDone(): void;
}

/** An administrator gives someone already recorded a role here: personByEmail, then setMembership. */
export function AddExistingForm({ committeeId, members, onDone }: Props) {
  const t = useMessages(committeeMessages);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<CommitteeRole>('MEMBER');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [pending, setPending] = useState<Pending | undefined>();

  const attempt = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    setOutcome(undefined);
    setPending(undefined);
    try {
      await work();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('UNKNOWN', String(caught)));
    } finally {
      setBusy(false);
    }
  };
  // A question asked about other values than those now in the form is withdrawn.
  const edit = (change: () => void) => {
    change();
    setPending(undefined);
  };
  const give = async (person: Person, given: CommitteeRole) => {
    await request(SetMembershipDoc, { input: { committeeId, personId: person.id, role: given } });
    setOutcome({ added: person.name, role: given });
    setEmail('');
    onDone();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void attempt(async () => {
      const { personByEmail: person } = await request(PersonByEmailDoc, { email });
      if (!person) return setOutcome({ missing: email });
      const current = members.find((member) => member.person.id === person.id)?.role;
      if (current === role) return setOutcome({ same: person.name, role });
      if (current) return setPending({ person, current, role });
      await give(person, role);
    });
  };

  return (
    <form className="committee-form" onSubmit={submit} aria-labelledby="committee-add-existing">
      <h3 id="committee-add-existing">{t('addExisting')}</h3>
      <p className="muted">{t('addExistingHelp')}</p>
      <Field label={t('email')}>
        {(id) => (
          <input id={id} type="email" required value={email} onChange={(e) => edit(() => setEmail(e.target.value))} />
        )}
      </Field>
      <Field label={t('role')}>
        {(id) => (
          <select id={id} value={role} onChange={(e) => edit(() => setRole(e.target.value as CommitteeRole))}>
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
      {pending && (
        <div role="alertdialog" aria-labelledby="committee-confirm-role">
          <p id="committee-confirm-role">
            {t('confirmRoleChange', {
              name: pending.person.name,
              current: t(`role_${pending.current}`),
              role: t(`role_${pending.role}`),
            })}
          </p>
          <button type="button" onClick={() => void attempt(() => give(pending.person, pending.role))}>
            {t('confirmChange')}
          </button>{' '}
          <button type="button" onClick={() => setPending(undefined)}>
            {t('cancel')}
          </button>
        </div>
      )}
      {outcome && 'added' in outcome && (
        <output>{t('added', { name: outcome.added, role: t(`role_${outcome.role}`) })}</output>
      )}
      {outcome && 'same' in outcome && (
        <output>{t('sameRole', { name: outcome.same, role: t(`role_${outcome.role}`) })}</output>
      )}
      {outcome && 'missing' in outcome && <p role="alert">{t('noSuchPerson', { email: outcome.missing })}</p>}
      <Refusal error={error} />
    </form>
  );
}
