import { type ScenePeople, sceneApi, stageDraft } from './workspace-scene.ts';

// A draft of the workspace scene taken to working draft with revisions of its own text: for the
// comparison of two revisions and the live updates of the draft page.

const MOVE = `mutation($id: ID!, $from: DraftStage!, $to: DraftStage!, $lock: Int!) {
  moveDraftStage(input: { draftId: $id, fromStage: $from, toStage: $to, lockVersion: $lock }) {
    draft { lockVersion } } }`;
const REVISE = `mutation($id: ID!, $clauses: [ClauseInput!]!) {
  addDraftRevision(input: { draftId: $id, clauses: $clauses }) { revision { id } } }`;

/** The text of a revision: clause 5.1 with its deadline in days, 5.2 only when `withReview`. */
export function revisionText(days: number, withReview = false) {
  return [
    { number: '1', heading: 'Scope', text: 'This document applies to road vehicles.' },
    {
      number: '5',
      heading: 'Requirements',
      clauses: [
        { number: '5.1', heading: 'Safety goals', text: `Each safety goal shall be reviewed within ${days} days.` },
        ...(withReview ? [{ number: '5.2', heading: 'Review', text: 'The review shall be recorded.' }] : []),
      ],
    },
  ];
}

/** A draft of `version` moved to working draft by the secretary, with one revision per text. */
export async function draftWithRevisions(
  origin: string,
  people: ScenePeople,
  standard: string,
  version: string,
  texts: unknown[][],
): Promise<{ draftId: string; lockVersion: number; revisionIds: string[] }> {
  const { draftId } = await stageDraft(origin, people, standard, version);
  const moved = await sceneApi<{ moveDraftStage: { draft: { lockVersion: number } } }>(origin, people.secretary, MOVE, {
    id: draftId,
    from: 'PROPOSAL',
    to: 'WORKING_DRAFT',
    lock: 1,
  });
  const revisionIds: string[] = [];
  for (const clauses of texts) {
    const saved = await sceneApi<{ addDraftRevision: { revision: { id: string } } }>(origin, people.secretary, REVISE, {
      id: draftId,
      clauses,
    });
    revisionIds.push(saved.addDraftRevision.revision.id);
  }
  return { draftId, lockVersion: moved.moveDraftStage.draft.lockVersion, revisionIds };
}

export { MOVE as MOVE_DRAFT };
