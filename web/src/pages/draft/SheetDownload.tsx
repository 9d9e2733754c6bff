import { type MouseEvent, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { paths } from '../../app/paths.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { ActionError } from './ActionError.tsx';
import { commentMessages } from './commentMessages.ts';

/** The sheet's error answer (JSON with a coded error), as an ApiError. */
async function errorOf(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
    const first = body.errors?.[0];
    if (first) return new ApiError(first.extensions?.code ?? 'UNKNOWN', first.message, response.status);
  } catch {
    // Not JSON: the status says enough.
  }
  return new ApiError(`HTTP_${response.status}`, `The registry answered ${response.status}.`, response.status);
}

const fileNameOf = (response: Response) =>
  /filename="([^"]+)"/u.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'comments.csv';

/**
 * The comment sheet link. A click reads the sheet first and saves it only when it came: an ended session
 * (or lost access) is said in words instead of saving the error answer as the CSV. The link itself stays a
 * plain download for "save link as".
 */
export function SheetDownload({ path }: { path: string }) {
  const t = useMessages(commentMessages);
  const { lang } = useLanguage();
  const location = useLocation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const save = async (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const response = await fetch(path, { credentials: 'same-origin' });
      if (!response.ok) throw await errorOf(response);
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = fileNameOf(response);
      link.click();
      // The browser has taken the file once the click is handled; the URL then only holds memory.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('NETWORK', 'The registry could not be reached.'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <p>
        <a href={path} download onClick={save} aria-busy={busy}>
          {t('download')}
        </a>{' '}
        {busy && <span role="status">{t('downloading')}</span>}
      </p>
      {error?.code === 'UNAUTHENTICATED' ? (
        <div className="error" role="alert">
          <p>{t('sheetSignedOut')}</p>
          <p>
            <Link to={`${paths.signIn(location.pathname)}&lang=${lang}`}>{t('signIn')}</Link>
          </p>
        </div>
      ) : (
        <ActionError error={error} />
      )}
    </>
  );
}
