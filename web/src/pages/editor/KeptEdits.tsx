import { useState } from 'react';
import { useLanguage } from '../../i18n/language.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { type EditClause, flatten } from './clauseTree.ts';
import { editorMessages } from './messages.ts';
import { clearEdits, readEdits } from './storedEdits.ts';

/** The tree as plain text to copy: `number heading` lines, each clause's text below, indented by depth. */
export function plainText(tree: readonly EditClause[]): string {
  return flatten(tree)
    .map(({ clause, depth }) => {
      const indent = '  '.repeat(depth);
      const text = clause.text.trim() === '' ? '' : `\n${indent}${clause.text.trim().replace(/\n/g, `\n${indent}`)}`;
      return `${indent}${clause.number} ${clause.heading}${text}`;
    })
    .join('\n\n');
}

/**
 * Unsaved edits of a draft the person may no longer revise (it moved on meanwhile): never lost
 * silently, shown read-only to copy, until the person discards them.
 */
export function KeptEdits({ personId, draftId }: { personId: string; draftId: string }) {
  const t = useMessages(editorMessages);
  const { lang } = useLanguage();
  const [kept, setKept] = useState(() => readEdits(personId, draftId));
  const [status, setStatus] = useState('');
  return (
    <>
      <p className="editor-status" role="status">
        {status}
      </p>
      {kept && (
        <section className="editor-notice editor-kept" aria-labelledby="editor-kept">
          <h2 id="editor-kept">{t('keptTitle')}</h2>
          <p>
            {t('keptIntro', {
              time: new Date(kept.changedAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB'),
              n: kept.basedOn,
            })}
          </p>
          <label htmlFor="editor-kept-text">{t('keptLabel')}</label>
          <textarea
            id="editor-kept-text"
            readOnly
            rows={12}
            value={[kept.note.trim() ? t('keptNote', { note: kept.note.trim() }) : '', plainText(kept.clauses)]
              .filter(Boolean)
              .join('\n\n')}
          />
          <button
            type="button"
            onClick={() => {
              clearEdits(personId, draftId);
              setKept(null);
              setStatus(t('keptDiscarded'));
            }}
          >
            {t('discard')}
          </button>
        </section>
      )}
    </>
  );
}
