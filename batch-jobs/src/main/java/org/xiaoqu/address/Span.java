package org.xiaoqu.address;

/**
 * Where a component was found in the original text: {@code [start, end)} in UTF-16 offsets.
 *
 * @param component the component
 * @param start the first offset
 * @param end one past the last offset
 */
public record Span(AddressComponent component, int start, int end) {
    public Span {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** The span's text in the original address. */
    public String text(String original) {
        return original.substring(start, end);
    }
}
