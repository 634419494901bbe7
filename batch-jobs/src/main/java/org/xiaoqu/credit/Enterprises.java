package org.xiaoqu.credit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import org.xiaoqu.credit.internal.LongIntMap;
import org.xiaoqu.credit.internal.Names;
import org.xiaoqu.credit.internal.Typos;

/**
 * Which enterprise every credit record belongs to. Enterprises are the connected components of valid codes linked
 * by the names they carry within a registration area (so one name with two codes, or one code with two names, is
 * one enterprise and a reported discrepancy), except that two codes the ledger both holds stay two enterprises
 * (names are unique in an area, not across a province). An enterprise's code is the ledger's most used, its name
 * the ledger's most used. A record without a valid code joins an enterprise by, in order: a valid code with the
 * same first {@value #PREFIX} characters (O read as 0 and I as 1), its normalised name (unique; or, of the
 * enterprises with that name, the one whose code is nearest the written one in typos, else the one in the code's
 * area), its document number.
 *
 * <p>Built by a {@link Builder} in one pass over the records that keeps one entry per distinct code and per
 * distinct (code, name) — never the records — so that the records themselves can wait on disk. Records added one by
 * one also leave their document numbers; sources read at once into {@link SourceBuilder}s leave only the numbers of
 * records without a valid code, whose first valid code is then found in the spill files ({@link Builder#documents}).
 * The result is the same as replaying every record in the order read: a repeated (code, name) changes nothing.
 * Thread-safe once built.
 */
final class Enterprises {
    /** An invalid code whose first 16 characters are those of one valid code is that code mistyped at its end. */
    static final int PREFIX = 16;

    /** Typos ({@link Typos#distance}) an invalid code may be from the code of the enterprise its name picks it out of. */
    static final int TYPOS = 3;

    /**
     * The enterprise of one record.
     *
     * @param code the enterprise's code, empty when no enterprise could be found
     * @param how how an invalid code was matched ("code" for a valid one, "none" when unresolved)
     */
    record Assignment(String code, String how) {
        boolean resolved() {
            return !code.isEmpty();
        }
    }

    private final Set<String> present;
    private final Map<String, String> canonical;
    private final Map<String, String> names;
    private final Map<String, Set<String>> byPrefix;
    private final Map<String, Set<String>> byName;
    private final List<Documents> byDocument;
    private final Map<String, Long> recordsByCode;
    private final Map<String, String> nameKeys;

    private Enterprises(Builder b, Map<String, String> canonical, Map<String, String> names) {
        this.present = Collections.unmodifiableSet(b.present);
        this.canonical = canonical;
        this.names = names;
        this.byDocument = b.documents;
        this.nameKeys = b.nameKeys;
        this.byPrefix = new HashMap<>();
        this.byName = new HashMap<>();
        this.recordsByCode = new TreeMap<>();
        b.codes.forEach((code, use) -> {
            String c = canonical.get(code);
            byPrefix.computeIfAbsent(code.substring(0, PREFIX), k -> new LinkedHashSet<>())
                    .add(c);
            recordsByCode.merge(c, use[0] + use[1], Long::sum);
        });
        b.pairs.keySet().forEach(p -> {
            if (!p.name().isEmpty()) {
                byName.computeIfAbsent(nameKey(p.name()), k -> new LinkedHashSet<>())
                        .add(canonical.get(p.code()));
            }
        });
    }

    /** The sources that have at least one record, in the order read. */
    Set<String> present() {
        return present;
    }

    /** The enterprise name per enterprise code. */
    Map<String, String> names() {
        return names;
    }

    /** Records with a valid code per enterprise code, in code order: the sizes partitions are cut by. */
    Map<String, Long> recordsByCode() {
        return recordsByCode;
    }

    /** The name as {@link Names#key} normalises it (cached: a province's records repeat a few thousand names). */
    String nameKey(String name) {
        return nameKeys.computeIfAbsent(name, Names::key);
    }

    /** The enterprise code of a valid code read. */
    String canonical(String code) {
        return Objects.requireNonNull(canonical.get(code));
    }

