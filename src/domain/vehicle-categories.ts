import { VEHICLE_CATEGORIES, type VehicleCategory } from './enums.ts';

// A version's vehicle categories are stored as one JSON array in canonical order, or null when not
// recorded: an absent list never means "all categories".

const RANK = new Map<string, number>(VEHICLE_CATEGORIES.map((c, k) => [c, k]));

/** The stored form of a list: canonical order, no repeats; null for an absent list. */
export function encodeVehicleCategories(list: readonly VehicleCategory[] | null | undefined): string | null {
  if (list === null || list === undefined) return null;
  return JSON.stringify([...new Set(list)].sort((a, b) => RANK.get(a)! - RANK.get(b)!));
}

/** The list a stored value holds; null when not recorded. */
export function decodeVehicleCategories(stored: string | null): VehicleCategory[] | null {
  return stored === null ? null : (JSON.parse(stored) as VehicleCategory[]);
}
