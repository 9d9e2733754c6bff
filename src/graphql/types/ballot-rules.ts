import type { Context } from '../../context.ts';
import { loadCommitteeBallotRules, type CommitteeBallotRules } from '../../domain/ballots/committeeRules.ts';
import { setCommitteeBallotRules } from '../../domain/ballots/setCommitteeBallotRules.ts';
import { setMemberBody } from '../../domain/ballots/setMemberBody.ts';
import { BALLOT_RULES, VOTING_UNITS } from '../../domain/enums.ts';
import { builder } from '../builder.ts';
import { Committee } from './committee.ts';
import { enumOf } from './enum-of.ts';
import { Membership, Person } from './person.ts';

// How a committee's ballots are decided, and the member bodies its members sit for. The rules
// themselves are data in domain/ballots/rule.ts; docs/committee-work.md names their sources.

export const BallotRuleEnum = enumOf('BallotRule', "The rule a committee's ballots are decided by.", BALLOT_RULES, {
  ISO:
    'ISO/IEC Directives: at least 2/3 of the votes cast by voting members approve and at most 1/4 of all votes ' +
    'cast are against; abstentions are not votes cast.',
  SAC:
    'SAC national technical committees: at least 3/4 of the voting members take part; at least 2/3 of those ' +
    'taking part approve and at most 1/4 are against (an abstention takes part).',
  UNECE_AC1:
    'UNECE WP.29 Administrative Committee of the 1958 Agreement: at least 4/5 of the contracting parties present ' +
    'and voting approve (an abstention is not voting).',
});

export const VotingUnitEnum = enumOf('VotingUnit', 'Who a vote stands for.', VOTING_UNITS, {
  PERSON: 'Each voting member votes.',
  MEMBER_BODY: 'Each member body votes once, through its head of delegation (ISO P-members vote as countries).',
});

const MinimumDays = builder.objectRef<CommitteeBallotRules['minimumDays']>('BallotMinimumDays').implement({
  description: 'The shortest ballot at each stage, in days from opening to closing (0: any length).',
  fields: (t) => ({
    enquiry: t.exposeInt('ENQUIRY', { description: 'Days an enquiry ballot runs at least.' }),
    approval: t.exposeInt('APPROVAL', { description: 'Days an approval ballot runs at least.' }),
  }),
});

const CommitteeBallotRulesRef = builder.objectRef<CommitteeBallotRules>('CommitteeBallotRules').implement({
  description: "How a committee's ballots are decided. Ballots keep the rule and unit they were opened under.",
  fields: (t) => ({
    rule: t.field({ type: BallotRuleEnum, description: 'The rule.', resolve: (r) => r.rule }),
    votesBy: t.field({
      type: VotingUnitEnum,
      description: 'Per person or per member body.',
      resolve: (r) => r.votesBy,
    }),
    minimumDays: t.field({ type: MinimumDays, description: 'Minimum durations.', resolve: (r) => r.minimumDays }),
  }),
});

builder.objectField(Committee, 'ballotRules', (t) =>
  t.field({
    type: CommitteeBallotRulesRef,
    nullable: true,
    description:
      "How the committee's ballots are decided (the ISO rule, per person, if nothing is recorded); null for " +
      'anonymous callers.',
    resolve: (committee, _a, ctx) => (ctx.viewer === null ? null : loadCommitteeBallotRules(ctx.db, committee.id)),
  }),
);

builder.objectFields(Membership, (t) => ({
  memberBody: t.exposeString('memberBody', {
    nullable: true,
    description: 'The member body (e.g. a national standards body) the person sits for; null if none is recorded.',
  }),
  headOfDelegation: t.exposeBoolean('headOfDelegation', {
    description: "Heads the member body's delegation: casts its vote where the committee votes by member body.",
  }),
}));

const committeeRules = (ctx: Context, committeeId: number) => loadCommitteeBallotRules(ctx.db, committeeId);

builder.relayMutationField(
  'setCommitteeBallotRules',
  {
    description: "How a committee's ballots are to be decided.",
    inputFields: (t) => ({
      committeeId: t.globalID({ required: true, for: Committee, description: 'The committee.' }),
      rule: t.field({ type: BallotRuleEnum, required: true, description: 'The rule.' }),
      votesBy: t.field({ type: VotingUnitEnum, required: true, description: 'Per person or per member body.' }),
      enquiryMinimumDays: t.int({ required: true, description: 'Days an enquiry ballot runs at least (0 to 366).' }),
      approvalMinimumDays: t.int({ required: true, description: 'Days an approval ballot runs at least (0 to 366).' }),
    }),
  },
  {
    description:
      "Records a committee's ballot rule, voting unit and minimum ballot durations (administrators only). Open " +
      'ballots keep the rule they opened under.',
    resolve: (_root, { input }, ctx) => ({
      committeeId: setCommitteeBallotRules({ ctx, input: { ...input, committeeId: Number(input.committeeId.id) } }),
    }),
  },
  {
    outputFields: (t) => ({
      ballotRules: t.field({
        type: CommitteeBallotRulesRef,
        description: 'The rules as they now are.',
        resolve: (r, _a, ctx) => committeeRules(ctx, r.committeeId),
      }),
    }),
  },
);

builder.relayMutationField(
  'setMemberBody',
  {
    description: 'The member body a committee member sits for.',
    inputFields: (t) => ({
      personId: t.globalID({ required: true, for: Person, description: 'The person (a member of the committee).' }),
      committeeId: t.globalID({ required: true, for: Committee, description: 'The committee.' }),
      memberBody: t.string({ description: 'The member body, e.g. `DIN` or `SAC`; null or left out: none.' }),
      headOfDelegation: t.boolean({
        required: true,
        description: "Heads the body's delegation (the previous head, if any, stops being head).",
      }),
    }),
  },
  {
    description:
      'Records which member body a committee member sits for and whether they head its delegation (administrators ' +
      'only).',
    resolve: (_root, { input }, ctx) => ({
      membershipId: setMemberBody({
        ctx,
        input: {
          personId: Number(input.personId.id),
          committeeId: Number(input.committeeId.id),
          memberBody: input.memberBody,
          headOfDelegation: input.headOfDelegation,
        },
      }),
    }),
  },
  {
    outputFields: (t) => ({
      membership: t.field({
        type: Membership,
        description: 'The membership as it now is.',
        resolve: (r, _a, ctx) => ctx.db.query.memberships.findFirst({ where: { id: r.membershipId } }).sync()!,
      }),
    }),
  },
);
