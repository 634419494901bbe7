package org.xiaoqu.address.eval;

import java.util.List;
import org.xiaoqu.address.AddressComponent;

/**
 * One address of a corpus with its gold spans, already mapped onto components.
 *
 * @param text the address, the corpus's tokens joined
 * @param gold the gold spans of the mapped labels
 */
public record LabelledAddress(String text, List<Gold> gold) {
    public LabelledAddress {
        gold = List.copyOf(gold);
    }

    /** A gold span {@code [start, end)} of a component. */
    public record Gold(AddressComponent component, int start, int end) {}
}
