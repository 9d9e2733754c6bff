import { type FormEvent, useId, useRef, useState } from 'react';
import { ApiError, request } from '../../api/client.ts';
import { useMessages } from '../../i18n/messages.ts';
import { ActionError } from './ActionError.tsx';
import { UploadCommentSheetDocument } from './commentQueries.ts';
import { commentMessages } from './commentMessages.ts';
import { SheetDownload } from './SheetDownload.tsx';

interface Problem {
  line: number;
  column?: string | null;
  message: string;
}

type Outcome = { added: number } | { problems: Problem[] } | { error: ApiError } | null;

/**
 * The draft's comment sheet: its download (read with the session cookie), and for those who may comment
 * an upload of a filled sheet, read in the browser; the registry takes all its new rows or none.
 */
export function CommentSheet(props: { draftId: string; path: string; canUpload: boolean; onChanged(): void }) {
  const t = useMessages(commentMessages);
  const id = useId();
  const file = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = file.current?.files?.[0];
    if (!chosen) return;
    setBusy(true);
    setOutcome(null);
    try {
      const csv = await chosen.text();
      const data = await request(UploadCommentSheetDocument, { input: { draftId: props.draftId, csv } });
      setOutcome({ added: data.uploadCommentSheet.threads.length });
      if (file.current) file.current.value = '';
      props.onChanged();
    } catch (caught) {
      const error = caught instanceof ApiError ? caught : new ApiError('UNKNOWN', String(caught));
      const problems = error.extensions.problems;
      setOutcome(
        error.code === 'INVALID_COMMENT_SHEET' && Array.isArray(problems)
          ? { problems: problems as Problem[] }
          : { error },
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="comment-sheet" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('sheet')}</h2>
      <p>{t('sheetIntro')}</p>
      <SheetDownload path={props.path} />
      {props.canUpload && (
        <form onSubmit={submit}>
          <label htmlFor={`${id}-file`}>{t('sheetFile')}</label>
          <input id={`${id}-file`} ref={file} type="file" accept=".csv,text/csv" required />
          <button type="submit" disabled={busy}>
            {busy ? t('uploading') : t('upload')}
          </button>
          <SheetOutcome outcome={outcome} />
        </form>
      )}
    </section>
  );
}

function SheetOutcome({ outcome }: { outcome: Outcome }) {
  const t = useMessages(commentMessages);
  if (outcome === null) return null;
  if ('added' in outcome) {
    const text =
      outcome.added === 0
        ? t('uploadedNone')
        : outcome.added === 1
          ? t('uploadedOne')
          : t('uploaded', { n: outcome.added });
    return (
      <p className="success" role="status">
        {text}
      </p>
    );
  }
  if ('error' in outcome) return <ActionError error={outcome.error} />;
  return (
    <div className="error" role="alert">
      <p>{t('sheetRefused')}</p>
      <ul>
        {outcome.problems.map((problem) => (
          <li key={`${problem.line}-${problem.column ?? ''}-${problem.message}`}>
            {t('problem', {
              line: problem.line,
              column: problem.column ? t('inColumn', { column: problem.column }) : '',
              message: problem.message,
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
