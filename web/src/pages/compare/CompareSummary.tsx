import { useMessages } from '../../i18n/messages.ts';
import { KIND_SYMBOL } from './ClauseEntry.tsx';
import { type Entry, type EntryKind, summaryOf } from './compareModel.ts';
import { compareMessages } from './messages.ts';

const COUNTS = [
  ['added', 'countAdded'],
  ['removed', 'countRemoved'],
  ['changed', 'countChanged'],
  ['moved', 'countMoved'],
  ['unchanged', 'countUnchanged'],
] as const satisfies readonly (readonly [EntryKind, keyof (typeof compareMessages)['en']])[];

/** How many clauses were added, removed, changed, moved and kept. */
export function CompareSummary({ entries }: { entries: Entry[] }) {
  const t = useMessages(compareMessages);
  const counts = summaryOf(entries);
  return (
    <section aria-labelledby="compare-summary" className="compare-summary">
      <h2 id="compare-summary">{t('summary')}</h2>
      <ul>
        {COUNTS.map(([kind, key]) => (
          <li key={kind} className={`clause-${kind}`}>
            <span aria-hidden="true">{KIND_SYMBOL[kind]} </span>
            {t(key, { n: counts[kind] })}
          </li>
        ))}
      </ul>
    </section>
  );
}
