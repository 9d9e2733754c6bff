// Every table, for Drizzle's relational queries and drizzle-kit.
export * from './tables.ts';
export * from './committee-tables.ts';
export * from './notification-tables.ts';
export * from './webhook-tables.ts';
export * from './oversight-tables.ts';
export * from './account-tables.ts';
