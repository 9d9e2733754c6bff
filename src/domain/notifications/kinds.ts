// The notification kinds live in the leaf module src/vocabulary/notification-kinds.ts (db/ imports them too).
export * from '../../vocabulary/notification-kinds.ts';
