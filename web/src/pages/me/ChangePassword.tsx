import { type FormEvent, useState } from 'react';
import { ApiError, request } from '../../api/client.ts';
import { AuthError } from '../../auth/AuthError.tsx';
import { authMessages } from '../../auth/messages.ts';
import { passwordProblem } from '../../auth/passwordProblem.ts';
import { useMessages } from '../../i18n/messages.ts';
import { meMessages } from './messages.ts';
import { ChangePasswordDoc } from './queries.ts';

/** Changing the password ends the person's other browser sessions (the list is asked again). */
export function ChangePassword({ onChange }: { onChange(): void }) {
  const t = useMessages(meMessages);
  const a = useMessages(authMessages);
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const newPassword = String(data.get('new'));
    const found = passwordProblem(newPassword, String(data.get('repeat')));
    setError(null);
    setDone(false);
    setProblem(found ? a(found.key, { n: found.n }) : null);
    if (found) return;
    try {
      await request(ChangePasswordDoc, { input: { currentPassword: String(data.get('current')), newPassword } });
      form.reset();
      setDone(true);
      onChange();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('UNKNOWN', String(caught)));
    }
  }

  return (
    <section aria-labelledby="me-password">
      <h2 id="me-password">{t('password')}</h2>
      <form className="auth-form" onSubmit={submit} noValidate>
        <label htmlFor="me-current">{t('currentPassword')}</label>
        <input id="me-current" name="current" type="password" autoComplete="current-password" required />
        <label htmlFor="me-new">{t('newPassword')}</label>
        <input
          id="me-new"
          name="new"
          type="password"
          autoComplete="new-password"
          aria-describedby="me-new-rule"
          required
        />
        <p id="me-new-rule" className="field-hint">
          {a('passwordRule')}
        </p>
        <label htmlFor="me-repeat">{t('repeat')}</label>
        <input id="me-repeat" name="repeat" type="password" autoComplete="new-password" required />
        {problem && (
          <p className="error" role="alert">
            {problem}
          </p>
        )}
        {error && <AuthError error={error} texts={{ SIGN_IN_FAILED: t('currentWrong') }} />}
        {done && <p role="status">{t('passwordChanged')}</p>}
        <button type="submit">{t('changePassword')}</button>
      </form>
    </section>
  );
}
