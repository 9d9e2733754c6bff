import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { isAllowed } from '../../domain/accounts/permissions.ts';
import { committeeHistory, personHistory } from '../../domain/accounts/history.ts';
import { builder } from '../builder.ts';
import { Committee } from './committee.ts';
import { HistoryEvent } from './history.ts';
import { Person } from './person.ts';

// Membership and token changes as history. Who reads them is PERMISSIONS['committee.history'] and
// ['person.history']; others get null, as for the members list.

const PAGE = { defaultSize: 20, maxSize: 100 };

builder.objectField(Committee, 'history', (t) =>
  t.connection(
    {
      type: HistoryEvent,
      nullable: true,
      description:
        'Changes to who holds which role in the committee, newest first: `membership.added`, ' +
        '`membership.roleChanged`, `membership.removed`, and administrators acting as officers ' +
        '(`committee.actingOfficerTaken` with its reason, `committee.actingOfficerEnded`). Null unless the caller ' +
        'holds a role in the committee or is an administrator.',
      resolve: (committee, args, ctx) =>
        isAllowed(ctx.viewer, 'committee.history', { committeeId: committee.id })
          ? resolveOffsetConnection({ args, ...PAGE }, (page) => committeeHistory(ctx.db, committee.id, page))
          : null,
    },
    { name: 'CommitteeHistoryConnection', description: "A page of a committee's history, newest first." },
  ),
);

builder.objectField(Person, 'history', (t) =>
  t.connection(
    {
      type: HistoryEvent,
      nullable: true,
      description:
        "The person's account history, newest first: the record created, tokens created and revoked " +
        '(`token.created`, `token.revoked`; never a secret), roles in committees given, changed and removed, ' +
        'acting officer roles. Null unless the caller is the person or an administrator.',
      resolve: (person, args, ctx) =>
        isAllowed(ctx.viewer, 'person.history', { ownerId: person.id })
          ? resolveOffsetConnection({ args, ...PAGE }, (page) => personHistory(ctx.db, person.id, page))
          : null,
    },
    { name: 'PersonHistoryConnection', description: "A page of a person's account history, newest first." },
  ),
);
