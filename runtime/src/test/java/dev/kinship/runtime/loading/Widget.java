package dev.kinship.runtime.loading;

import java.util.List;

/** Used by one test only, so that its subclass is first generated inside that test. */
public class Widget {
    private Long id;
    private String name;
    private List<Widget> parts;
    private Long assemblyId;
    private Widget assembly;

    public Widget() {
    }

    public Long getId() {
        return id;
    }

    public List<Widget> getParts() {
        return parts;
    }

    public Widget getAssembly() {
        return assembly;
    }
}
