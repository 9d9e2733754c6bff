import { builder } from '../builder.ts';

/** A GraphQL enum from a domain `as const` array, with a description for every value. */
export function enumOf<T extends string>(
  name: string,
  description: string,
  values: readonly T[],
  descriptions: Record<T, string>,
) {
  return builder.enumType(name, {
    description,
    values: Object.fromEntries(values.map((value) => [value, { description: descriptions[value] }])) as Record<
      T,
      { description: string }
    >,
  });
}
