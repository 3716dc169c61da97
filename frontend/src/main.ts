import { createApp } from 'vue'
import { createPinia } from 'pinia'
// Element Plus components come with the views that use them (vite.config.ts); the services called from scripts
// bring their styles here
import 'element-plus/es/components/message/style/css'
import 'element-plus/es/components/message-box/style/css'
import './styles/theme.css'
import './styles/base.css'
import App from './App.vue'
import { i18n } from './i18n'
import { createAppRouter, installSessionExpiry } from './router'

const app = createApp(App)
const router = createAppRouter()
app.use(createPinia()).use(i18n).use(router)
installSessionExpiry(router)
app.mount('#app')
