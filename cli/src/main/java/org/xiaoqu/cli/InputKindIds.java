package org.xiaoqu.cli;

import java.util.Arrays;
import java.util.Iterator;
import org.xiaoqu.schemas.InputKind;

/** The ids of the input kinds, for the help of options that take one ({@code ${COMPLETION-CANDIDATES}}). */
public final class InputKindIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(InputKind.values()).map(InputKind::id).iterator();
    }
}
