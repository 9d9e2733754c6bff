import { useId } from 'react';
import { useMessages } from '../../i18n/messages.ts';
import type { CompareView } from './ComparePage.tsx';
import { compareMessages } from './messages.ts';

/** The two version pickers (versions of the same standard), the swap, the view switch and the filter. */
export function CompareControls({
  from,
  to,
  versions,
  view,
  onlyChanged,
  onChange,
  label = (value) => value,
  names,
}: {
  from: string;
  to: string;
  versions: string[];
  view: CompareView;
  onlyChanged: boolean;
  onChange(updates: Record<string, string | null>): void;
  /** How an option reads (a draft's revisions: "Revision 3" for `3`); the value itself by default. */
  label?: (value: string) => string;
  /** The pickers' legend and labels, where the things compared are not versions. */
  names?: { legend: string; from: string; to: string };
}) {
  const t = useMessages(compareMessages);
  const fromId = useId();
  const toId = useId();
  const options = (current: string) => (versions.includes(current) ? versions : [...versions, current]);
  return (
    <div className="compare-controls">
      <fieldset className="compare-pickers">
        <legend>{names?.legend ?? t('pickers')}</legend>
        <div>
          <label htmlFor={fromId}>{names?.from ?? t('fromLabel')}</label>
          <select id={fromId} value={from} onChange={(event) => onChange({ from: event.target.value })}>
            {options(from).map((designation) => (
              <option key={designation} value={designation}>
                {label(designation)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="compare-swap"
          title={t('swapLabel')}
          onClick={() => {
            // The pair in the address now (a version picked a moment ago may not have rendered yet).
            const current = new URLSearchParams(window.location.search);
            onChange({ from: current.get('to') ?? to, to: current.get('from') ?? from });
          }}
        >
          <span aria-hidden="true">⇄ </span>
          {t('swap')}
        </button>
        <div>
          <label htmlFor={toId}>{names?.to ?? t('toLabel')}</label>
          <select id={toId} value={to} onChange={(event) => onChange({ to: event.target.value })}>
            {options(to).map((designation) => (
              <option key={designation} value={designation}>
                {label(designation)}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      <fieldset className="compare-view">
        <legend>{t('viewLabel')}</legend>
        {(['side', 'inline'] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name="compare-view"
              value={value}
              checked={view === value}
              onChange={() => onChange({ view: value === 'side' ? null : value })}
            />{' '}
            {value === 'side' ? t('viewSide') : t('viewInline')}
          </label>
        ))}
        <label>
          <input
            type="checkbox"
            checked={onlyChanged}
            onChange={(event) => onChange({ only: event.target.checked ? 'changed' : null })}
          />{' '}
          {t('onlyChanged')}
        </label>
      </fieldset>
    </div>
  );
}
