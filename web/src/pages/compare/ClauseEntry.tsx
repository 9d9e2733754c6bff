import { useMessages } from '../../i18n/messages.ts';
import type { Entry, EntryKind, Segment } from './compareModel.ts';
import { DiffText, whole } from './DiffText.tsx';
import { compareMessages } from './messages.ts';

const KIND_LABEL = {
  added: 'kindAdded',
  removed: 'kindRemoved',
  changed: 'kindChanged',
  moved: 'kindMoved',
  unchanged: 'kindUnchanged',
} as const satisfies Record<EntryKind, keyof (typeof compareMessages)['en']>;

/** The symbol beside each kind, so that the kind never depends on colour. */
export const KIND_SYMBOL: Record<EntryKind, string> = {
  added: '+',
  removed: '−',
  changed: '~',
  moved: '↕',
  unchanged: '=',
};

function diffsOf(entry: Entry): { heading: Segment[]; text: Segment[] } {
  if (entry.kind === 'added')
    return { heading: whole(entry.after?.heading, 'INSERTED'), text: whole(entry.after?.text, 'INSERTED') };
  if (entry.kind === 'removed')
    return { heading: whole(entry.before?.heading, 'DELETED'), text: whole(entry.before?.text, 'DELETED') };
  if (entry.kind === 'unchanged')
    return { heading: whole(entry.after?.heading, 'EQUAL'), text: whole(entry.after?.text, 'EQUAL') };
  return { heading: entry.headingDiff ?? [], text: entry.textDiff ?? [] };
}

/** One clause of the comparison: its kind in words and symbol, then its heading and text, side by side or inline. */
export function ClauseEntry({
  entry,
  view,
  labels,
  absent,
}: {
  entry: Entry;
  view: 'side' | 'inline';
  /** The two versions' designations, captioning the sides. */
  labels: { before: string; after: string };
  /** What an empty side says, where the things compared are not versions. */
  absent?: string;
}) {
  const t = useMessages(compareMessages);
  const { heading, text } = diffsOf(entry);
  const number = entry.kind === 'moved' ? `${entry.before?.number} → ${entry.after?.number}` : entry.number;
  const notes: string[] = [];
  if (entry.kind === 'moved')
    notes.push(t('movedFrom', { from: entry.before?.number ?? '', to: entry.after?.number ?? '' }));
  if (entry.informativeChanged) notes.push(entry.after?.informative ? t('nowInformative') : t('nowNormative'));
  const side = (which: 'before' | 'after') => {
    const present = which === 'before' ? entry.kind !== 'added' : entry.kind !== 'removed';
    return (
      <div className={present ? `clause-side clause-${which}` : `clause-side clause-${which} clause-side-empty`}>
        <p className="clause-caption">{labels[which]}</p>
        {!present && <p className="clause-absent">{absent ?? t('absent')}</p>}
        {present && (
          <>
            <p className="clause-heading">
              <DiffText segments={heading} side={which} />
            </p>
            <p className="clause-text">{text.length ? <DiffText segments={text} side={which} /> : t('noBody')}</p>
          </>
        )}
      </div>
    );
  };
  if (entry.kind === 'unchanged')
    return (
      <li className="clause-entry clause-unchanged">
        <h3>
          <span className="clause-kind">
            <span aria-hidden="true">{KIND_SYMBOL.unchanged} </span>
            {t('kindUnchanged')}
          </span>{' '}
          <span className="clause-number">{number}</span> <span className="clause-heading">{entry.after?.heading}</span>
        </h3>
      </li>
    );
  return (
    <li className={`clause-entry clause-${entry.kind}`}>
      <h3>
        <span className="clause-kind">
          <span aria-hidden="true">{KIND_SYMBOL[entry.kind]} </span>
          {t(KIND_LABEL[entry.kind])}
        </span>{' '}
        <span className="clause-number">{number}</span>{' '}
        {entry.after?.informative && <span className="clause-informative">({t('informative')})</span>}
      </h3>
      {notes.map((note) => (
        <p key={note} className="clause-note">
          {note}
        </p>
      ))}
      {view === 'side' ? (
        <div className="clause-sides">
          {side('before')}
          {side('after')}
        </div>
      ) : (
        <div className="clause-inline">
          <p className="clause-heading">
            <DiffText segments={heading} />
          </p>
          <p className="clause-text">{text.length ? <DiffText segments={text} /> : t('noBody')}</p>
        </div>
      )}
    </li>
  );
}
