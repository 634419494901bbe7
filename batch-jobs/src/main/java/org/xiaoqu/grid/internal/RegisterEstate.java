package org.xiaoqu.grid.internal;

import java.io.Serializable;
import java.util.List;

/**
 * An estate of the housing register (kind {@code estate}): its id, district, the keys of its name and old names,
 * and its door plate ({@link Normalise#doorplate} form, empty when none).
 */
record RegisterEstate(String id, String district, String name, List<String> keys, String doorplate, String community)
        implements Serializable {}
