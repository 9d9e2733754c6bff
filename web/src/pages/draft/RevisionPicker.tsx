import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../app/paths.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { revisionMessages } from './revisionMessages.ts';

/** Every revision's number: a draft's revisions are numbered 1, 2, … without gaps. */
export const revisionNumbers = (count: number): number[] => Array.from({ length: count }, (_, k) => k + 1);

/** The pair of revisions a comparison starts from: the one before the latest, and the latest. */
export function defaultRevisionPair(numbers: number[]): { from: number; to: number } | null {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted.length < 2 ? null : { from: sorted[sorted.length - 2]!, to: sorted[sorted.length - 1]! };
}

/** Two revisions of the draft, chosen from lists, then opened as a comparison (`/drafts/:id/compare`). */
export function RevisionPicker({ draftId, numbers }: { draftId: string; numbers: number[] }) {
  const t = useMessages(revisionMessages);
  const { lang } = useLanguage();
  const navigate = useNavigate();
  const pair = defaultRevisionPair(numbers);
  const [from, setFrom] = useState(pair?.from ?? 1);
  const [to, setTo] = useState(pair?.to ?? 1);
  const fromId = useId();
  const toId = useId();
  if (!pair) return null;
  const options = [...numbers].sort((a, b) => a - b);
  return (
    <form
      className="revision-picker"
      onSubmit={(event) => {
        event.preventDefault();
        navigate(`${paths.draftCompare(draftId, from, to)}&lang=${lang}`);
      }}
    >
      <fieldset>
        <legend>{t('pickLegend')}</legend>
        <span className="revision-choice">
          <label htmlFor={fromId}>{t('fromRevision')}</label>
          <select id={fromId} value={from} onChange={(event) => setFrom(Number(event.target.value))}>
            {options.map((n) => (
              <option key={n} value={n}>
                {t('revisionN', { n })}
              </option>
            ))}
          </select>
        </span>
        <span className="revision-choice">
          <label htmlFor={toId}>{t('toRevision')}</label>
          <select id={toId} value={to} onChange={(event) => setTo(Number(event.target.value))}>
            {options.map((n) => (
              <option key={n} value={n}>
                {t('revisionN', { n })}
              </option>
            ))}
          </select>
        </span>
        <button type="submit">{t('compare')}</button>
      </fieldset>
    </form>
  );
}
