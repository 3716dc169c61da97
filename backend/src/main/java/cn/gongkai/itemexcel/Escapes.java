package cn.gongkai.itemexcel;

import java.util.ArrayList;
import java.util.List;

/**
 * The escapes of multi-valued cells: entries are lines and parts are separated by {@code |}, so inside a part a
 * backslash is written {@code \\}, a bar {@code \|} and a line break {@code \n}.
 */
final class Escapes {

    private Escapes() {
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", "\\n").replace("\n", "\\n");
    }

    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 'n' ? '\n' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** the non-blank lines of a cell */
    static List<String> lines(String cell) {
        List<String> lines = new ArrayList<>();
        for (String line : cell.split("\\r?\\n|\\r")) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** the parts of an entry at unescaped bars, each unescaped */
    static List<String> split(String entry) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < entry.length(); i++) {
            char c = entry.charAt(i);
            if (c == '\\' && i + 1 < entry.length()) {
                current.append(c).append(entry.charAt(++i));
            } else if (c == '|') {
                parts.add(unescape(current.toString()));
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(unescape(current.toString()));
        return parts;
    }
}
