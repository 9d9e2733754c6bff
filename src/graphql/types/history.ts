import { historyPayload } from '../../domain/history/payloads.ts';
import { builder } from '../builder.ts';
import { Standard } from './standard.ts';
import { StandardVersion } from './version.ts';

export const HistoryEvent = builder.drizzleObject('events', {
  name: 'HistoryEvent',
  description: 'One recorded change: who, when, what, on which entity, with the data that changed.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Sequence number; later events have larger numbers.' }),
    at: t.expose('at', { type: 'DateTime', description: 'When the change was committed.' }),
    action: t.exposeString('action', {
      description: 'What happened, as `<entity>.<verb>`, e.g. `draft.stageMoved`, `version.corrected`.',
    }),
    // People are visible to signed-in callers only; an anonymous reader of a standard's public
    // history gets null here rather than an error for every event.
    actor: t.relation('actor', {
      nullable: true,
      description: 'Who made the change; null for the command line (imports, seeding) and for anonymous callers.',
      authScopes: { authenticated: true },
      unauthorizedResolver: () => null,
    }),
    entityType: t.exposeString('entityType', { description: 'The kind of entity changed, e.g. `Draft`, `Standard`.' }),
    entityId: t.exposeInt('entityId', { description: 'The row number of the entity changed.' }),
    data: t.field({
      type: 'JSON',
      description:
        'What changed: a payload with fixed keys per `action` (documented in docs/api.md, History payloads); ' +
        'an empty object for an action without one.',
      select: { columns: { data: true, action: true } },
      resolve: (event) => historyPayload(event.action, event.data),
    }),
  }),
});

// History is committee work's record, read through the drizzle plugin (answers are not cached).
builder.objectField(Standard, 'history', (t) =>
  t.drizzleConnection({
    type: 'events',
    description: 'Changes to this standard, newest first.',
    resolve: (query, standard, _args, ctx) =>
      ctx.db.query.events.findMany(
        query({ where: { entityType: 'Standard', entityId: standard.id }, orderBy: { id: 'desc' } }),
      ),
  }),
);

builder.objectField(StandardVersion, 'history', (t) =>
  t.drizzleConnection({
    type: 'events',
    description: 'Changes to this version, newest first.',
    resolve: (query, version, _args, ctx) =>
      ctx.db.query.events.findMany(
        query({ where: { entityType: 'StandardVersion', entityId: version.id }, orderBy: { id: 'desc' } }),
      ),
  }),
);
