import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The built app needs no network (but the live server a user shares to) and runs no inline script,
 * so its policy says exactly that.
 * Only the build gets it: the dev server injects inline scripts for hot reload.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // Share live… reaches a live server the user names (ws:// or wss://, any host): only then, and
  // only by websocket, does the page open a connection; nothing else leaves it.
  "connect-src 'self' ws: wss:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** Conditions Vite resolves a package's exports with for the page, in its order. */
const pageConditions = new Set([
  'module',
  'browser',
  'production',
  'development',
  'import',
  'default',
]);

/** The file a package exports for workers, if it has one and it comes before its page builds. */
function workerExport(packageDirectory: string): string | undefined {
  const { exports } = JSON.parse(readFileSync(join(packageDirectory, 'package.json'), 'utf8')) as {
    exports?: unknown;
  };
  const root: unknown =
    typeof exports === 'object' && exports !== null && '.' in exports ? exports['.'] : exports;
  if (typeof root !== 'object' || root === null) return undefined;
  for (const [condition, target] of Object.entries(root)) {
    if (condition === 'worker') return typeof target === 'string' ? target : undefined;
    if (pageConditions.has(condition)) return undefined;
  }
  return undefined;
}

/**
 * Vite bundles workers with the page's export conditions (vitejs/vite#7439), so a package's
 * "browser" build, which may need a DOM, ends up in a worker: decode-named-character-reference,
 * which mdast-util-to-markdown imports, creates an element as it loads, and the Markdown export
 * worker stopped with "document is not defined". In workers this takes a package's "worker" build.
 */
function preferWorkerExportsPlugin(): Plugin {
  return {
    name: 'prefer-worker-exports',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!/^(?:@[\w.-]+\/)?[\w.-]+$/u.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const packagePath = `/node_modules/${source}/`;
      const at = resolved?.id.lastIndexOf(packagePath) ?? -1;
      if (resolved === null || at < 0) return resolved;
      const packageDirectory = resolved.id.slice(0, at + packagePath.length);
      const target = workerExport(packageDirectory);
      return target === undefined ? resolved : join(packageDirectory, target);
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicyPlugin()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { target: 'es2022', sourcemap: true },
  worker: { format: 'es', plugins: () => [preferWorkerExportsPlugin()] },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    // Room for a busy 2-core machine: each test stays well under half of this (heavy property tests set their own).
    testTimeout: 15_000,
  },
});
