import { ElMessage } from 'element-plus'
import { createRouter, createWebHistory, type Router } from 'vue-router'
import { setUnauthorizedHandler } from '@/api/http'
import { t } from '@/i18n'
import { useAuthStore } from '@/stores/auth'
import { authGuard } from './guard'
import { routes } from './routes'

export function createAppRouter(): Router {
  const router = createRouter({
    // history mode: the server forwards unknown non-API GETs to index.html
    history: createWebHistory(import.meta.env.BASE_URL),
    routes,
    scrollBehavior: (to, _from, saved) => saved ?? (to.hash ? { el: to.hash } : { top: 0 })
  })
  router.beforeEach(authGuard)
  router.afterEach((to) => {
    const app = t('app.title')
    document.title = to.meta.title ? `${t(to.meta.title)} - ${app}` : app
  })
  return router
}

/** A 401 on any ordinary request means the session ended (idle timeout, logout elsewhere). */
export function installSessionExpiry(router: Router): void {
  setUnauthorizedHandler(() => {
    const auth = useAuthStore()
    const wasLoggedIn = auth.isLoggedIn
    auth.clear()
    const current = router.currentRoute.value
    if (current.name === 'login') return
    if (wasLoggedIn) ElMessage.warning({ message: t('auth.sessionExpired'), grouping: true })
    void router.push({ name: 'login', query: { redirect: current.fullPath } })
  })
}
