import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

import { graphqlDocuments } from './build/graphql-documents';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const api = 'http://localhost:3000';

export default defineConfig({
  root: webRoot,
  plugins: [graphqlDocuments(), react()],
  resolve: {
    alias: {
      '@phonebank/domain': fileURLToPath(
        new URL('../packages/domain/src/index.ts', import.meta.url),
      ),
    },
  },
  server: {
    port: 4200,
    proxy: {
      '/graphql': { target: api, ws: true, changeOrigin: false },
      '/api': { target: api },
      '/health': { target: api },
    },
  },
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    sourcemap: true,
  },
});
