import { createApp } from 'vue'
import { createPinia } from 'pinia'
import ElementPlus from 'element-plus'
import zhCn from 'element-plus/es/locale/lang/zh-cn'
import 'element-plus/dist/index.css'
import './styles/theme.css'
import './styles/base.css'
import App from './App.vue'
import { i18n } from './i18n'
import { createAppRouter, installSessionExpiry } from './router'

const app = createApp(App)
const router = createAppRouter()
app.use(createPinia()).use(i18n).use(router).use(ElementPlus, { locale: zhCn })
installSessionExpiry(router)
app.mount('#app')
