/**
 * Live draft activity. Verbs publish the ids of the events they recorded, after their transaction
 * commits (never before: a subscriber must not hear of a change that was rolled back).
 */
export interface DraftActivity {
  draftId: number;
  eventId: number;
}

export interface ActivityBus {
  publish(activity: DraftActivity): void;
  subscribe(draftId: number): AsyncIterable<DraftActivity>;
  /**
   * A person's access changed (a token revoked, a role removed or changed), after the change
   * committed: their live streams are checked again at once, not at their draft's next event.
   */
  accessChanged?(personId: number): void;
  subscribeAccessChanges?(): AsyncIterable<number>;
}
