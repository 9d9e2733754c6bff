import type { ApiError } from '../../api/client.ts';

/** What the form holds; every field keeps its value when the registry refuses the draft. */
export interface ProposeValues {
  committeeId: string;
  mode: 'revise' | 'new';
  standard: string;
  newDesignation: string;
  kind: string;
  publisher: string;
  titleEn: string;
  titleZh: string;
  version: string;
  versionType: string;
  base: string;
  replaces: string;
}

/** The form's field (its element id) for the input path the registry names in `extensions.field`. */
const FIELD_IDS: Record<string, string> = {
  committeeId: 'propose-committee',
  standardDesignation: 'propose-standard',
  'newStandard.designation': 'propose-new-designation',
  'newStandard.kind': 'propose-kind',
  'newStandard.publisher': 'propose-publisher',
  title: 'propose-title-en',
  'title.en': 'propose-title-en',
  'title.zh': 'propose-title-zh',
  versionDesignation: 'propose-version',
  versionType: 'propose-type',
  baseVersionDesignation: 'propose-base',
};

export const replacesList = (text: string) =>
  text
    .split(/[\n,;]/u)
    .map((s) => s.trim())
    .filter(Boolean);

export interface FieldError {
  /** The element id of the field refused, or null when the refusal is about the whole draft. */
  fieldId: string | null;
  /** A message key of proposeMessages, and its values. */
  key: string;
  values: Record<string, string>;
}

/**
 * A refusal of `createDraft` in the form's words: which field, and what to say (docs/committee-work.md
 * lists the checks). Null for failures that are not about the input (network, server): shown as such.
 */
export function fieldErrorOf(error: ApiError, values: ProposeValues, committeeCode: string): FieldError | null {
  const field = typeof error.extensions.field === 'string' ? error.extensions.field : '';
  const fieldId = field.startsWith('replaces') ? 'propose-replaces' : (FIELD_IDS[field] ?? null);
  const standard = values.mode === 'new' ? values.newDesignation : values.standard;
  const refusedValue = (): string => {
    const index = /^replaces\.(\d+)$/u.exec(field);
    if (index) return replacesList(values.replaces)[Number(index[1])] ?? '';
    if (field === 'standardDesignation') return values.standard;
    if (field === 'newStandard.designation') return values.newDesignation;
    if (field === 'baseVersionDesignation') return values.base;
    return values.version;
  };
  const value = refusedValue();
  const all = { value, standard, committee: committeeCode, message: error.message };
  switch (error.code) {
    case 'DESIGNATION_PLANNED':
    case 'DESIGNATION_NOT_OF_STANDARD':
    case 'NOT_RESPONSIBLE_COMMITTEE':
    case 'NOT_FOUND':
    case 'FORBIDDEN':
      return { fieldId: error.code === 'FORBIDDEN' ? 'propose-committee' : fieldId, key: error.code, values: all };
    case 'CONFLICT':
      return { fieldId, key: field === 'newStandard.designation' ? 'STANDARD_EXISTS' : 'VERSION_EXISTS', values: all };
    case 'INVALID_INPUT':
      return { fieldId, key: 'INVALID_INPUT', values: all };
    default:
      return null;
  }
}
