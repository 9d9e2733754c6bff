import { useEffect, useId } from 'react';
import { Link } from 'react-router';
import type { ApiError } from '../../api/client.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { formatDate, todayIso } from '../../i18n/dates.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { DateText } from './DateText.tsx';
import { standardMessages } from './messages.ts';
import { type ApplicabilityData, type ApplicabilityScope, SCOPES, standardLink } from './model.ts';
import { StatusBadge } from './StatusBadge.tsx';

/** The name of the performance mark set each time an answer is drawn (read by the benchmark). */
export const ANSWER_DRAWN_MARK = 'standard-answer-drawn';

interface Props {
  designation: string;
  on: string;
  scope: ApplicabilityScope;
  onChange(next: { on?: string; scope?: ApplicabilityScope }): void;
  answer?: ApplicabilityData['applicability'];
  loading: boolean;
  error?: ApiError;
  onRetry(): void;
}

/** The date and scope controls and the rule's own answer for them (from the API). */
export function AnswerPanel({ designation, on, scope, onChange, answer, loading, error, onRetry }: Props) {
  const t = useMessages(standardMessages);
  const { lang } = useLanguage();
  const dateId = useId();
  const scopeName = useId();
  const current = answer && answer.on === on && answer.scope === scope ? answer : undefined;

  useEffect(() => {
    if (current) performance.mark(ANSWER_DRAWN_MARK, { detail: { on: current.on, scope: current.scope } });
  }, [current]);

  return (
    <section className="answer-panel" aria-labelledby={`${dateId}-h`}>
      <h2 id={`${dateId}-h`}>{t('question')}</h2>
      <form className="question" onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor={dateId}>{t('onDate')}</label>
          <input
            id={dateId}
            type="date"
            value={on}
            required
            onChange={(event) => event.target.value && onChange({ on: event.target.value })}
          />
          <button type="button" onClick={() => onChange({ on: todayIso() })}>
            {t('today')}
          </button>
        </div>
        <fieldset className="field scope">
          <legend>{t('scope')}</legend>
          {SCOPES.map((value) => (
            <label key={value}>
              <input
                type="radio"
                name={scopeName}
                value={value}
                checked={scope === value}
                onChange={() => onChange({ scope: value })}
              />
              {t(`scope_${value}`)}
            </label>
          ))}
        </fieldset>
      </form>
      {error && <ErrorMessage error={error} onRetry={onRetry} />}
      <div
        className="answer"
        aria-live="polite"
        aria-busy={loading}
        data-answer-on={current?.on}
        data-answer-scope={current?.scope}
      >
        {current && (
          <>
            <h3>{t('answerTitle', { date: formatDate(on, lang), scope: t(`scope_${scope}`) })}</h3>
            <Answer answer={current} on={on} scope={scope} />
            <p className="permalink">
              <Link to={standardLink(designation, on, scope)}>{t('permalink')}</Link>
            </p>
          </>
        )}
      </div>
    </section>
  );
}

function Answer({
  answer,
  on,
  scope,
}: {
  answer: ApplicabilityData['applicability'];
  on: string;
  scope: ApplicabilityScope;
}) {
  const t = useMessages(standardMessages);
  const [first, ...others] = answer.versions;
  // The status and whether compliance is required, as badges.
  const state = (entry: ApplicabilityData['applicability']['versions'][number]) => (
    <>
      <StatusBadge status={entry.status} />{' '}
      <span className={`mandatory mandatory-${String(entry.mandatory)}`}>
        {t(`mandatory_${String(entry.mandatory) as 'true'}`)}
      </span>
    </>
  );
  return (
    <>
      {first ? (
        <div className="current">
          <span className="label">{t('current')}</span>{' '}
          <strong className="designation">{first.version.designation}</strong> {state(first)}
          {first.modifications.length > 0 && (
            <div className="muted">
              {t('modifications', { list: first.modifications.map((m) => m.designation).join(', ') })}
            </div>
          )}
        </div>
      ) : (
        <p className="none">{t('none')}</p>
      )}
      {others.length > 0 && (
        <div className="also">
          <h4>{t('alsoApplies')}</h4>
          <ul>
            {others.map((entry) => (
              <li key={entry.version.designation}>
                <span className="designation">{entry.version.designation}</span> {state(entry)}
                {entry.modifications.length > 0 && (
                  <span className="muted">
                    {' '}
                    {t('modifications', { list: entry.modifications.map((m) => m.designation).join(', ') })}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {answer.unknown.length > 0 && (
        <div className="undecided">
          <h4>
            <StatusBadge status="UNKNOWN" /> {t('undecided')}
          </h4>
          <ul>
            {answer.unknown.map((v) => (
              <li key={v.designation}>
                <span className="designation">{v.designation}</span>
                {v.published && (
                  <>
                    {' · '}
                    {t('colPublished')} <DateText date={v.published} />
                  </>
                )}
                {v.effective && (
                  <>
                    {' · '}
                    {t('colEffective')} <DateText date={v.effective} />
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {answer.successors.length > 0 && (
        <div className="successors">
          <h4>{t('successors')}</h4>
          <ul>
            {answer.successors.map((v) => (
              <li key={v.designation}>
                <Link to={standardLink(v.standard.designation, on, scope)}>{v.designation}</Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
