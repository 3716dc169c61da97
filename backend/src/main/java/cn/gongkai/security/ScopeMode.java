package cn.gongkai.security;

/** How far an editor's or reviewer's data scope reaches; a supervisor always sees the whole subtree. */
public enum ScopeMode {
    /** the primary org and the extra (兼职) orgs */
    OWN_ORGS,
    /** those orgs and every org below them */
    SUBTREE
}
