import { z } from 'zod';
import { isIsoDate, isPartialDate } from '../dates.ts';
import { storableText } from '../unicode.ts';
import { ADOPTION_DEGREES, STANDARD_KINDS, VEHICLE_CATEGORIES, VERSION_TYPES } from '../enums.ts';

// The interchange file `standards-registry/v1` (docs/interchange.md). Every object is strict: a key the
// format does not know is an error, so a typo never silently drops data. An optional key may be
// absent or null; both mean "none" (export writes neither). Messages are written for a person
// fixing the file; validate.ts prefixes them with the record and field they concern.

export const REGISTRY_FORMAT = 'standards-registry/v1';

const quote = (value: unknown) => JSON.stringify(value);

function oneOf<const T extends readonly [string, ...string[]]>(what: string, values: T) {
  return z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? 'missing'
        : `unknown ${what} ${quote(issue.input)}; expected one of ${values.join(', ')}`,
  });
}

const storable = storableText();
const nonBlank = storable.refine((value) => value.trim() !== '', { error: 'must not be empty' });

/** A file that cannot be read as interchange JSON at all (its bytes or its syntax). */
export class InterchangeReadError extends Error {}

/**
 * The JSON value of an interchange file's bytes. UTF-8 only (a byte-order mark is skipped), so a
 * file saved in GBK or Latin-1 is refused rather than imported as mojibake.
 */
export function parseInterchangeFile(bytes: Uint8Array): unknown {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InterchangeReadError('not UTF-8 text (save the file as UTF-8)');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InterchangeReadError(`not JSON: ${(error as Error).message}`);
  }
}

const FULL_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const PARTIAL_SHAPE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** `impossible date` when the shape is right but the calendar says no (`2026-02-30`). */
function dateSchema(valid: (value: string) => boolean, shape: RegExp, expected: string) {
  return z.string().refine(valid, {
    error: (issue) =>
      shape.test(String(issue.input))
        ? `impossible date ${quote(issue.input)}`
        : `not a date ${quote(issue.input)}; expected ${expected}`,
  });
}

/** A calendar day, `YYYY-MM-DD`. */
export const isoDateSchema = dateSchema(isIsoDate, FULL_SHAPE, 'YYYY-MM-DD');
/** `published` alone may have reduced precision. */
export const partialDateSchema = dateSchema(isPartialDate, PARTIAL_SHAPE, 'YYYY, YYYY-MM or YYYY-MM-DD');

export const localizedTextSchema = z.strictObject({ en: nonBlank, zh: nonBlank.nullish() });

export const committeeRecordSchema = z.strictObject({
  code: nonBlank,
  name: localizedTextSchema,
  parent: nonBlank.nullable(),
});

/** A dated reference names a version, an undated one a standard; the target need not be stored. */
export const referenceRecordSchema = z.strictObject({ designation: nonBlank, normative: z.boolean() });

export const adoptionRecordSchema = z.strictObject({
  designation: nonBlank,
  degree: oneOf('degree', ADOPTION_DEGREES),
});

export interface ClauseRecord {
  number: string;
  heading: string;
  text?: string | null | undefined;
  informative?: boolean | null | undefined;
  clauses?: ClauseRecord[] | null | undefined;
}

export const clauseRecordSchema: z.ZodType<ClauseRecord> = z.strictObject({
  number: nonBlank,
  heading: storable,
  text: storable.nullish(),
  informative: z.boolean().nullish(),
  get clauses() {
    return z.array(clauseRecordSchema).nullish();
  },
});

export const versionRecordSchema = z.strictObject({
  designation: nonBlank,
  type: oneOf('version type', VERSION_TYPES),
  base: nonBlank.nullish(),
  title: localizedTextSchema.nullish(),
  published: partialDateSchema.nullable(),
  effective: isoDateSchema.nullable(),
  mandatoryNewTypes: isoDateSchema.nullish(),
  mandatoryExistingTypes: isoDateSchema.nullish(),
  withdrawn: isoDateSchema.nullish(),
  replaces: z.array(nonBlank),
  references: z.array(referenceRecordSchema).nullish(),
  adopts: adoptionRecordSchema.nullish(),
  clauses: z.array(clauseRecordSchema).nullish(),
  /** Absent or null: not recorded (never "all"); a recorded list names at least one category, once each. */
  vehicleCategories: z
    .array(oneOf('vehicle category', VEHICLE_CATEGORIES))
    .min(1, { error: 'must not be empty; leave the key out when the categories are not recorded' })
    .refine((list) => new Set(list).size === list.length, { error: 'names a category twice' })
    .nullish(),
});

export const standardRecordSchema = z.strictObject({
  designation: nonBlank,
  kind: oneOf('kind', STANDARD_KINDS),
  title: localizedTextSchema,
  publisher: nonBlank,
  committee: nonBlank.nullable(),
  versions: z.array(versionRecordSchema),
});

export const formatTagSchema = z.literal(REGISTRY_FORMAT, {
  error: (issue) =>
    issue.input === undefined
      ? 'missing'
      : `unsupported format ${quote(issue.input)}; expected ${quote(REGISTRY_FORMAT)}`,
});

export const registryFileSchema = z.strictObject({
  format: formatTagSchema,
  committees: z.array(committeeRecordSchema),
  standards: z.array(standardRecordSchema),
});

export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type CommitteeRecord = z.infer<typeof committeeRecordSchema>;
export type ReferenceRecord = z.infer<typeof referenceRecordSchema>;
export type AdoptionRecord = z.infer<typeof adoptionRecordSchema>;
export type VersionRecord = z.infer<typeof versionRecordSchema>;
export type StandardRecord = z.infer<typeof standardRecordSchema>;
export type RegistryFile = z.infer<typeof registryFileSchema>;
