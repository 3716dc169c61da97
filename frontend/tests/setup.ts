import { config } from '@vue/test-utils'
import { i18n } from '@/i18n'

config.global.plugins = [i18n]
config.global.renderStubDefaultSlot = true

// jsdom has no layout: Element Plus forms scroll to the first error with scrollIntoView
Element.prototype.scrollIntoView ??= function scrollIntoView() {}
