import { useMessages } from '../../i18n/messages.ts';
import { type EditClause, fitsIndented, MAX_LEVELS, type Move } from './clauseTree.ts';
import { editorMessages } from './messages.ts';
import { isAnnexNumber } from './numbering.ts';

export type ClauseAction = Move | 'addAfter' | 'addChild' | 'remove';
export type ClausePatch = Partial<Pick<EditClause, 'number' | 'heading' | 'text' | 'informative'>>;

interface Props {
  onChange(key: string, patch: ClausePatch): void;
  onAction(key: string, action: ClauseAction): void;
}

const BUTTONS: { action: ClauseAction; symbol: string }[] = [
  { action: 'up', symbol: '↑' },
  { action: 'down', symbol: '↓' },
  { action: 'outdent', symbol: '←' },
  { action: 'indent', symbol: '→' },
  { action: 'addAfter', symbol: '+' },
  { action: 'addChild', symbol: '+' },
  { action: 'remove', symbol: '×' },
];

/** A list of clauses at `level` (1 at the top), each with its fields, its buttons and its sub-clauses. */
export function ClauseList({ clauses, level = 1, ...props }: Props & { clauses: EditClause[]; level?: number }) {
  return (
    <ol className="editor-clauses">
      {clauses.map((clause, index) => {
        const possible: Possible = {
          up: index > 0,
          down: index < clauses.length - 1,
          indent: index > 0 && fitsIndented(clause, level),
          outdent: level > 1,
          addChild: level < MAX_LEVELS,
        };
        // The depth limit, not the clause's place, is what keeps it from going deeper.
        const atLimit = !possible.addChild || (index > 0 && !possible.indent);
        const annex = level === 1 && isAnnexNumber(clause.number);
        return (
          <ClauseFields
            key={clause.key}
            clause={clause}
            level={level}
            possible={possible}
            atLimit={atLimit}
            annex={annex}
            {...props}
          />
        );
      })}
    </ol>
  );
}

type Possible = Record<Move | 'addChild', boolean>;

/** A clause's fields and buttons; `possible` says which moves its place allows (as `canMove` would). */
function ClauseFields({
  clause,
  level,
  possible,
  atLimit,
  annex,
  onChange,
  onAction,
}: Props & { clause: EditClause; level: number; possible: Possible; atLimit: boolean; annex: boolean }) {
  const t = useMessages(editorMessages);
  const id = (field: string) => `clause-${clause.key}-${field}`;
  const label = clause.number.trim() || '…';
  return (
    <li className="editor-clause" data-clause-key={clause.key}>
      <fieldset>
        <legend>{t(annex ? 'annex' : 'clause', { number: label })}</legend>
        <div className="editor-row">
          <p className="editor-number">
            <label htmlFor={id('number')}>{t('number')}</label>
            <input
              id={id('number')}
              value={clause.number}
              maxLength={40}
              onChange={(event) => onChange(clause.key, { number: event.target.value })}
            />
          </p>
          <p className="editor-heading">
            <label htmlFor={id('heading')}>{t('heading')}</label>
            <input
              id={id('heading')}
              data-focus="heading"
              value={clause.heading}
              maxLength={500}
              onChange={(event) => onChange(clause.key, { heading: event.target.value })}
            />
          </p>
        </div>
        <p>
          <label htmlFor={id('text')}>{t('text')}</label>
          <textarea
            id={id('text')}
            rows={Math.min(8, Math.max(2, Math.ceil(clause.text.length / 80)))}
            value={clause.text}
            onChange={(event) => onChange(clause.key, { text: event.target.value })}
          />
        </p>
        <p>
          <label className="choice">
            <input
              type="checkbox"
              checked={clause.informative}
              onChange={(event) => onChange(clause.key, { informative: event.target.checked })}
            />{' '}
            {t('informative')}
          </label>
        </p>
        <fieldset className="editor-buttons">
          <legend className="sr-only">{t('arrange', { number: label })}</legend>
          {BUTTONS.map(({ action, symbol }) => {
            return (
              <button
                key={action}
                type="button"
                data-focus={action}
                disabled={action in possible && !possible[action as keyof Possible]}
                onClick={() => onAction(clause.key, action)}
              >
                <span aria-hidden="true">{symbol} </span>
                {t(action)}
              </button>
            );
          })}
        </fieldset>
        {atLimit && <p className="muted editor-limit">{t('deepest', { n: MAX_LEVELS })}</p>}
      </fieldset>
      {clause.children.length > 0 && (
        <ClauseList clauses={clause.children} level={level + 1} onChange={onChange} onAction={onAction} />
      )}
    </li>
  );
}
