import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: [
    './src/db/tables.ts',
    './src/db/committee-tables.ts',
    './src/db/notification-tables.ts',
    './src/db/webhook-tables.ts',
    './src/db/oversight-tables.ts',
    './src/db/account-tables.ts',
  ],
  out: './migrations',
});
