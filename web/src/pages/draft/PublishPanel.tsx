import { type FormEvent, useId, useRef, useState } from 'react';
import { ApiError, request } from '../../api/client.ts';
import type { WebPublishPreviewFragment } from '../../gql/graphql.ts';
import { formatDate, todayIso } from '../../i18n/dates.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { PublishError } from './PublishError.tsx';
import { PublishPreview } from './PublishPreview.tsx';
import { publishMessages } from './publishMessages.ts';
import { PublishDraftDocument } from './publishQueries.ts';

type Dates = { published: string; effective: string; mandatoryNewTypes: string; mandatoryExistingTypes: string };
const DATE_FIELDS = ['effective', 'mandatoryNewTypes', 'mandatoryExistingTypes'] as const;

/**
 * The officer's publish step (shown only when `Draft.viewerCanPublish`): the preview, the dates, then a
 * modal <dialog> to confirm; `publishDraft` checks everything again and its refusals are shown in words.
 */
export function PublishPanel(props: {
  draftId: string;
  lockVersion: number;
  preview: WebPublishPreviewFragment;
  onPublished(): void;
}) {
  const { preview } = props;
  const t = useMessages(publishMessages);
  const { lang } = useLanguage();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const [designation, setDesignation] = useState(preview.designationTaken ? '' : preview.designation);
  const [dates, setDates] = useState<Dates>({
    published: todayIso(),
    effective: '',
    mandatoryNewTypes: '',
    mandatoryExistingTypes: '',
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const blocked = preview.awaitingConsent.length > 0;
  const set = (field: keyof Dates) => (value: string) => setDates((current) => ({ ...current, [field]: value }));

  const review = (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    dialog.current?.showModal();
    confirmButton.current?.focus();
  };
  const publish = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await request(PublishDraftDocument, {
        input: {
          draftId: props.draftId,
          lockVersion: props.lockVersion,
          // The planned designation goes as null: the server's default, with no second check of it.
          designation: designation.trim() === preview.designation ? null : designation.trim(),
          published: dates.published.trim(),
          effective: dates.effective || null,
          mandatoryNewTypes: dates.mandatoryNewTypes || null,
          mandatoryExistingTypes: dates.mandatoryExistingTypes || null,
        },
      });
      dialog.current?.close();
      props.onPublished();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('UNKNOWN', String(caught)));
    } finally {
      setBusy(false);
    }
  };
  const shown = (date: string, empty: string) => (date ? formatDate(date, lang) : empty);

  return (
    <section className="publish" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('title')}</h2>
      <p>{t('intro')}</p>
      <PublishPreview preview={preview} />
      <form className="publish-form" onSubmit={review}>
        <label htmlFor={`${id}-designation`}>{t('designation')}</label>
        <input
          id={`${id}-designation`}
          required
          value={designation}
          onChange={(event) => setDesignation(event.target.value)}
        />
        <label htmlFor={`${id}-published`}>{t('published')}</label>
        <input
          id={`${id}-published`}
          required
          inputMode="numeric"
          pattern="\d{4}(-\d{2}(-\d{2})?)?"
          aria-describedby={`${id}-published-hint`}
          value={dates.published}
          onChange={(event) => set('published')(event.target.value)}
        />
        <p id={`${id}-published-hint`} className="hint">
          {t('publishedHint')}
        </p>
        {DATE_FIELDS.map((field) => (
          <div key={field}>
            <label htmlFor={`${id}-${field}`}>{t(field)}</label>
            <input
              id={`${id}-${field}`}
              type="date"
              aria-describedby={`${id}-${field}-hint`}
              value={dates[field]}
              onChange={(event) => set(field)(event.target.value)}
            />
            <p id={`${id}-${field}-hint`} className="hint">
              {t(field === 'effective' ? 'effectiveHint' : 'mandatoryHint')}
            </p>
          </div>
        ))}
        <button type="submit" disabled={blocked}>
          {t('review')}
        </button>
      </form>
      <dialog ref={dialog} className="publish-dialog" aria-labelledby={`${id}-confirm`}>
        <h3 id={`${id}-confirm`}>{t('confirmTitle', { designation: designation.trim() })}</h3>
        <p>{t('confirmText')}</p>
        <dl className="publish-preview">
          <dt>{t('published')}</dt>
          <dd>{shown(dates.published, t('notSet'))}</dd>
          <dt>{t('effective')}</dt>
          <dd>{shown(dates.effective, t('whenPublished'))}</dd>
          <dt>{t('mandatoryNewTypes')}</dt>
          <dd>{shown(dates.mandatoryNewTypes, t('notSet'))}</dd>
          <dt>{t('mandatoryExistingTypes')}</dt>
          <dd>{shown(dates.mandatoryExistingTypes, t('notSet'))}</dd>
          <dt>{t('replaces')}</dt>
          <dd>{preview.replaces.map((version) => version.designation).join(', ') || t('replacesNothing')}</dd>
        </dl>
        <PublishError error={error} standard={preview.standardDesignation} />
        <div className="form-buttons">
          <button ref={confirmButton} type="button" className="primary" disabled={busy} onClick={publish}>
            {busy ? t('publishing') : t('confirm')}
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            {t('back')}
          </button>
        </div>
      </dialog>
    </section>
  );
}
