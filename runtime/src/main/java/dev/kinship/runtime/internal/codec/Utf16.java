package dev.kinship.runtime.internal.codec;

/**
 * Text every database can store: a Java string with an unpaired UTF-16 surrogate has no UTF-8
 * form, and drivers would silently store {@code ?} in its place, so it is refused instead.
 */
final class Utf16 {

    private Utf16() {
    }

    /** @throws UnfitValue naming the position of the first unpaired surrogate of {@code text} */
    static String check(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new UnfitValue(String.format("holds an unpaired UTF-16 surrogate (U+%04X) at index %d, which has "
                    + "no UTF-8 form, so the database would store '?' instead", (int) c, i),
                    "Pass well-formed text, e.g. as read by a UTF-8 decoder, or store such data as byte[]");
            }
        }
        return text;
    }
}
