package dev.kinship.benchmarks.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The chart's colours, chosen so the picture reads at a glance: Kinship's contenders in one
 * colour family (blues and teals), Hibernate's in another (reds and oranges), hand-written JDBC
 * as the reference line at 1, anything else in greys. Within a family the darkest shade is the
 * eager plan (Kinship's {@code include}, Hibernate's join fetch), the middle ones are batched
 * plans and the lightest is N+1, so a strategy has the same weight in both families.
 */
final class ContenderColours {

    /** Kinship's contenders, in legend order, each with its shade of blue or teal. */
    private static final List<String> KINSHIP = List.of(
            "kinshipEager", "kinshipSeparate", "kinshipJoined", "kinshipBatched", "kinshipPerEntity",
            "kinshipStream", "kinship");
    private static final Color[] KINSHIP_SHADES = {
        new Color(0x08306B), new Color(0x5B4BA8), new Color(0x2B7BBA), new Color(0x1A9E9E),
        new Color(0x9CD3E6), new Color(0x3A6B8C), new Color(0x4A90D9), new Color(0x6FA8C9)};
    // the last shade of each family is its spare, for a contender the suite does not know yet

    /** Hibernate's contenders, in legend order, each with its shade of red or orange. */
    private static final List<String> HIBERNATE = List.of(
            "hibernateJoinFetch", "hibernateBatch", "hibernateLazy", "hibernateStream", "hibernateStateless",
            "hibernate");
    private static final Color[] HIBERNATE_SHADES = {
        new Color(0x8C1D18), new Color(0xE6550D), new Color(0xFDB57A), new Color(0xC2185B),
        new Color(0xE8A33D), new Color(0xD9352B), new Color(0xB5452B)};

    private static final Color OTHER = new Color(0x888888);

    /** The colour of the reference line. */
    static final Color JDBC = Color.BLACK;

    private ContenderColours() {
    }

    /** Which family a contender belongs to, by the start of its name. */
    enum Family {
        KINSHIP, HIBERNATE, OTHER;

        static Family of(String contender) {
            String name = contender.toLowerCase(Locale.ROOT);
            if (name.startsWith("kinship")) {
                return KINSHIP;
            }
            return name.startsWith("hibernate") ? HIBERNATE : OTHER;
        }
    }

    /** The contenders in legend order: Kinship's family, then Hibernate's, then any other, known names first. */
    static List<String> order(Collection<String> contenders) {
        List<String> ordered = new ArrayList<>(contenders);
        ordered.sort(Comparator.comparing((String c) -> Family.of(c)).thenComparingInt(ContenderColours::rank)
                .thenComparing(Comparator.naturalOrder()));
        return ordered;
    }

    /**
     * The colour of {@code contender}: its own shade when the suite knows it, else its family's
     * spare shade (grey outside both families).
     */
    static Color of(String contender) {
        return switch (Family.of(contender)) {
            case KINSHIP -> shade(KINSHIP_SHADES, KINSHIP.indexOf(contender));
            case HIBERNATE -> shade(HIBERNATE_SHADES, HIBERNATE.indexOf(contender));
            case OTHER -> OTHER;
        };
    }

    private static Color shade(Color[] shades, int known) {
        return known >= 0 ? shades[known] : shades[shades.length - 1];
    }

    private static int rank(String contender) {
        int kinship = KINSHIP.indexOf(contender);
        if (kinship >= 0) {
            return kinship;
        }
        int hibernate = HIBERNATE.indexOf(contender);
        return hibernate >= 0 ? hibernate : Integer.MAX_VALUE;
    }
}
