import { ref, watch } from 'vue'

const STORAGE_KEY = 'gongkai.elderMode'

function readStored(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === '1'
  } catch {
    return false
  }
}

/** One shared flag for the whole page; persisted so the choice survives reloads. */
const enabled = ref(readStored())
watch(enabled, (on) => {
  try {
    localStorage.setItem(STORAGE_KEY, on ? '1' : '0')
  } catch {
    // private mode or storage disabled: the toggle still works for this page
  }
})

/** 长者模式: larger text and higher contrast for the public pages. */
export function useElderMode() {
  const toggle = () => (enabled.value = !enabled.value)
  return { elderMode: enabled, toggleElderMode: toggle }
}
