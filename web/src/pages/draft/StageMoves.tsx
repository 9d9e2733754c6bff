import type { DraftStage } from '../../gql/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { ActionError } from './ActionError.tsx';
import { labels } from './labels.ts';
import { draftMessages } from './messages.ts';
import { MoveDraftDocument } from './queries.ts';
import { useAction } from './useAction.ts';

/** The draft's stage and one button per move the API says the viewer may make (`viewerCanMoveTo`). */
export function StageMoves(props: {
  draftId: string;
  stage: DraftStage;
  lockVersion: number;
  moves: DraftStage[];
  onChanged(): void;
}) {
  const t = useMessages(draftMessages);
  const label = useMessages(labels);
  const move = useAction(MoveDraftDocument, props.onChanged);
  return (
    <section className="draft-stage" aria-labelledby="draft-stage">
      <h2 id="draft-stage">
        {t('stage')}
        <span className="stage-name">{label(props.stage)}</span>
      </h2>
      {props.moves.length > 0 ? (
        <fieldset className="stage-moves">
          <legend className="sr-only">{t('moves')}</legend>
          {props.moves.map((to) => (
            <button
              key={to}
              type="button"
              disabled={move.busy}
              onClick={() =>
                move.run({
                  input: {
                    draftId: props.draftId,
                    fromStage: props.stage,
                    lockVersion: props.lockVersion,
                    toStage: to,
                  },
                })
              }
            >
              {t('moveTo', { stage: label(to) })}
            </button>
          ))}
        </fieldset>
      ) : (
        <p className="muted">{t('noMoves')}</p>
      )}
      <ActionError error={move.error} />
    </section>
  );
}