    /** The enterprise of {@code r}. */
    Assignment assign(CreditRecord r) {
        if (r.validCode()) {
            return new Assignment(canonical(r.code()), "code");
        }
        String written = Typos.misread(r.code());
        Set<String> sameStart =
                written.length() == 18 ? byPrefix.getOrDefault(written.substring(0, PREFIX), Set.of()) : Set.of();
        if (sameStart.size() == 1) {
            return new Assignment(sameStart.iterator().next(), "the code's first " + PREFIX + " characters");
        }
        Set<String> candidates = r.name().isEmpty() ? Set.of() : byName.getOrDefault(nameKey(r.name()), Set.of());
        if (candidates.size() > 1) {
            candidates = nearest(candidates, written);
        }
        if (candidates.size() == 1) {
            return new Assignment(candidates.iterator().next(), "name");
        }
        if (r.documentNo() != null) {
            long document = LongIntMap.hash(r.documentNo());
            for (Documents d : byDocument) { // the first source (in the order read) that has it
                int id = d.codes().get(document);
                if (id != LongIntMap.ABSENT) {
                    return new Assignment(
                            Objects.requireNonNull(canonical.get(d.code().apply(id))), "document number");
                }
            }
        }
        return new Assignment("", "none");
    }

    /**
     * Of the enterprises that carry one name (in two registration areas, or 有限公司 and 有限责任公司 in one), the
     * one whose code the written code is a few typos of ({@value #TYPOS} at most), if one is nearest; else, of
     * the nearest (or of all), those registered in the area the code was written with.
     */
    private static Set<String> nearest(Set<String> candidates, String written) {
        Set<String> nearest = new LinkedHashSet<>();
        int best = TYPOS;
        for (String c : candidates) {
            int d = Typos.distance(written, c);
            if (d > TYPOS) {
                continue;
            }
            if (d < best) {
                nearest.clear();
                best = d;
            }
            if (d == best) {
                nearest.add(c);
            }
        }
        if (nearest.size() == 1 || written.length() < 8) {
            return nearest;
        }
        String area = written.substring(2, 8);
        Set<String> inArea = new LinkedHashSet<>();
        (nearest.isEmpty() ? candidates : nearest)
                .stream().filter(c -> c.substring(2, 8).equals(area)).forEach(inArea::add);
        return inArea;
    }

    /**
     * Document numbers (hashed) → number of the first valid code written with them in one source's records (or in a
     * {@link Builder}'s own), and the code of each number.
     */
    private record Documents(LongIntMap codes, IntFunction<String> code) {}

    /** A valid code and a name written beside it. */
    private record CodeName(String code, String name) {}

    /** Collects what {@link Enterprises} needs from the records, one record at a time. */
    static final class Builder {
        private final CreditSettings settings;
        private final Set<String> present = new LinkedHashSet<>();
        private final Set<String> ledgerCodes = new HashSet<>();
        /** Valid codes in the order first read: records of the ledger, of other sources, the code's number. */
        private final Map<String, long[]> codes = new LinkedHashMap<>();
        /** (valid code, name as written) in the order first read, with the name's weight for that code. */
        private final Map<CodeName, long[]> pairs = new LinkedHashMap<>();

        private final List<String> codeById = new ArrayList<>();
        /** Document number (hashed) → number of the first valid code written with it. */
        private final LongIntMap ownDocuments = new LongIntMap();
        /** This builder's documents, then those of every builder merged into it, in that order. */
        private final List<Documents> documents = new ArrayList<>(List.of(new Documents(ownDocuments, codeById::get)));

        private final Map<String, String> nameKeys = new ConcurrentHashMap<>();

        Builder(CreditSettings settings) {
            this.settings = settings;
        }

        void add(CreditRecord r) {
            present.add(r.source());
            if (!r.validCode()) {
                return;
            }
            boolean ledger = r.source().equals(settings.ledger());
            long[] use = use(r.code());
            use[ledger ? 0 : 1]++;
            if (ledger) {
                ledgerCodes.add(r.code());
            }
            // the ledger's names outweigh every other; among the others, the source first in precedence
            long weight = ledger ? 1_000_000_000L : Math.max(1, 1000 - settings.rank(r.source()));
            pairs.computeIfAbsent(new CodeName(r.code(), r.name()), k -> new long[1])[0] +=
                    r.name().isEmpty() ? 0 : weight;
            if (r.documentNo() != null) {
                ownDocuments.putIfAbsent(LongIntMap.hash(r.documentNo()), (int) use[2]);
            }
        }

