package dev.kinship.runtime.loading;

import java.util.List;

/** Entity classes that schema validation rejects, handed to the subclass generator directly. */
final class Unusable {

    private Unusable() {
    }

    /** A final class. */
    public static final class Sealed {
        private Long id;

        public Long getId() {
            return id;
        }
    }

    /** A final association getter. */
    public static class FinalGetter {
        private Long id;
        private List<Object> items;

        public final List<Object> getItems() {
            return items;
        }
    }

    /** A final association setter. */
    public static class FinalSetter {
        private Long id;
        private List<Object> items;

        public List<Object> getItems() {
            return items;
        }

        public final void setItems(List<Object> items) {
            this.items = items;
        }
    }
}
