import { useId } from 'react';
import { useQuery } from '../../api/useQuery.ts';
import { graphql } from '../../gql/index.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { localized, useMessages } from '../../i18n/messages.ts';
import { todayIso } from '../../i18n/dates.ts';
import {
  addMonths,
  CHANGE_KINDS,
  type HorizonState,
  isIsoDay,
  PRESET_MONTHS,
  STANDARD_KINDS,
  VEHICLE_CATEGORIES,
} from './horizonModel.ts';
import { horizonMessages } from './messages.ts';

const CommitteesDocument = graphql(`
  query WebHorizonCommittees {
    committees(first: 100) {
      edges {
        node {
          code
          name {
            en
            zh
          }
        }
      }
    }
  }
`);

const toggle = <T,>(list: T[], value: T, on: boolean): T[] =>
  on ? [...list, value] : list.filter((item) => item !== value);

/** The window (presets, or any two days), the kinds of standard, vehicle categories and committee. */
export function HorizonFilters({
  state,
  onChange,
}: {
  state: HorizonState;
  /** Applies a choice to the page's state as it is in the address now. */
  onChange(update: (current: HorizonState) => HorizonState): void;
}) {
  const t = useMessages(horizonMessages);
  const { lang } = useLanguage();
  const fromId = useId();
  const toId = useId();
  const committeeId = useId();
  const committees = useQuery(CommitteesDocument, {});
  const today = todayIso();
  // Each choice is applied to the state as it is now: two quick clicks both count.
  const set = (patch: (current: HorizonState) => Partial<HorizonState>) =>
    onChange((current) => ({ ...current, ...patch(current) }));
  const filtered =
    state.kinds.length > 0 ||
    state.vehicleCategories.length > 0 ||
    state.committee !== null ||
    state.changes.length > 0;

  return (
    <form className="horizon-filters" onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend>{t('window')}</legend>
        <div className="horizon-presets">
          <span aria-hidden="true">{t('next')}</span>
          {PRESET_MONTHS.map((n) => {
            const current = state.from === today && state.to === addMonths(today, n);
            return (
              <button
                key={n}
                type="button"
                aria-pressed={current}
                onClick={() => set(() => ({ from: today, to: addMonths(today, n) }))}
              >
                <span className="sr-only">{t('next')} </span>
                {t('preset', { n })}
              </button>
            );
          })}
        </div>
        <div className="horizon-days">
          <div>
            <label htmlFor={fromId}>{t('from')}</label>
            <input
              id={fromId}
              type="date"
              value={isIsoDay(state.from) ? state.from : ''}
              onChange={(event) => {
                const from = event.target.value;
                set(() => ({ from }));
              }}
            />
          </div>
          <div>
            <label htmlFor={toId}>{t('to')}</label>
            <input
              id={toId}
              type="date"
              value={isIsoDay(state.to) ? state.to : ''}
              onChange={(event) => {
                const to = event.target.value;
                set(() => ({ to }));
              }}
            />
          </div>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('changes')}</legend>
        <div className="horizon-options horizon-change-kinds">
          {CHANGE_KINDS.map((kind) => (
            <label key={kind}>
              <input
                type="checkbox"
                checked={state.changes.includes(kind)}
                onChange={(event) => {
                  const on = event.target.checked;
                  set((s) => ({ changes: toggle(s.changes, kind, on) }));
                }}
              />{' '}
              {t(kind)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('kinds')}</legend>
        <div className="horizon-options">
          {STANDARD_KINDS.map((kind) => (
            <label key={kind}>
              <input
                type="checkbox"
                checked={state.kinds.includes(kind)}
                onChange={(event) => {
                  const on = event.target.checked;
                  set((s) => ({ kinds: toggle(s.kinds, kind, on) }));
                }}
              />{' '}
              {t(`kind_${kind}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('categories')}</legend>
        <div className="horizon-options horizon-categories">
          {VEHICLE_CATEGORIES.map((category) => (
            <label key={category}>
              <input
                type="checkbox"
                checked={state.vehicleCategories.includes(category)}
                onChange={(event) => {
                  const on = event.target.checked;
                  set((s) => ({ vehicleCategories: toggle(s.vehicleCategories, category, on) }));
                }}
              />{' '}
              {category}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend id={committeeId}>{t('committee')}</legend>
        <select
          aria-labelledby={committeeId}
          value={state.committee ?? ''}
          onChange={(event) => {
            const committee = event.target.value || null;
            set(() => ({ committee }));
          }}
        >
          <option value="">{t('allCommittees')}</option>
          {state.committee && !committees.data?.committees.edges.some((e) => e.node.code === state.committee) && (
            <option value={state.committee}>{state.committee}</option>
          )}
          {committees.data?.committees.edges.map(({ node }) => (
            <option key={node.code} value={node.code}>
              {node.code} — {localized(node.name, lang)}
            </option>
          ))}
        </select>{' '}
        {filtered && (
          <button
            type="button"
            onClick={() => set(() => ({ kinds: [], vehicleCategories: [], committee: null, changes: [] }))}
          >
            {t('clear')}
          </button>
        )}
      </fieldset>
    </form>
  );
}
