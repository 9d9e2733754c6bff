import { Link } from 'react-router';
import { DRAFT_STAGES } from '../../../../src/vocabulary/enums.ts';
import { paths } from '../../app/paths.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { localized, useMessages } from '../../i18n/messages.ts';
import { labels } from '../draft/labels.ts';
import { committeeMessages } from './messages.ts';
import type { CommitteeData } from './queries.ts';

/** The committee's drafts the viewer may read, grouped by stage in the order a draft moves. */
export function Drafts({ drafts }: { drafts: CommitteeData['drafts'] }) {
  const t = useMessages(committeeMessages);
  const label = useMessages(labels);
  const { lang } = useLanguage();
  const nodes = drafts.edges.map((edge) => edge.node);
  return (
    <section aria-labelledby="committee-drafts">
      <h2 id="committee-drafts">{t('drafts')}</h2>
      {nodes.length === 0 && <p>{t('noDrafts')}</p>}
      {DRAFT_STAGES.map((stage) => {
        const atStage = nodes.filter((draft) => draft.stage === stage);
        if (atStage.length === 0) return null;
        return (
          <div key={stage} className="work-stage">
            <h3>{label(stage)}</h3>
            <ul className="work-list">
              {atStage.map((draft) => (
                <li key={draft.id}>
                  <Link to={{ pathname: paths.draft(draft.id), search: `?lang=${lang}` }}>
                    {draft.versionDesignation}
                  </Link>{' '}
                  {localized(draft.title, lang)}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
