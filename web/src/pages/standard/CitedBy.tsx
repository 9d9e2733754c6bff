import { Link } from 'react-router';
import { useMessages } from '../../i18n/messages.ts';
import { standardMessages } from './messages.ts';
import { type ApplicabilityScope, type StandardData, standardLink } from './model.ts';

type Reference = StandardData['citedBy']['edges'][number]['node'];

/** The versions of other standards that cite or adopt this one, linked to their pages. */
export function CitedBy({ references, on, scope }: { references: Reference[]; on: string; scope: ApplicabilityScope }) {
  const t = useMessages(standardMessages);
  return (
    <section aria-labelledby="cited-by-h">
      <h2 id="cited-by-h">{t('citedBy')}</h2>
      {references.length === 0 ? (
        <p className="muted">{t('citedByNone')}</p>
      ) : (
        <ul className="cited-by">
          {references.map((ref) => (
            <li key={`${ref.citingVersion.designation}-${ref.kind}`}>
              <Link to={standardLink(ref.citingVersion.standard.designation, on, scope)}>
                {ref.citingVersion.designation}
              </Link>{' '}
              <span className="muted">— {t(`ref_${ref.kind}`, { degree: ref.degree ?? '' })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
