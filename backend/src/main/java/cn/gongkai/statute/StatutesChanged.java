package cn.gongkai.statute;

/**
 * A statute of the registry was added or edited (published in the writing transaction): citation checks may now
 * answer differently, so whatever stored their results (e.g. the supervision metrics' basis quality) re-checks.
 */
public record StatutesChanged(String code) {
}
