import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

export default defineConfig({
  plugins: [vue()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  define: {
    __VUE_I18N_FULL_INSTALL__: false,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
    __INTLIFY_JIT_COMPILATION__: true,
    __INTLIFY_DROP_MESSAGE_COMPILER__: false
  },
  build: {
    // lands in the frontend jar as /static/** and is served by Spring Boot at /
    outDir: 'target/classes/static',
    emptyOutDir: true,
    // Element Plus is installed globally and is one ~1 MB chunk; views are lazy routes
    chunkSizeWarningLimit: 1500
  },
  server: { proxy: { '/api': 'http://localhost:8080', '/actuator': 'http://localhost:8080' } },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    css: false,
    // Pre-bundle Element Plus like the browser build does, with the ES build of async-validator: loaded
    // raw by Node, its CommonJS default export is wrapped once more and form validation silently passes.
    deps: { optimizer: { client: { enabled: true, include: ['element-plus'] } } },
    alias: { 'async-validator': 'async-validator/dist-web/index.js' }
  }
})
