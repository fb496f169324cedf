package dev.kinship.runtime.internal.query;

import java.util.Collection;

/** "Did you mean" for names one edit away from one that exists. */
public final class Names {

    private Names() {
    }

    /** @return {@code " Did you mean 'x'?"} when one of {@code known} is one edit away from {@code name}, else empty */
    public static String suggestion(String name, Collection<String> known) {
        for (String candidate : known) {
            if (oneEditAway(name, candidate)) {
                return " Did you mean '" + candidate + "'?";
            }
        }
        return "";
    }

    /** @return whether one insertion, deletion, substitution or swap of neighbours turns {@code a} into {@code b} */
    static boolean oneEditAway(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        if (a.length() == b.length()) {
            int first = -1;
            int differences = 0;
            for (int i = 0; i < a.length(); i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    differences++;
                    first = first < 0 ? i : first;
                }
            }
            return differences == 1 || differences == 2 && first + 1 < a.length()
                && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first);
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return shorter.substring(i).equals(longer.substring(i + 1));
    }
}
