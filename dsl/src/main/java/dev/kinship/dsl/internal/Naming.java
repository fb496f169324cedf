package dev.kinship.dsl.internal;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.lang3.StringUtils;

/** Naming rules: lowerCamel, English plurals, snake case and plain SQL identifiers. */
public final class Naming {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
        Map.entry("person", "people"), Map.entry("child", "children"), Map.entry("man", "men"),
        Map.entry("woman", "women"), Map.entry("mouse", "mice"), Map.entry("goose", "geese"),
        Map.entry("tooth", "teeth"), Map.entry("foot", "feet"), Map.entry("ox", "oxen"),
        Map.entry("leaf", "leaves"), Map.entry("life", "lives"), Map.entry("shelf", "shelves"),
        Map.entry("half", "halves"), Map.entry("wolf", "wolves"), Map.entry("calf", "calves"),
        Map.entry("self", "selves"), Map.entry("elf", "elves"), Map.entry("loaf", "loaves"),
        Map.entry("thief", "thieves"), Map.entry("knife", "knives"), Map.entry("wife", "wives"),
        Map.entry("hero", "heroes"), Map.entry("potato", "potatoes"), Map.entry("tomato", "tomatoes"),
        Map.entry("echo", "echoes"), Map.entry("veto", "vetoes"), Map.entry("quiz", "quizzes"));
    private static final Set<String> UNCOUNTABLE = Set.of(
        "data", "metadata", "information", "info", "equipment", "news", "series", "species", "sheep", "fish",
        "media", "feedback", "staff", "music", "software");

    private Naming() {
    }

    public static String requireText(String value, String argument) {
        Objects.requireNonNull(value, argument);
        if (value.isBlank()) {
            throw new IllegalArgumentException(argument + " must not be blank, but was '" + value + "'");
        }
        return value;
    }

    /** {@code TeamMember} → {@code teamMember}. */
    public static String lowerCamel(String name) {
        return StringUtils.uncapitalize(name);
    }

    /** English plural of the last word of a camelCase name: {@code category} → {@code categories}. */
    public static String plural(String name) {
        int split = lastWordStart(name);
        String head = name.substring(0, split);
        String word = name.substring(split);
        return head + pluralWord(word);
    }

    private static int lastWordStart(String name) {
        for (int i = name.length() - 1; i > 0; i--) {
            if (Character.isUpperCase(name.charAt(i))) {
                return i;
            }
        }
        return 0;
    }

    private static String pluralWord(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (UNCOUNTABLE.contains(lower)) {
            return word;
        }
        String irregular = IRREGULAR.get(lower);
        if (irregular != null) {
            return Character.isUpperCase(word.charAt(0)) ? StringUtils.capitalize(irregular) : irregular;
        }
        if (lower.matches(".*(sis|xis)")) {
            return word.substring(0, word.length() - 2) + "es";
        }
        if (lower.matches(".*[^aeiou]y")) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        if (lower.matches(".*(s|x|z|ch|sh)")) {
            return word + "es";
        }
        return word + "s";
    }

    /** {@code authorId} → {@code author_id}; {@code TeamMembers} → {@code team_members}. */
    public static String snake(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0 && name.charAt(i - 1) != '_') {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Letters, digits and underscores, not starting with a digit. */
    public static boolean isIdentifier(String name) {
        return name != null && IDENTIFIER.matcher(name).matches();
    }

    /** {@code get} + capitalized name: {@code comments} → {@code getComments}. */
    public static String getter(String field) {
        return "get" + StringUtils.capitalize(field);
    }

    /** {@code set} + capitalized name. */
    public static String setter(String field) {
        return "set" + StringUtils.capitalize(field);
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
