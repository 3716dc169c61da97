/**
 * Search highlights come as HTML: the matched words in `<em>…</em>`, the rest escaped by the server. Trust nothing:
 * escape every character, then turn back exactly the escaped `<em>` and `</em>` tags (no attributes), so only those
 * two can ever reach `v-html`.
 */
export function safeHighlight(fragment: string): string {
  const escaped = fragment
    .replace(/&(?!(amp|lt|gt|quot|#39|#x27|#34);)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
  return escaped.replace(/&lt;(\/?)em&gt;/g, '<$1em>')
}

/** Plain text of a fragment (for aria labels and titles): tags dropped, the server's entities decoded. */
export function highlightText(fragment: string): string {
  return fragment
    .replace(/<\/?em>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(39|x27);/g, "'")
    .replace(/&amp;/g, '&')
}