        private long[] use(String code) {
            return codes.computeIfAbsent(code, k -> {
                codeById.add(k);
                return new long[] {0, 0, codeById.size() - 1};
            });
        }

        /**
         * Adds what one source's records gave, as if they had been added after this builder's records, one by one:
         * collectors of several sources read at once, merged in the order of the sources, give what one builder
         * reading them one after another would.
         */
        void merge(SourceBuilder later) {
            if (later.records > 0) {
                present.add(later.source);
            }
            for (int n = 0; n < later.codes; n++) {
                String code = later.code(later.codeIds[n]);
                use(code)[later.ledger ? 0 : 1] += later.uses[n];
                if (later.ledger) {
                    ledgerCodes.add(code);
                }
            }
            for (int p = 0; p < later.pairs; p++) {
                int pair = later.pairIds[p];
                CodeName key = new CodeName(
                        later.code(later.dictionary.pairCode(pair)), later.name(later.dictionary.pairName(pair)));
                pairs.computeIfAbsent(key, k -> new long[1])[0] += later.pairWeights[p];
            }
        }

        /**
         * Adds the document numbers of one source that a record without a valid code may need ({@link
         * SourceBuilder#wanted()}), each with the dictionary number of the first valid code the source wrote with
         * it; sources in the order they were merged (the first that has a number wins).
         */
        void documents(LongIntMap codes, IntFunction<String> code) {
            documents.add(new Documents(codes, code));
        }

        Enterprises build() {
            // components of valid codes joined by shared names in an area, replayed in the order first read
            Map<String, String> parent = new HashMap<>();
            Set<String> inLedger = new HashSet<>();
            Map<NameInArea, String> nameOwner = new HashMap<>();
            for (CodeName p : pairs.keySet()) {
                String code = p.code();
                if (parent.putIfAbsent(code, code) == null && ledgerCodes.contains(code)) {
                    inLedger.add(code);
                }
                String key = nameKeys.computeIfAbsent(p.name(), Names::key);
                if (key.isEmpty()) {
                    continue;
                }
                // names are unique within a registration area (the code's 3rd-8th characters), not beyond
                String owner = nameOwner.putIfAbsent(new NameInArea(key, code.substring(2, 8)), code);
                if (owner != null) {
                    String a = find(parent, owner);
                    String b = find(parent, code);
                    if (!a.equals(b) && !(inLedger.contains(a) && inLedger.contains(b))) {
                        boolean ledgerSide = inLedger.contains(a) || inLedger.contains(b);
                        union(parent, a, b);
                        if (ledgerSide) {
                            inLedger.add(find(parent, a));
                        }
                    }
                }
            }
            // the code of a component: the ledger's most used, else the most used; ties to the smaller
            Map<String, Map<String, Long>> codeUse = new HashMap<>();
            codes.forEach((code, use) -> codeUse.computeIfAbsent(find(parent, code), k -> new TreeMap<>())
                    .merge(code, use[0] * 1_000_000L + use[1], Long::sum));
            Map<String, String> canonical = new HashMap<>();
            Map<String, String> rootCode = new HashMap<>();
            codeUse.forEach((root, uses) -> rootCode.put(root, best(uses)));
            codes.keySet().forEach(code -> canonical.put(code, rootCode.get(find(parent, code))));
            // the name of an enterprise: the one most weighed among the records written with its own code
            Map<String, Map<String, Long>> nameUse = new HashMap<>();
            pairs.forEach((p, weight) -> {
                if (!p.name().isEmpty() && canonical.get(p.code()).equals(p.code())) {
                    nameUse.computeIfAbsent(p.code(), k -> new TreeMap<>()).merge(p.name(), weight[0], Long::sum);
                }
            });
            Map<String, String> names = new HashMap<>(); // looked up per record (a TreeMap's compares showed)
            nameUse.forEach((code, uses) -> names.put(code, best(uses)));
            return new Enterprises(this, canonical, names);
        }
    }

