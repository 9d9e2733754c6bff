import { useCallback, useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import type { ApiError } from '../../api/client.ts';
import { useQuery } from '../../api/useQuery.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDate, todayIso } from '../../i18n/dates.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { localized, useMessages } from '../../i18n/messages.ts';
import { AnswerPanel } from './AnswerPanel.tsx';
import { CitedBy } from './CitedBy.tsx';
import { csvFileName, download, versionsCsv } from './export.ts';
import { FollowButton } from './FollowButton.tsx';
import { standardMessages } from './messages.ts';
import {
  type ApplicabilityData,
  type ApplicabilityScope,
  designationOfPath,
  questionOf,
  type StandardData,
  type VersionStatus,
} from './model.ts';
import { StandardNotFound } from './StandardNotFound.tsx';
import { ApplicabilityDocument, StandardDocument } from './queries.ts';
import { Timeline } from './Timeline.tsx';
import type { TimelineVersion } from './timeline-layout.ts';
import { VersionsTable } from './VersionsTable.tsx';
import './standard.css';

/** `/standards/<designation>?on=&scope=`: a standard, its versions over time, and what applies on a date. */
export default function StandardPage() {
  const designation = designationOfPath(useParams()['*']);
  const [params, setParams] = useSearchParams();
  const today = todayIso();
  const { on, scope } = questionOf(params, today);
  const standard = useQuery(StandardDocument, { designation });
  // A date move fetches only this: the rule's answer and each version's status on that date.
  const answer = useQuery(ApplicabilityDocument, { designation, on, scope });

  const onChange = useCallback(
    // From the URL as it is when applied, so two quick changes (date, then scope) both stay.
    (next: { on?: string; scope?: ApplicabilityScope }) =>
      setParams(
        (current) => {
          const updated = new URLSearchParams(current);
          if (next.on) updated.set('on', next.on);
          if (next.scope) updated.set('scope', next.scope);
          return updated;
        },
        { replace: true },
      ),
    [setParams],
  );

  const found = standard.data?.standard;
  if (standard.error && !standard.data) return <ErrorMessage error={standard.error} onRetry={standard.refetch} />;
  if (!standard.data) return <Loading />;
  if (!found) return <StandardNotFound designation={designation} />;
  return (
    <StandardView
      standard={found}
      on={on}
      scope={scope}
      today={today}
      onChange={onChange}
      answer={answer.data?.standard ?? undefined}
      answerLoading={answer.loading}
      answerError={answer.error}
      onRetry={answer.refetch}
    />
  );
}

interface ViewProps {
  standard: StandardData;
  on: string;
  scope: ApplicabilityScope;
  today: string;
  onChange(next: { on?: string; scope?: ApplicabilityScope }): void;
  answer?: ApplicabilityData;
  answerLoading: boolean;
  answerError?: ApiError;
  onRetry(): void;
}

function StandardView({
  standard,
  on,
  scope,
  today,
  onChange,
  answer,
  answerLoading,
  answerError,
  onRetry,
}: ViewProps) {
  const t = useMessages(standardMessages);
  const { lang } = useLanguage();
  usePageTitle(standard.designation);
  const versions = useMemo(() => standard.versions.edges.map((e) => e.node), [standard]);
  const timelineVersions = useMemo<TimelineVersion[]>(
    () => versions.map((v) => ({ ...v, base: v.base?.designation ?? null })),
    [versions],
  );
  const statuses = useMemo(() => {
    const byDesignation = new Map<string, VersionStatus>();
    if (answer && answer.applicability.on === on && answer.applicability.scope === scope) {
      for (const { node } of answer.versions.edges) byDesignation.set(node.designation, node.status);
    }
    return byDesignation;
  }, [answer, on, scope]);
  const other = lang === 'zh' ? 'en' : 'zh';
  const otherTitle = standard.title[other];
  const caption = t('versionsCaption', {
    designation: standard.designation,
    date: formatDate(on, lang),
    scope: t(`scope_${scope}`),
  });
  const exportCsv = () => {
    const header = [
      t('colVersion'),
      t('colType'),
      t('colPublished'),
      t('colEffective'),
      t('colNewTypes'),
      t('colExistingTypes'),
      t('colWithdrawn'),
      `${t('colStatus')} (${on}, ${t(`scope_${scope}`)})`,
      t('replaces', { list: '' }).trim(),
      t('replacedBy', { list: '' }).trim(),
    ];
    const text = versionsCsv(versions, statuses, header, {
      type: (type) => t(`type_${type}`),
      status: (status) => t(`status_${status}`),
    });
    download(text, csvFileName(standard.designation, on, scope), 'text/csv;charset=utf-8');
  };

  return (
    <article className="standard">
      <header className="standard-head">
        <h1>
          <span className="designation">{standard.designation}</span>{' '}
          <span className="title">{localized(standard.title, lang)}</span>
        </h1>
        {otherTitle && otherTitle !== localized(standard.title, lang) && (
          <p className="other-title" lang={other === 'zh' ? 'zh-CN' : 'en'}>
            {otherTitle}
          </p>
        )}
        <dl className="facts">
          <div>
            <dt>{t('kind')}</dt>
            <dd>{t(`kind_${standard.kind}`)}</dd>
          </div>
          <div>
            <dt>{t('publisher')}</dt>
            <dd>{standard.publisher}</dd>
          </div>
          <div>
            <dt>{t('committee')}</dt>
            <dd>
              {standard.committee ? (
                <>
                  {standard.committee.code} · {localized(standard.committee.name, lang)}
                </>
              ) : (
                <span className="muted">{t('noCommittee')}</span>
              )}
            </dd>
          </div>
        </dl>
        <FollowButton key={standard.id} standardId={standard.id} />
      </header>

      <AnswerPanel
        designation={standard.designation}
        on={on}
        scope={scope}
        onChange={onChange}
        answer={answer?.applicability}
        loading={answerLoading}
        error={answerError}
        onRetry={onRetry}
      />

      <section aria-labelledby="timeline-h">
        <h2 id="timeline-h">{t('timeline')}</h2>
        <Timeline designation={standard.designation} versions={timelineVersions} scope={scope} on={on} today={today} />
      </section>

      <section aria-labelledby="versions-h">
        <h2 id="versions-h">{t('versions')}</h2>
        <VersionsTable
          designation={standard.designation}
          versions={versions}
          statuses={statuses}
          on={on}
          scope={scope}
          caption={caption}
        />
        <p className="exports">
          <button type="button" onClick={exportCsv}>
            {t('exportCsv')}
          </button>
          <a href={`/export.json?standards=${encodeURIComponent(standard.designation)}`} download>
            {t('exportJson')}
          </a>
        </p>
      </section>

      <CitedBy references={standard.citedBy.edges.map((e) => e.node)} on={on} scope={scope} />
    </article>
  );
}
