import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

import { graphqlDocuments } from './build/graphql-documents';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const api = 'http://localhost:3000';

export default defineConfig({
  root: webRoot,
  plugins: [graphqlDocuments(), react()],
  resolve: {
    // RxJS (under Apollo Client) ships ES2015 classes under `es2015`; its default build is ES5,
    // with tslib helpers, and larger.
    conditions: ['es2015', ...defaultClientConditions],
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
    rolldownOptions: {
      // The domain package's modules run nothing on import: a screen's chunk then holds the
      // rules it uses, not every module the package's index re-exports (the call screen needs
      // no postcode areas, member columns or election rules).
      treeshake: {
        moduleSideEffects: [{ test: /\/packages\/domain\/src\//, sideEffects: false }],
      },
    },
  },
});
