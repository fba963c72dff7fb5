package org.fazhi.portal;

import java.util.List;

/**
 * A section of the public portal (门户栏目). Sections whose module has not landed yet are listed without a link, so the
 * public sees what the county will publish and nothing pretends to work; each module issue gives its section a path.
 *
 * @param key  message key suffix ({@code portal.section.<key>} and {@code .intro})
 * @param path the section's page, or {@code null} while its module is not available
 */
public record PortalSection(String key, String path) {

    /** The sections in the order the portal shows them. */
    static final List<PortalSection> ALL = List.of(
            new PortalSection("enforcementBodies", "/portal/enforcement-bodies"),
            new PortalSection("issuers", "/portal/issuers"),
            new PortalSection("normdocs", "/portal/normdocs"),
            new PortalSection("decisions", null),
            new PortalSection("enforcement", "/portal/enforcement"),
            new PortalSection("reconsideration", "/portal/reconsideration"),
            new PortalSection("disclosure", "/portal/disclosure"),
            new PortalSection("reports", "/portal/reports"));

    public boolean available() {
        return path != null;
    }
}
