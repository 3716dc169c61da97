package cn.gongkai.item;

/** One field of a diff: its value before and after (JSON values; null when absent). */
public record FieldChange(String field, Object before, Object after) {
}
