import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app: built into dist/web and served by the API from its own origin (no CORS, strict CSP).
const root = resolve(__dirname, '../..');
const tsconfig = JSON.parse(readFileSync(resolve(root, 'tsconfig.base.json'), 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};
// Only the web libraries: the browser bundle must never resolve a server alias.
const alias = Object.entries(tsconfig.compilerOptions.paths)
  .filter(([name]) => name.startsWith('@claimlane/web-'))
  .map(([find, [target]]) => ({ find, replacement: resolve(root, target as string) }));

export default defineConfig({
  root: __dirname,
  base: '/',
  plugins: [react()],
  resolve: { alias },
  // Vite's dev server proxies the API so `npx vite apps/web` works next to `npm run api`.
  server: {
    port: 5173,
    proxy: {
      '/graphql': 'http://127.0.0.1:3000',
      '/documents': 'http://127.0.0.1:3000',
    },
  },
  build: {
    outDir: resolve(root, 'dist/web'),
    emptyOutDir: true,
    sourcemap: false,
    // The entry (React, Mantine, urql, router, sign-in) is ~620 kB minified, ~170 kB gzip; the
    // budget that matters (300 kB gzip initial JS) is checked by `npm run bench -- web-app`.
    chunkSizeWarningLimit: 800,
    modulePreload: { polyfill: false },
  },
});
