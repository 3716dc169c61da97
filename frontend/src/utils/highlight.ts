/**
 * Search highlights come from the server as HTML: the matched words in `<em>…</em>`, everything else escaped there
 * (Elasticsearch's HTML encoder writes character references such as `&lt;`, `&quot;`, `&#x27;`, `&#x2F;`). The
 * server is the one place that escapes; the portal must not escape that text a second time (a literal `&#x2F;`
 * would show). It still trusts nothing: exactly `<em>`, `</em>` (no attributes) and well-formed character
 * references pass, and every other `<`, `>`, `"`, `'` or `&` is escaped, so only those two tags can reach `v-html`.
 * A character reference can only ever become text, never markup.
 */
const TOKEN = /<\/?em>|&(?:#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);|[&<>"']/g

const ESCAPE: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function safeHighlight(fragment: string): string {
  return fragment.replace(TOKEN, token => ESCAPE[token] ?? token)
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** Plain text of a fragment (for aria labels and titles): tags dropped, the server's character references decoded. */
export function highlightText(fragment: string): string {
  return fragment
    .replace(/<\/?em>/g, '')
    .replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g, (_whole, ref: string) => {
      if (!ref.startsWith('#')) return NAMED[ref]
      const code = ref.startsWith('#x') ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd'
    })
}
