package cn.gongkai.common;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The text rules of the public search, shared by the index, the query, the synonym table and the bench's truth.
 * <ul>
 * <li>{@link #normalise}: each character in its NFKC form when that is one character (full-width letters and
 * digits become half-width, ① becomes 1), then lower-cased. One character stays one character, so an offset in the
 * normalised text is the same offset in the original (highlights are placed by it).</li>
 * <li>{@link #words}: the maximal runs of letters and digits of the normalised text. Everything else — whitespace
 * of either width, Chinese and ASCII punctuation, symbols — separates. A query's terms are its words; an item
 * holds a term exactly when one of its words holds the term as a substring, i.e. {@code LIKE '%term%'} on the
 * normalised text.</li>
 * </ul>
 */
public final class SearchText {

    private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            char folded = ch;
            if (!Character.isSurrogate(ch)) {
                String nfkc = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFKC);
                if (nfkc.length() == 1) {
                    folded = nfkc.charAt(0);
                }
                folded = Character.toLowerCase(folded);
            }
            FOLDED[c] = folded;
        }
    }

    private SearchText() {
    }

    /** NFKC per character (where it stays one character) and lower case; same length as {@code text} */
    public static String normalise(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = FOLDED[text.charAt(i)];
        }
        return new String(out);
    }

    /** the runs of letters and digits of the normalised text, in order (repeats kept) */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        String n = normalise(text);
        int start = -1;
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            boolean word = Character.isLetterOrDigit(cp);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                words.add(n.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            words.add(n.substring(start));
        }
        return words;
    }

    /** a query's terms: its distinct words, in order */
    public static List<String> terms(String query) {
        Set<String> terms = new LinkedHashSet<>(words(query));
        return List.copyOf(terms);
    }

    /** the word has letters and digits only (a valid term), after normalisation */
    public static boolean isTerm(String word) {
        List<String> w = words(word);
        return w.size() == 1 && w.get(0).length() == normalise(word.strip()).length();
    }

    /** the truth of the matching rule: {@code term} (normalised) is a substring of the normalised text */
    public static boolean holds(String text, String term) {
        return text != null && normalise(text).contains(term);
    }
}
