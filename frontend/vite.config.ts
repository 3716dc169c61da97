import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'

export default defineConfig({
  // Element Plus components (and their CSS) are imported by the views that use them, not installed globally: a
  // portal page loads only the few it shows, never the console's tables, forms and trees (unit tests mount with
  // the whole of Element Plus installed instead)
  plugins: [vue(), ...(process.env.VITEST ? [] : [Components({ resolvers: [ElementPlusResolver({ importStyle: 'css' })], dts: false })])],
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
    // views are lazy routes; ECharts (监督统计 only) is the largest chunk
    chunkSizeWarningLimit: 1200
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
