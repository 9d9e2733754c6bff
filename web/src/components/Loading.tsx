import { shellMessages } from '../app/messages.ts';
import { useMessages } from '../i18n/messages.ts';

export function Loading() {
  const t = useMessages(shellMessages);
  return (
    <p className="loading" role="status">
      {t('loading')}
    </p>
  );
}
