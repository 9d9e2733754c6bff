import type { z } from 'zod';
import type { DomainContext } from './context.ts';
import { DomainError } from './errors.ts';
import { storableText } from './unicode.ts';

/** The shape of every verb: `verbEntity({ ctx, input })`. */
/** A verb's arguments; `C` is the context it needs (sign-in verbs also need the request's `auth`). */
export interface VerbArgs<I, C extends DomainContext = DomainContext> {
  ctx: C;
  input: I;
}

/** Parses untrusted input; a failure is INVALID_INPUT naming the field, before anything is read or written. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.join('.');
  throw new DomainError('INVALID_INPUT', `${field ? `${field}: ` : ''}${issue.message}`, { field });
}

/** Trimmed, non-empty text of bounded length (storable: no NUL, no lone surrogate). */
export const text = (max: number) =>
  storableText().trim().min(1, 'must not be empty').max(max, `at most ${max} characters`);

/** Text that may be empty (a clause body), storable and bounded. */
export const optionalText = (max: number) => storableText().max(max, `at most ${max} characters`);

export const nowIso = (ctx: Pick<DomainContext, 'now'>) => ctx.now().toISOString();

/** Every committee-work verb needs a signed-in caller; checked before the input is even parsed. */
export function requireSignedIn(ctx: Pick<DomainContext, 'viewer'>): NonNullable<DomainContext['viewer']> {
  if (ctx.viewer === null) throw new DomainError('UNAUTHENTICATED', 'Sign in first.');
  return ctx.viewer;
}
