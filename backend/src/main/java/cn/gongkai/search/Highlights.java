package cn.gongkai.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import cn.gongkai.common.SearchText;

/**
 * The highlights of a hit, placed by the app rather than the engine's highlighter: every occurrence of each matched
 * word (a term or one of its synonyms) in the normalised text is marked {@code <em>…</em>} in the original text
 * (normalisation keeps every character in place), and everything else is HTML-escaped as the engine's {@code html}
 * encoder does. A title is marked whole; a body gives up to {@value #FRAGMENTS} fragments around its first marks.
 */
final class Highlights {

    static final int FRAGMENTS = 3;
    static final int FRAGMENT_SIZE = 80;

    private Highlights() {
    }

    /** the whole text with its marks, or null if no word occurs in it */
    static String whole(String text, Collection<String> words) {
        if (text == null) {
            return null;
        }
        boolean[] marked = marks(text, words);
        if (marked == null) {
            return null;
        }
        return render(text, marked, 0, text.length());
    }

    /** up to three fragments of about {@value #FRAGMENT_SIZE} characters around the marks; empty if none */
    static List<String> fragments(String text, Collection<String> words) {
        List<String> fragments = new ArrayList<>();
        if (text == null) {
            return fragments;
        }
        boolean[] marked = marks(text, words);
        if (marked == null) {
            return fragments;
        }
        int from = 0;
        while (fragments.size() < FRAGMENTS) {
            int first = -1;
            for (int i = from; i < marked.length; i++) {
                if (marked[i]) {
                    first = i;
                    break;
                }
            }
            if (first < 0) {
                break;
            }
            int start = Math.max(from, first - FRAGMENT_SIZE / 4);
            int end = Math.min(text.length(), start + FRAGMENT_SIZE);
            while (end < text.length() && marked[end - 1] && marked[end]) { // never cut a mark in two
                end++;
            }
            start = safe(text, start);
            end = safe(text, end);
            fragments.add(render(text, marked, start, end));
            from = end;
        }
        return fragments;
    }

    private static int safe(String text, int i) {
        return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i)) ? i + 1 : i;
    }

    private static boolean[] marks(String text, Collection<String> words) {
        String n = SearchText.normalise(text);
        boolean[] marked = new boolean[n.length()];
        boolean any = false;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            for (int at = n.indexOf(w); at >= 0; at = n.indexOf(w, at + 1)) {
                for (int i = at; i < at + w.length(); i++) {
                    marked[i] = true;
                }
                any = true;
            }
        }
        return any ? marked : null;
    }

    private static String render(String text, boolean[] marked, int start, int end) {
        StringBuilder b = new StringBuilder(end - start + 16);
        boolean open = false;
        for (int i = start; i < end; i++) {
            if (marked[i] && !open) {
                b.append("<em>");
                open = true;
            } else if (!marked[i] && open) {
                b.append("</em>");
                open = false;
            }
            escape(text.charAt(i), b);
        }
        if (open) {
            b.append("</em>");
        }
        return b.toString();
    }

    /** as the engine's {@code html} encoder (Lucene's SimpleHTMLEncoder) */
    private static void escape(char c, StringBuilder b) {
        switch (c) {
            case '"' -> b.append("&quot;");
            case '&' -> b.append("&amp;");
            case '<' -> b.append("&lt;");
            case '>' -> b.append("&gt;");
            case '\'' -> b.append("&#x27;");
            case '/' -> b.append("&#x2F;");
            default -> b.append(c);
        }
    }
}
