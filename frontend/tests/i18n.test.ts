import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AUDIT_OUTCOMES } from '@/api/types/auditLog'
import { BULK_ACTIONS, HANDLING_FORMS, HISTORY_ACTIONS, ITEM_STATUSES, POWER_CATEGORIES, SERVICE_OBJECTS, TIME_UNITS } from '@/api/types/item'
import { ORG_LEVELS, ORG_TYPES } from '@/api/types/org'
import { DATA_SCOPES, ROLES } from '@/api/types/user'
import zhCN from '@/locales/zh-CN.json'
import { routes } from '@/router/routes'
import { CONSOLE_MENU } from '@/views/admin/menu'
import type { RouteRecordRaw } from 'vue-router'

const SRC = join(__dirname, '..', 'src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return name === 'locales' ? [] : sourceFiles(path)
    return /\.(vue|ts)$/.test(name) ? [path] : []
  })
}

function leafKeys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v ? leafKeys(v, `${prefix}${k}.`) : [`${prefix}${k}`]))
}

const sources = sourceFiles(SRC).map((path) => ({ path: relative(SRC, path), text: readFileSync(path, 'utf8') }))
const leaves = new Set(leafKeys(zhCN))
const namespaces = Object.keys(zhCN)
const exists = (key: string) => leaves.has(key)

/** Every single-quoted 'ns.a.b' literal whose first segment is a namespace of zh-CN.json counts as a message key. */
const literalKeys = new Set(
  sources.flatMap(({ text }) =>
    [...text.matchAll(/['`]([a-z][A-Za-z]*(?:\.[A-Za-z0-9_]+)+)['`]/g)].map((m) => m[1]!).filter((k) => namespaces.includes(k.split('.')[0]!))
  )
)
/** `t(`org.type.${x}`)`: the key is built at run time from this prefix. */
const dynamicPrefixes = new Set(sources.flatMap(({ text }) => [...text.matchAll(/`([a-z][A-Za-z]*(?:\.[A-Za-z0-9_]+)*\.)\$\{/g)].map((m) => m[1]!)))

describe('zh-CN.json', () => {
  it('has every key used literally in src', () => {
    const missing = [...literalKeys].filter((k) => !exists(k))
    expect(missing).toEqual([])
    expect(literalKeys.size).toBeGreaterThan(100)
  })

  it('has every key of the enums shown in the UI', () => {
    const keys = [
      ...ORG_TYPES.map((v) => `org.type.${v}`),
      ...ORG_LEVELS.map((v) => `org.level.${v}`),
      ...ROLES.map((v) => `role.${v}`),
      ...DATA_SCOPES.map((v) => `dataScope.${v}`),
      ...AUDIT_OUTCOMES.map((v) => `audit.outcome.${v}`),
      ...ITEM_STATUSES.map((v) => `item.status.${v}`),
      ...POWER_CATEGORIES.map((v) => `item.category.${v}`),
      ...SERVICE_OBJECTS.map((v) => `item.serviceObject.${v}`),
      ...HANDLING_FORMS.map((v) => `item.handlingForm.${v}`),
      ...TIME_UNITS.flatMap((v) => [`item.timeUnit.${v}`, `item.timeUnitValue.${v}`]),
      ...HISTORY_ACTIONS.map((v) => `item.historyAction.${v}`),
      ...BULK_ACTIONS.map((v) => `item.bulk.action.${v}`),
      ...(['POWER', 'SERVICE'] as const).flatMap((k) => [`item.kind.${k}`, `item.kindItem.${k}`]),
      ...(['approve', 'reject', 'archive'] as const).flatMap((a) => [`item.transition.title.${a}`, `item.transition.confirm.${a}`]),
      ...(['submit', 'withdraw', 'approve', 'reject', 'archive'] as const).flatMap((a) => [`item.action.${a}`, `item.message.${a}`]),
      ...(['submit', 'withdraw'] as const).map((a) => `item.confirm.${a}`),
      ...[400, 401, 403, 404, 409, 413, 415, 423, 429, 503].map((s) => `error.status.${s}`)
    ]
    expect(keys.filter((k) => !exists(k))).toEqual([])
  })

  it('has the title of every route and the labels of every menu entry', () => {
    const titles = (list: RouteRecordRaw[]): string[] => list.flatMap((r) => [r.meta?.title ?? '', ...titles(r.children ?? [])]).filter(Boolean)
    const keys = [...titles(routes), ...CONSOLE_MENU.flatMap((m) => [m.labelKey, m.descriptionKey])]
    expect(keys.filter((k) => !exists(k))).toEqual([])
  })

  it('has no unused keys', () => {
    const unused = [...leaves].filter((k) => !literalKeys.has(k) && ![...dynamicPrefixes].some((p) => k.startsWith(p)))
    expect(unused).toEqual([])
  })

  it('is the only place with Chinese text: no hard-coded Chinese in src (comments may use the glossary)', () => {
    const withoutComments = (text: string) =>
      text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/<!--[\s\S]*?-->/g, '').replace(/(^|[^:'"])\/\/.*$/gm, '$1')
    const chinese = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/
    const offenders = sources.filter(({ text }) => chinese.test(withoutComments(text))).map(({ path }) => path)
    expect(offenders).toEqual([])
  })
})
