import type { WebPublishPreviewFragment, WebPublishVersionRefFragment } from '../../gql/graphql.ts';
import { formatDate } from '../../i18n/dates.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { standardMessages } from '../standard/messages.ts';
import { publishMessages } from './publishMessages.ts';

/** What `publishDraft` would create and replace, from the server's `publishPreview`; warnings that block it. */
export function PublishPreview({ preview }: { preview: WebPublishPreviewFragment }) {
  const t = useMessages(publishMessages);
  const std = useMessages(standardMessages);
  const { lang } = useLanguage();
  const versionText = (version: WebPublishVersionRefFragment) =>
    version.published
      ? t('replacedVersion', { designation: version.designation, date: formatDate(version.published, lang) })
      : version.designation;
  return (
    <>
      <dl className="publish-preview">
        <dt>{t('willCreate')}</dt>
        <dd>
          {t('versionOf', {
            designation: preview.designation,
            type: std(`type_${preview.versionType}`),
            standard: preview.standardDesignation,
          })}
          {!preview.standard && <> {t('newStandard', { standard: preview.standardDesignation })}</>}
        </dd>
        <dt>{t('text')}</dt>
        <dd>{t('clauses', { n: preview.revision?.number ?? 0, count: preview.clauseCount })}</dd>
        {preview.baseVersion && (
          <>
            <dt>{t('base')}</dt>
            <dd>{preview.baseVersion.designation}</dd>
          </>
        )}
        <dt>{t('replaces')}</dt>
        <dd>
          {preview.replaces.length === 0 ? (
            t('replacesNothing')
          ) : (
            <ul className="publish-replaces">
              {preview.replaces.map((version) => (
                <li key={version.designation}>{versionText(version)}</li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      {preview.awaitingConsent.length > 0 && (
        <p className="publish-warning" data-warning="consent">
          {t('awaiting', {
            list: preview.awaitingConsent
              .map((version) =>
                t('awaitingOne', {
                  designation: version.designation,
                  committee: version.standard.committee?.code ?? t('noCommittee'),
                }),
              )
              .join(lang === 'zh' ? '；' : '; '),
          })}
        </p>
      )}
      {preview.designationTaken && (
        <p className="publish-warning" data-warning="taken">
          {t('taken', { designation: preview.designation })}
        </p>
      )}
    </>
  );
}
