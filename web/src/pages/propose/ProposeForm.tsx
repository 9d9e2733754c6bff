import { type FormEvent, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, request } from '../../api/client.ts';
import { paths } from '../../app/paths.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import type { StandardKind, VersionType } from '../../gql/graphql.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { localized, useMessages } from '../../i18n/messages.ts';
import { Field } from './Field.tsx';
import { proposeMessages } from './messages.ts';
import { type FieldError, fieldErrorOf, type ProposeValues, replacesList } from './proposeErrors.ts';
import { CreateDraftDoc } from './queries.ts';

export interface ProposeCommittee {
  id: string;
  code: string;
  name: { en: string; zh?: string | null };
  /** The standards the committee is responsible for: the ones it may revise, offered as suggestions. */
  standards: { edges: { node: { designation: string } }[] };
}

const VERSION_TYPES = ['EDITION', 'SERIES', 'AMENDMENT', 'SUPPLEMENT', 'CORRIGENDUM'] as const;
const MODIFICATIONS: readonly string[] = ['AMENDMENT', 'SUPPLEMENT', 'CORRIGENDUM'];
const KINDS = ['GB', 'GB_T', 'ISO', 'SAE', 'UN_R', 'OTHER'] as const;

function inputOf(v: ProposeValues) {
  const title = v.titleEn.trim() ? { en: v.titleEn.trim(), zh: v.titleZh.trim() || null } : null;
  return {
    committeeId: v.committeeId,
    ...(v.mode === 'revise'
      ? { standardDesignation: v.standard.trim() }
      : {
          newStandard: { designation: v.newDesignation.trim(), kind: v.kind as StandardKind, publisher: v.publisher },
        }),
    title,
    versionDesignation: v.version.trim(),
    versionType: v.versionType as VersionType,
    baseVersionDesignation: MODIFICATIONS.includes(v.versionType) ? v.base.trim() : null,
    replaces: replacesList(v.replaces),
  };
}

