import { createPubSub } from 'graphql-yoga';
import type { ActivityBus, DraftActivity } from '../domain/activity.ts';

/** In-process pub/sub (Yoga's). One per app instance; a multi-process deployment would swap in Redis. */
export function createActivityBus(): ActivityBus {
  const pubsub = createPubSub<{
    draftActivity: [draftId: number, activity: DraftActivity];
    accessChanged: [personId: number];
  }>();
  return {
    publish: (activity) => pubsub.publish('draftActivity', activity.draftId, activity),
    subscribe: (draftId) => pubsub.subscribe('draftActivity', draftId),
    accessChanged: (personId) => pubsub.publish('accessChanged', personId),
    subscribeAccessChanges: () => pubsub.subscribe('accessChanged'),
  };
}
