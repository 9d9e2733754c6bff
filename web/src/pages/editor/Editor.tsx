import { useLayoutEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError, request } from '../../api/client.ts';
import { paths } from '../../app/paths.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { ClauseList } from './ClauseFields.tsx';
import { toInput } from './clauseTree.ts';
import { ConflictPanel } from './ConflictPanel.tsx';
import { editorMessages } from './messages.ts';
import { AddRevisionDocument, EditorDraftDocument } from './queries.ts';
import { type Saved, useEditorState } from './useEditorState.ts';

const REVERSE: Record<string, string> = { up: 'down', down: 'up', indent: 'outdent', outdent: 'indent' };

/** The editing form of one draft's text; `saved` is the current revision when the page loaded. */
export function Editor({ personId, draftId, saved }: { personId: string; draftId: string; saved: Saved }) {
  const t = useMessages(editorMessages);
  const { lang } = useLanguage();
  const navigate = useNavigate();
  const state = useEditorState(personId, draftId, saved, t('newHeading'));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const [conflict, setConflict] = useState<Saved | null>(null);
  const [status, setStatus] = useState('');
  const draftPath = { pathname: paths.draft(draftId), search: `?lang=${lang}` };

  // Focus follows the clause a button moved (or the control that replaced a removed one).
  useLayoutEffect(() => {
    const target = state.focus.current;
    if (!target) return;
    state.focus.current = null;
    if ('id' in target) return document.getElementById(target.id)?.focus();
    const clause = document.querySelector(`[data-clause-key="${target.key}"]`);
    // A move that is no longer possible (up at the top) leaves focus on its reverse, else the heading.
    const usable = [target.control, REVERSE[target.control] ?? 'heading', 'heading']
      .map((name) => clause?.querySelector<HTMLButtonElement>(`[data-focus="${name}"]`))
      .find((control) => control && !control.disabled);
    usable?.focus();
  });

  async function save(basedOn: number) {
    setBusy(true);
    setError(undefined);
    const note = state.note.trim();
    try {
      await request(AddRevisionDocument, {
        input: { draftId, clauses: toInput(state.tree), note: note === '' ? null : note, basedOn },
      });
      state.reset({ number: basedOn + 1, clauses: [] });
      navigate(draftPath);
    } catch (caught) {
      const apiError = caught instanceof ApiError ? caught : new ApiError('UNKNOWN', String(caught));
      if (apiError.code === 'CONFLICT') {
        const latest = await request(EditorDraftDocument, { id: draftId }).catch(() => null);
        const revision = latest?.draft?.currentRevision;
        if (revision) {
          setConflict({ number: revision.number, clauses: revision.clauses });
          return;
        }
      }
      setError(apiError);
    } finally {
      setBusy(false);
    }
  }

  const startFromNewest = (newest: Saved) => {
    state.reset(newest);
    setConflict(null);
    setStatus(t('discarded'));
  };

  const next = state.basedOn + 1;
  return (
    <>
      <p>{state.basedOn === 0 ? t('basedOnNone') : t('basedOn', { n: state.basedOn, next })}</p>
      {state.restoredAt && (
        <div className="editor-notice" role="status">
          <p>
            {t('restored', {
              time: new Date(state.restoredAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB'),
              n: state.basedOn,
            })}
          </p>
          <button
            type="button"
            onClick={() => {
              state.reset(saved);
              setStatus(t('discarded'));
            }}
          >
            {t('discard')}
          </button>
        </div>
      )}
      {!state.stored && <p className="error">{t('notStored')}</p>}
      <p className="editor-status" role="status">
        {status}
      </p>
      {conflict && (
        <ConflictPanel
          newest={conflict}
          basedOn={state.basedOn}
          mine={state.tree}
          busy={busy}
          onSaveOnTop={() => save(conflict.number)}
          onStartFromNewest={() => startFromNewest(conflict)}
        />
      )}
      <section aria-labelledby="editor-clauses">
        <div className="editor-toolbar">
          <h2 id="editor-clauses">{t('clauses')}</h2>
          <button
            type="button"
            aria-describedby="editor-renumber-hint"
            onClick={() => {
              state.renumberAll();
              setStatus(t('renumbered'));
            }}
          >
            {t('renumber')}
          </button>
          <span id="editor-renumber-hint" className="muted">
            {t('renumberHint')}
          </span>
        </div>
        {state.removed && (
          <div className="editor-notice" role="status">
            <p>{t('removed', { number: state.removed.clause.number })}</p>
            <button type="button" id="editor-undo" onClick={state.undo}>
              {t('undo')}
            </button>
          </div>
        )}
        {state.tree.length === 0 ? (
          <p>
            {t('noClauses')}{' '}
            <button type="button" onClick={state.addFirst}>
              {t('addFirst')}
            </button>
          </p>
        ) : (
          <ClauseList clauses={state.tree} onChange={state.change} onAction={state.act} />
        )}
      </section>
      <form
        className="editor-save"
        onSubmit={(event) => {
          event.preventDefault();
          void save(state.basedOn);
        }}
      >
        <label htmlFor="editor-note">{t('note')}</label>
        <textarea
          id="editor-note"
          rows={2}
          value={state.note}
          onChange={(event) => state.setNote(event.target.value)}
        />
        {error && (
          <p className="error" role="alert">
            {t('failed', { message: error.message, code: error.code })}
          </p>
        )}
        <div className="editor-actions">
          <button type="submit" className="primary" disabled={busy || state.tree.length === 0}>
            {busy ? t('saving') : t('save', { n: next })}
          </button>
          <Link to={draftPath}>{t('backToDraft')}</Link>
        </div>
      </form>
    </>
  );
}
