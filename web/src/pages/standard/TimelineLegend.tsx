import type { ReactNode } from 'react';
import { useMessages } from '../../i18n/messages.ts';
import { standardMessages } from './messages.ts';

const swatch = (shape: ReactNode) => (
  <svg width="28" height="16" viewBox="0 0 28 16" aria-hidden="true" focusable="false">
    {shape}
  </svg>
);

/** What each colour and mark of the timeline means, in words (wraps on a phone, prints beside the picture). */
export function TimelineLegend() {
  const t = useMessages(standardMessages);
  const items: [ReactNode, string][] = [
    [swatch(<rect className="tl-inForce" x="2" y="3" width="24" height="10" />), t('legendInForce')],
    [swatch(<rect className="tl-transition" x="2" y="3" width="24" height="10" />), t('legendTransition')],
    [swatch(<rect className="tl-undecided" x="2" y="3" width="24" height="10" />), t('legendUndecided')],
    [swatch(<rect className="tl-pending" x="2" y="3" width="24" height="10" />), t('legendPending')],
    [swatch(<path className="tl-cutoff-new" d="M8,3 h12 l-6,8z" />), t('legendCutoffNew')],
    [swatch(<path className="tl-cutoff-existing" d="M8,3 h12 l-6,8z" />), t('legendCutoffExisting')],
    [swatch(<path className="tl-withdrawn" d="M9,2 l10,12 M19,2 l-10,12" />), t('legendWithdrawn')],
    [swatch(<path className="tl-modification" d="M14,2 l6,6 l-6,6 l-6,-6z" />), t('legendModification')],
    [swatch(<line className="tl-on" x1="14" x2="14" y1="0" y2="16" />), t('legendOn')],
    [swatch(<line className="tl-today" x1="14" x2="14" y1="0" y2="16" />), t('legendToday')],
  ];
  return (
    <figcaption className="timeline-legend">
      <span className="visually-hidden">{t('legend')}: </span>
      <ul>
        {items.map(([shape, text]) => (
          <li key={text}>
            {shape}
            {text}
          </li>
        ))}
      </ul>
    </figcaption>
  );
}
