// The registry's enumerations live in the leaf module src/vocabulary/enums.ts (db/ imports it too).
export * from '../vocabulary/enums.ts';
