import type { OrgNode } from '@/api/types/org'

export function findOrg(nodes: readonly OrgNode[], id: number | null | undefined): OrgNode | null {
  if (id == null) return null
  for (const node of nodes) {
    if (node.id === id) return node
    const hit = findOrg(node.children ?? [], id)
    if (hit) return hit
  }
  return null
}

/** The node and all nodes below it. */
export function subtreeIds(node: OrgNode): number[] {
  return [node.id, ...(node.children ?? []).flatMap(subtreeIds)]
}

/** Ids from a root down to (and including) the node, or [] when not found. */
export function pathTo(nodes: readonly OrgNode[], id: number): number[] {
  for (const node of nodes) {
    if (node.id === id) return [id]
    const below = pathTo(node.children ?? [], id)
    if (below.length) return [node.id, ...below]
  }
  return []
}

export function orgName(nodes: readonly OrgNode[], id: number | null | undefined): string {
  return findOrg(nodes, id)?.name ?? ''
}
