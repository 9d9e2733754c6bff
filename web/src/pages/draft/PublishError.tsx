import type { ApiError } from '../../api/client.ts';
import { useMessages } from '../../i18n/messages.ts';
import { publishMessages } from './publishMessages.ts';

type FieldName = 'designation' | 'published' | 'effective' | 'mandatoryNewTypes' | 'mandatoryExistingTypes';
const FIELDS: FieldName[] = ['designation', 'published', 'effective', 'mandatoryNewTypes', 'mandatoryExistingTypes'];
const isField = (value: unknown): value is FieldName => FIELDS.includes(value as FieldName);

/** `publishDraft`'s refusal in words (docs/api.md's codes); the form's label names the field at fault. */
export function PublishError({ error, standard }: { error?: ApiError; standard: string }) {
  const t = useMessages(publishMessages);
  if (!error) return null;
  const field = error.extensions.field;
  let text: string;
  if (error.code === 'INVALID_INPUT' && field === 'published') text = t('errorPublished');
  // The date inputs send only calendar days: a refused mandatory date comes before the version takes effect.
  else if (error.code === 'INVALID_INPUT' && (field === 'mandatoryNewTypes' || field === 'mandatoryExistingTypes'))
    text = t('errorOrder', { field: t(field) });
  else if (error.code === 'INVALID_INPUT' && isField(field)) text = t('errorDate', { field: t(field) });
  else if (error.code === 'CONFLICT' && field === 'designation') text = t('errorTaken');
  else if (error.code === 'CONFLICT') {
    return (
      <div className="error" role="alert">
        <p>{t('errorStale')}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {t('reload')}
        </button>
      </div>
    );
  } else if (error.code === 'CONSENT_REQUIRED') text = t('errorConsent');
  else if (error.code === 'ILLEGAL_TRANSITION') text = t('errorNotNow');
  else if (error.code === 'DESIGNATION_NOT_OF_STANDARD') text = t('errorNotOfStandard', { standard });
  else if (error.code === 'DESIGNATION_PLANNED') text = t('errorPlanned');
  else text = t('errorOther', { message: error.message, code: error.code });
  return (
    <p className="error" role="alert">
      {text}
    </p>
  );
}
