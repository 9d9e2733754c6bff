import { useEffect, useRef } from 'react';
import { useMessages } from '../../i18n/messages.ts';
import { ClauseEntry } from '../compare/ClauseEntry.tsx';
import '../compare/compare.css';
import type { EditClause, SavedClause } from './clauseTree.ts';
import { conflictEntries } from './conflictModel.ts';
import { editorMessages } from './messages.ts';

interface Props {
  newest: { number: number; clauses: SavedClause[] };
  basedOn: number;
  mine: EditClause[];
  busy: boolean;
  onSaveOnTop(): void;
  onStartFromNewest(): void;
}

/** A newer revision was saved meanwhile: it and the person's text side by side, and the two ways on. */
export function ConflictPanel({ newest, basedOn, mine, busy, onSaveOnTop, onStartFromNewest }: Props) {
  const t = useMessages(editorMessages);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const entries = conflictEntries(newest.clauses, mine);
  const differing = entries.filter((entry) => entry.kind !== 'unchanged');
  const same = entries.length - differing.length;
  return (
    <section className="editor-conflict" aria-labelledby="editor-conflict-heading">
      <h2 id="editor-conflict-heading" ref={heading} tabIndex={-1}>
        {t('conflictHeading', { n: newest.number })}
      </h2>
      <p>{t('conflictIntro', { mine: basedOn, n: newest.number })}</p>
      {differing.length === 0 ? (
        <p>{t('noDifference')}</p>
      ) : (
        <ol className="clause-list clause-list-side">
          {differing.map((entry, index) => (
            <ClauseEntry
              // biome-ignore lint/suspicious/noArrayIndexKey: clauses may share a number; the list is rebuilt whole.
              key={`${entry.kind}-${entry.number}-${index}`}
              entry={entry}
              view="side"
              labels={{ before: t('newest', { n: newest.number }), after: t('yours') }}
            />
          ))}
        </ol>
      )}
      {same > 0 && differing.length > 0 && <p className="muted">{t('conflictSame', { n: same })}</p>}
      <div className="editor-actions">
        <button type="button" className="primary" disabled={busy} onClick={onSaveOnTop}>
          {t('saveOnTop', { n: newest.number, next: newest.number + 1 })}
        </button>
        <button type="button" disabled={busy} onClick={onStartFromNewest}>
          {t('startFromNewest', { n: newest.number })}
        </button>
      </div>
    </section>
  );
}
