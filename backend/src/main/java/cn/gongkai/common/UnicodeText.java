package cn.gongkai.common;

/**
 * What counts as text. A lone surrogate is no character at all (the database would store '?'); in a name or a code
 * control characters (C0, DEL, C1), the Unicode line and paragraph separators and the bidi embeddings, overrides
 * and isolates (U+202A–U+202E, U+2066–U+2069: they reorder what is shown, "txt.exe" as "exe.txt") have no place.
 */
public final class UnicodeText {

    private UnicodeText() {
    }

    /** the index of the first unpaired surrogate, or -1 */
    public static int loneSurrogate(CharSequence s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** the index of the first character a single-line name or code must not hold, or -1 */
    public static int notInName(CharSequence s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (notInName(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    static boolean notInName(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }

    /** "U+202E" */
    public static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }
}