    /**
     * What one source's records give a {@link Builder}, collected by the numbers the source's spill
     * {@link RecordSpill.Dictionary} gave their codes and names rather than by their text (hashing the text again
     * cost more than all else this does). {@link Builder#merge(SourceBuilder)} turns the numbers back into text once
     * per distinct code and (code, name).
     */
    static final class SourceBuilder {
        private final String source;
        private final RecordSpill.Dictionary dictionary;
        private final boolean ledger;
        /** A name's weight for its code per record: the ledger's outweigh every other; then precedence. */
        private final long weight;

        private long records;
        /** Per dictionary number, the code's number here plus one (0: not a valid code read yet). */
        private int[] codeNumber = new int[1024];
        /** Per code number, in the order first read: its dictionary number and its records. */
        private int[] codeIds = new int[1024];

        private long[] uses = new long[1024];
        private int codes;
        /** Per dictionary pair number, the pair's number here plus one (0: not read with a valid code yet). */
        private int[] pairNumber = new int[1024];
        /** Per pair number, in the order first read: its dictionary number and its weight. */
        private int[] pairIds = new int[1024];

        private long[] pairWeights = new long[1024];
        private int pairs;
        /** The document numbers (hashed) of records without a valid code: the only ones worth looking up. */
        private final LongIntMap wanted = new LongIntMap();

        SourceBuilder(CreditSettings settings, String source, RecordSpill.Dictionary dictionary) {
            this.source = source;
            this.dictionary = dictionary;
            this.ledger = source.equals(settings.ledger());
            this.weight = ledger ? 1_000_000_000L : Math.max(1, 1000 - settings.rank(source));
        }

        /**
         * Adds one record of the source.
         *
         * @param pairId the dictionary number of its (code, name)
         */
        void add(CreditRecord r, int pairId) {
            records++;
            if (!r.validCode()) {
                if (r.documentNo() != null) {
                    wanted.putIfAbsent(LongIntMap.hash(r.documentNo()), 0);
                }
                return;
            }
            int codeId = dictionary.pairCode(pairId);
            if (codeId >= codeNumber.length) {
                codeNumber = Arrays.copyOf(codeNumber, Math.max(codeId + 1, 2 * codeNumber.length));
            }
            int n = codeNumber[codeId] - 1;
            if (n < 0) {
                n = codes++;
                if (n == codeIds.length) {
                    codeIds = Arrays.copyOf(codeIds, 2 * n);
                    uses = Arrays.copyOf(uses, 2 * n);
                }
                codeIds[n] = codeId;
                codeNumber[codeId] = n + 1;
            }
            uses[n]++;
            if (pairId >= pairNumber.length) {
                pairNumber = Arrays.copyOf(pairNumber, Math.max(pairId + 1, 2 * pairNumber.length));
            }
            int p = pairNumber[pairId] - 1;
            if (p < 0) {
                p = pairs++;
                if (p == pairIds.length) {
                    pairIds = Arrays.copyOf(pairIds, 2 * p);
                    pairWeights = Arrays.copyOf(pairWeights, 2 * p);
                }
                pairIds[p] = pairId;
                pairNumber[pairId] = p + 1;
            }
            if (!r.name().isEmpty()) {
                pairWeights[p] += weight;
            }
        }

        /**
         * The document numbers (hashed, as keys) of the source's records without a valid code. Which valid code
         * first came with each is found afterwards in the spill files, for these numbers only: a province's
         * millions of numbers are never all held ({@link Builder#documents}).
         */
        LongIntMap wanted() {
            return wanted;
        }

        private String code(int id) {
            return Objects.requireNonNull(dictionary.code(id));
        }

        private String name(int id) {
            return Objects.requireNonNull(dictionary.name(id));
        }
    }

    /** A normalised name in one registration area: a composite key compared as a tuple. */
    private record NameInArea(String name, String area) {}

    private static String best(Map<String, Long> uses) {
        String best = null;
        long n = -1;
        for (Map.Entry<String, Long> e : uses.entrySet()) {
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return Objects.requireNonNull(best);
    }

    private static String find(Map<String, String> parent, String x) {
        String p = parent.get(x);
        while (!p.equals(x)) {
            String gp = parent.get(p);
            parent.put(x, gp);
            x = p;
            p = gp;
        }
        return x;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }
}