/** The proposal: which committee, what it revises or creates, the version it plans and what that replaces. */
export function ProposeForm({ committees }: { committees: ProposeCommittee[] }) {
  const t = useMessages(proposeMessages);
  const { lang } = useLanguage();
  const navigate = useNavigate();
  const [values, setValues] = useState<ProposeValues>({
    committeeId: committees[0]!.id,
    mode: 'revise',
    standard: '',
    newDesignation: '',
    kind: 'GB',
    publisher: '',
    titleEn: '',
    titleZh: '',
    version: '',
    versionType: 'EDITION',
    base: '',
    replaces: '',
  });
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<FieldError | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  // The value is read now: the event's target is gone by the time a state updater runs.
  const set = (key: keyof ProposeValues) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [key]: value }));
  };

  // The refused field takes the focus, its value kept, so the person corrects it at once.
  useEffect(() => {
    if (refused?.fieldId) document.getElementById(refused.fieldId)?.focus();
    else if (refused) document.getElementById('propose-errors')?.focus();
  }, [refused]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setRefused(null);
    setFailure(null);
    try {
      const answer = await request(CreateDraftDoc, { input: inputOf(values) });
      navigate({ pathname: paths.draft(answer.createDraft.draft.id), search: `?lang=${lang}` });
    } catch (caught) {
      const error = caught instanceof ApiError ? caught : new ApiError('UNKNOWN', String(caught));
      const code = committees.find((c) => c.id === values.committeeId)?.code ?? '';
      const described = fieldErrorOf(error, values, code);
      if (described) setRefused(described);
      else setFailure(error);
      setBusy(false);
    }
  }

  const errorText = refused ? t(refused.key as keyof (typeof proposeMessages)['en'], refused.values) : undefined;
  const errorFor = (id: string) => (refused?.fieldId === id ? errorText : undefined);
  const isNew = values.mode === 'new';
  return (
    <form className="propose-form" onSubmit={submit} noValidate={false}>
      {refused && (
        <div id="propose-errors" className="error" role="alert" tabIndex={-1}>
          <p>{t('errorsTitle')}</p>
          <p>{errorText}</p>
        </div>
      )}
      <Field id="propose-committee" label={t('committee')} error={errorFor('propose-committee')}>
        {(p) => (
          <select {...p} value={values.committeeId} onChange={set('committeeId')}>
            {committees.map((c) => (
              <option key={c.id} value={c.id}>
                {c.code} {localized(c.name, lang)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className="propose-mode">
        <legend>{t('what')}</legend>
        {(['revise', 'new'] as const).map((mode) => (
          <label key={mode}>
            <input
              type="radio"
              name="mode"
              value={mode}
              checked={values.mode === mode}
              onChange={() => setValues((v) => ({ ...v, mode }))}
            />{' '}
            {mode === 'revise' ? t('revise') : t('newStandard')}
          </label>
        ))}
      </fieldset>
      {isNew ? (
        <>
          <Field
            id="propose-new-designation"
            label={t('newDesignation')}
            hint={t('newDesignationHint')}
            error={errorFor('propose-new-designation')}
          >
            {(p) => <input {...p} required value={values.newDesignation} onChange={set('newDesignation')} />}
          </Field>
          <Field id="propose-kind" label={t('kind')} error={errorFor('propose-kind')}>
            {(p) => (
              <select {...p} value={values.kind} onChange={set('kind')}>
                {KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(k)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            id="propose-publisher"
            label={t('publisher')}
            hint={t('publisherHint')}
            error={errorFor('propose-publisher')}
          >
            {(p) => <input {...p} required value={values.publisher} onChange={set('publisher')} />}
          </Field>
        </>
      ) : (
        <Field
          id="propose-standard"
          label={t('standardDesignation')}
          hint={t('standardHint')}
          error={errorFor('propose-standard')}
        >
          {(p) => (
            <>
              <input {...p} required list="propose-standards" value={values.standard} onChange={set('standard')} />
              <datalist id="propose-standards">
                {committees
                  .find((c) => c.id === values.committeeId)
                  ?.standards.edges.map(({ node }) => (
                    <option key={node.designation} value={node.designation} />
                  ))}
              </datalist>
            </>
          )}
        </Field>
      )}
      <Field
        id="propose-title-en"
        label={t('titleEn')}
        hint={isNew ? undefined : t('titleHintRevise')}
        error={errorFor('propose-title-en')}
      >
        {(p) => <input {...p} required={isNew} value={values.titleEn} onChange={set('titleEn')} />}
      </Field>
      <Field id="propose-title-zh" label={t('titleZh')} error={errorFor('propose-title-zh')}>
        {(p) => <input {...p} lang="zh" value={values.titleZh} onChange={set('titleZh')} />}
      </Field>
      <Field
        id="propose-version"
        label={t('versionDesignation')}
        hint={t('versionHint')}
        error={errorFor('propose-version')}
      >
        {(p) => <input {...p} required value={values.version} onChange={set('version')} />}
      </Field>
      <Field id="propose-type" label={t('versionType')} error={errorFor('propose-type')}>
        {(p) => (
          <select {...p} value={values.versionType} onChange={set('versionType')}>
            {VERSION_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(type)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {MODIFICATIONS.includes(values.versionType) && (
        <Field id="propose-base" label={t('baseVersion')} hint={t('baseHint')} error={errorFor('propose-base')}>
          {(p) => <input {...p} required value={values.base} onChange={set('base')} />}
        </Field>
      )}
      <Field id="propose-replaces" label={t('replaces')} hint={t('replacesHint')} error={errorFor('propose-replaces')}>
        {(p) => <textarea {...p} rows={2} value={values.replaces} onChange={set('replaces')} />}
      </Field>
      <button type="submit" className="primary" disabled={busy}>
        {busy ? t('submitting') : t('submit')}
      </button>
      {failure && <ErrorMessage error={failure} />}
    </form>
  );
}
