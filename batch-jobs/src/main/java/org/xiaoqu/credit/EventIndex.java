package org.xiaoqu.credit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Values filed under a record of the event they stand for, found by the event rule: the same item, and equal
 * document numbers when both records have one, else event dates at most {@code days} apart. An enterprise with
 * tens of thousands of complaints is searched by item, document number and a window of days instead of record
 * by record. Results come in the order the values were added.
 */
final class EventIndex<T> {
    private final int days;
    private final Map<String, Item<T>> byItem = new HashMap<>();
    private int added;

    /** A value, the record it is filed under, and when it was added. */
    record Entry<T>(T value, CreditRecord head, int order) {}

    private static final class Item<T> {
        final Map<String, List<Entry<T>>> byDocument = new HashMap<>();
        final TreeMap<Long, List<Entry<T>>> byDay = new TreeMap<>();
        final TreeMap<Long, List<Entry<T>>> byDayWithoutDocument = new TreeMap<>();
    }

    EventIndex(int days) {
        this.days = days;
    }

    /** Files {@code value} under the event of {@code head}. */
    void add(CreditRecord head, T value) {
        Entry<T> e = new Entry<>(value, head, added++);
        Item<T> item = byItem.computeIfAbsent(head.item(), k -> new Item<>());
        long day = head.date().toEpochDay();
        item.byDay.computeIfAbsent(day, k -> new ArrayList<>()).add(e);
        if (head.documentNo() == null) {
            item.byDayWithoutDocument
                    .computeIfAbsent(day, k -> new ArrayList<>())
                    .add(e);
        } else {
            item.byDocument
                    .computeIfAbsent(head.documentNo(), k -> new ArrayList<>())
                    .add(e);
        }
    }

    /** The first value added whose record is the same event as {@code r} and that {@code accept} takes. */
    @Nullable
    T first(CreditRecord r, Predicate<T> accept) {
        Entry<T> best = null;
        for (Entry<T> e : candidates(r)) {
            if ((best == null || e.order() < best.order()) && accept.test(e.value())) {
                best = e;
            }
        }
        return best == null ? null : best.value();
    }

    /**
     * Every entry whose record is the same event as {@code r}, in no particular order: with a document number, those
     * with the same number and those without one within the days; without, all within the days.
     */
    List<Entry<T>> candidates(CreditRecord r) {
        Item<T> item = byItem.get(r.item());
        if (item == null) {
            return List.of();
        }
        List<Entry<T>> found = new ArrayList<>();
        if (r.documentNo() != null) {
            found.addAll(item.byDocument.getOrDefault(r.documentNo(), List.of()));
        }
        long day = r.date().toEpochDay();
        TreeMap<Long, List<Entry<T>>> byDay = r.documentNo() == null ? item.byDay : item.byDayWithoutDocument;
        for (Collection<Entry<T>> onDay :
                byDay.subMap(day - days, true, day + days, true).values()) {
            found.addAll(onDay);
        }
        return found;
    }
}
