import { isObjectType, lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { builder } from './builder.ts';
import './types/enums.ts';
import './types/localized-text.ts';
import './types/committee.ts';
import './types/standard.ts';
import './types/version.ts';
import './types/clause.ts';
import './types/reference.ts';
import './types/applicability.ts';
import './types/person.ts';
import './types/history.ts';
import './types/account-history.ts';
import './types/draft.ts';
import './types/draft-oversight.ts';
import './types/draft-workspace.ts';
import './types/my-work.ts';
import './types/revision.ts';
import './types/comment.ts';
import './types/comment-carry.ts';
import './types/ballot-rules.ts';
import './types/ballot.ts';
import './types/draft-activity.ts';
import './types/search.ts';
import './types/compare.ts';
import './types/revision-compare.ts';
import './types/horizon.ts';
import './types/version-list.ts';
import './types/watch.ts';
import './types/notification.ts';
import './types/webhook.ts';
import './types/session.ts';

/**
 * The drizzle plugin adds `totalCount` to connections without a description and offers no
 * option for one; every field of the contract is described (a test checks), so it is set here.
 */
function describeTotalCounts(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    const field = type.getFields().totalCount;
    if (field && !field.description) field.description = 'How many items the whole list holds, across all pages.';
  }
  return schema;
}

/** The executable schema, types sorted so the printed SDL is stable. */
export const schema = describeTotalCounts(lexicographicSortSchema(builder.toSchema()));
