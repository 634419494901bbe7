package org.xiaoqu.schemas;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The canonical kinds of departmental input a source can declare ({@code kind:} in xiaoqu.yaml). Each has a
 * Table Schema at {@code schemas/input/<id>.schema.json} on the classpath, loaded by {@link TableSchema#of}.
 */
public enum InputKind {
    /** A department's grid cells: code, name, place, grid worker, optional WKT boundary. */
    GRID_CELL("grid-cell"),
    /** Buildings (units, rooms) placed in a department's grid cells. */
    GRID_MEMBERSHIP("grid-membership"),
    /** Residential estates with party organisation, owners' committee and property-service status. */
    ESTATE("estate"),
    /** Enterprises keyed by unified social credit code. */
    ENTERPRISE("enterprise"),
    /** Credit events of enterprises (honours, penalties, vetoes). */
    CREDIT_RECORD("credit-record"),
    /** Values of assessment indicators per entity and period. */
    INDICATOR_VALUE("indicator-value");

    private final String id;

    InputKind(String id) {
        this.id = id;
    }

    /** The kebab-case id used in configuration files and on the command line. */
    public String id() {
        return id;
    }

    /** Classpath resource of the kind's Table Schema. */
    public String schemaResource() {
        return "/schemas/input/" + id + ".schema.json";
    }

    /**
     * The kind for its id (case-insensitive, {@code _} accepted for {@code -}).
     *
     * @throws IllegalArgumentException naming the valid ids
     */
    public static InputKind of(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (InputKind k : values()) {
            if (k.id.equals(wanted)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown input kind '" + id + "'; use one of "
                + Arrays.stream(values()).map(InputKind::id).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return id;
    }
}
