import { useMessages } from '../../i18n/messages.ts';
import type { Segment } from './compareModel.ts';
import { compareMessages } from './messages.ts';

/**
 * A diff as text: insertions in <ins>, deletions in <del>, each also announced in words for screen
 * readers and marked by a symbol on screen (not by colour alone). `side` keeps one side's text only.
 */
export function DiffText({ segments, side }: { segments: Segment[]; side?: 'before' | 'after' }) {
  const t = useMessages(compareMessages);
  return (
    <>
      {segments.map((segment, index) => {
        const key = `${index}-${segment.kind}`;
        if (segment.kind === 'EQUAL') return <span key={key}>{segment.text}</span>;
        if (segment.kind === 'INSERTED') {
          if (side === 'before') return null;
          return (
            <ins key={key}>
              <span className="sr-only">{t('insStart')}</span>
              {segment.text}
              <span className="sr-only">{t('insEnd')}</span>
            </ins>
          );
        }
        if (side === 'after') return null;
        return (
          <del key={key}>
            <span className="sr-only">{t('delStart')}</span>
            {segment.text}
            <span className="sr-only">{t('delEnd')}</span>
          </del>
        );
      })}
    </>
  );
}

/** A whole text inserted or deleted (an added or removed clause). */
export const whole = (text: string | null | undefined, kind: Segment['kind']): Segment[] =>
  text ? [{ kind, text }] : [];
