package dev.glas.core.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Russian text normalization for the TF-IDF baseline and cluster keywords: lower case, ё→е, URLs, e-mails and
 * numbers masked ({@code _url_}, {@code _email_}, {@code _num_}), words split on non-letters, Lucene's Russian
 * stop words removed and words reduced to Snowball (Porter) Russian stems. Not thread-safe (a stem cache and
 * the stemmer are per instance); use one instance per thread.
 */
public final class RussianText {

    public static final String URL = "_url_";
    public static final String EMAIL = "_email_";
    public static final String NUMBER = "_num_";

    private static final Pattern URL_RE = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    private static final Pattern EMAIL_RE = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.-]+");
    private static final Pattern NUMBER_RE = Pattern.compile(
            "\\d{1,3}(?:[ \u00a0\u202f]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)*");
    private static final CharArraySet STOP = RussianAnalyzer.getDefaultStopSet();

    private final RussianStemmer stemmer = new RussianStemmer();
    private final Map<String, String> stems = new HashMap<>();

    /** Lower case, ё→е, URLs/e-mails/numbers replaced by mask tokens, whitespace collapsed. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String s = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
        // the regular expressions are costly; run each only when its anchor character is present
        if (s.contains("http") || s.contains("www.")) {
            s = URL_RE.matcher(s).replaceAll(" " + URL + " ");
        }
        if (s.indexOf('@') >= 0) {
            s = EMAIL_RE.matcher(s).replaceAll(" " + EMAIL + " ");
        }
        boolean digits = false;
        for (int i = 0; i < s.length() && !digits; i++) {
            digits = Character.isDigit(s.charAt(i));
        }
        if (digits) {
            s = NUMBER_RE.matcher(s).replaceAll(" " + NUMBER + " ");
        }
        return collapseSpaces(s);
    }

    /** Strips the ends and turns every run of white space (including the masks' padding) into one space. */
    private static String collapseSpaces(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Words of normalized text: runs of letters (and the mask tokens), in order. */
    public static List<String> words(String normalized) {
        List<String> out = new ArrayList<>();
        int n = normalized.length();
        int i = 0;
        while (i < n) {
            char c = normalized.charAt(i);
            if (Character.isLetter(c) || c == '_') {
                int j = i + 1;
                while (j < n && (Character.isLetter(normalized.charAt(j)) || normalized.charAt(j) == '_'
                        || (normalized.charAt(j) == '-' && j + 1 < n && Character.isLetter(normalized.charAt(j + 1))))) {
                    j++;
                }
                String w = normalized.substring(i, j);
                if (!w.chars().allMatch(ch -> ch == '_')) {
                    out.add(w);
                }
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }

    /** Frequent words missing from the Snowball list that would otherwise top every theme's keywords. */
    private static final java.util.Set<String> EXTRA_STOP = java.util.Set.of("это", "этот", "эта", "эти", "который",
            "которая", "которое", "которые", "которых", "которым", "которой", "которого", "свой", "своя", "свое",
            "свои", "своих", "своего", "также", "очень", "еще", "ещё", "вообще", "просто");

    public static boolean isStopWord(String word) {
        return STOP.contains(word) || EXTRA_STOP.contains(word);
    }

    /** Snowball stem of a lower-case word (masks and non-Cyrillic words are kept as they are). */
    public String stem(String word) {
        String cached = stems.get(word);
        if (cached != null) {
            return cached;
        }
        String s = word;
        if (!word.startsWith("_") && word.chars().anyMatch(ch -> ch >= 'а' && ch <= 'я')) {
            stemmer.setCurrent(word);
            stemmer.stem();
            s = stemmer.getCurrent();
        }
        if (stems.size() < 1_000_000) {
            stems.put(word, s);
        }
        return s;
    }

    /** Normalized, stop-word-free stems of a text. */
    public List<String> stems(String text) {
        List<String> out = new ArrayList<>();
        for (String w : words(normalize(text))) {
            if (!isStopWord(w) && w.length() > 1) {
                out.add(stem(w));
            }
        }
        return out;
    }
}
