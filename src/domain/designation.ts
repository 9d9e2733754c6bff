// The designation normaliser lives in the leaf module src/vocabulary/designation.ts (db/ imports it too).
export * from '../vocabulary/designation.ts';
