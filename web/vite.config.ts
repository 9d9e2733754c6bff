import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
/** Where `npm run dev` sends API calls: the registry started with `npm start` (PORT 4000 by default). */
const api = process.env.REGISTRY_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No inline module-preload polyfill: the server's Content-Security-Policy allows no inline script.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
  server: {
    proxy: Object.fromEntries(
      ['/graphql', '/horizon.ics', '/horizon.csv', '/standards.csv', '/export.json', '/schema.graphql'].map((path) => [
        path,
        { target: api, changeOrigin: false },
      ]),
    ),
  },
});
