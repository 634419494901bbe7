package org.xiaoqu.grid.internal;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xiaoqu.address.AddressParser;
import org.xiaoqu.address.AddressParts;
import org.xiaoqu.address.Divisions;
import org.xiaoqu.address.ParsedAddress;
import org.xiaoqu.grid.GridSource;
import org.xiaoqu.grid.geo.Crs;
import org.xiaoqu.grid.geo.GridCell;
import org.xiaoqu.source.SourceSpec;

/**
 * The merge's first step: reads every source (files, or rows handed in from the store), parses and normalises the
 * membership records, resolves their districts (columns, address, grid-code prefix, then a gazetteer of estate
 * names → districts learned from the records that have one and from the register) and spills them to one file
 * per district — plus one of records whose district stays unknown. Also keeps the register and the grid cells.
 */
public final class Prepare {
    private static final Logger log = LoggerFactory.getLogger(Prepare.class);
    public static final String UNKNOWN = "unknown";

    private final Path work;
    private final javax.sql.@org.jspecify.annotations.Nullable DataSource store;
    private final AddressParser parser = AddressParser.hunan();
    private final Normalise normalise = new Normalise(parser, Divisions.hunan());
    private final Map<String, Spill.Writer> writers = new TreeMap<>();
    private final Map<String, Set<String>> gazetteer = new HashMap<>();
    private final List<MergeRecord> undistricted = new ArrayList<>();
    private final List<RegisterEstate> register = new ArrayList<>();
    private final List<GridCell> cells = new ArrayList<>();
    private final Map<String, Long> counts = new TreeMap<>();
    private LongConsumer onRecords = n -> {};
    private long read;

    static final int PROGRESS_EVERY = 1_000;

    public Prepare(Path work) {
        this(work, null);
    }

    /** @param store where {@code --from-store} sources are read from */
    public Prepare(Path work, javax.sql.@org.jspecify.annotations.Nullable DataSource store) {
        this.work = work;
        this.store = store;
    }

    private long rows(GridSource s, java.util.function.Consumer<Rows.Row> action) {
        if (s.load() != null) {
            if (store == null) {
                throw new IllegalStateException("source " + s.id() + " is a load, and no store was given");
            }
            return Rows.fromStore(store, s.kind(), s.load(), action);
        }
        long rejected = 0;
        for (SourceSpec spec : s.specs()) {
            rejected += Rows.read(spec, action);
        }
        return rejected;
    }

    /**
     * Reads the sources and spills; returns counts (records, rejected, by district resolution).
     *
     * @param onRecords told the number of records read so far, every {@value #PROGRESS_EVERY} and at the end
     */
    public Map<String, Long> run(List<GridSource> sources, LongConsumer onRecords) {
        this.onRecords = onRecords;
        try {
            Files.createDirectories(work);
            for (GridSource s : sources) {
                if (s.kind().equals("estate")) {
                    add("rejected", rows(s, this::register));
                }
            }
            for (GridSource s : sources) {
                if (s.kind().equals("grid-membership")) {
                    add("rejected", rows(s, row -> membership(s, row)));
                }
            }
            finish();
            onRecords.accept(counts.getOrDefault("records", 0L));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writers.values().forEach(Spill.Writer::close);
        }
        return counts;
    }

    /** Takes a membership row; public for the from-store reader. */
    void membership(GridSource s, Rows.Row row) {
        MergeRecord r = normalise.record(s.id(), s.department(), s.crs(), row);
        add("records", 1);
        if (++read % PROGRESS_EVERY == 0) {
            onRecords.accept(read);
        }
        if (!r.estateKey.isEmpty() && !r.district.isEmpty()) {
            gazetteer.computeIfAbsent(r.estateKey, k -> new TreeSet<>()).add(r.district);
        }
        if (r.district.isEmpty()) {
            undistricted.add(r);
        } else {
            add("district." + r.districtHow.toLowerCase(java.util.Locale.ROOT), 1);
            writer(r.district).write(r);
        }
    }

    private void register(Rows.Row row) {
        String id = row.get("estate_id");
        String name = row.get("estate_name");
        if (id.isEmpty() || name.isEmpty()) {
            return;
        }
        ParsedAddress a = parser.parse(new AddressParts(
                row.get("address").isEmpty() ? null : row.get("address"),
                row.get("district").isEmpty() ? null : row.get("district"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null));
        String district = !row.get("district_code").isEmpty()
                ? row.get("district_code")
                : a.districtCode() == null ? "" : a.districtCode();
        if (district.length() > 6) {
            district = district.substring(0, 6);
        }
        List<String> keys = new ArrayList<>();
        keys.add(Normalise.key(name));
        for (String old : row.get("old_names").split("[、,，;；|/]")) {
            if (!old.isBlank()) {
                String k = Normalise.key(old.trim());
                if (!k.isEmpty() && !keys.contains(k)) {
                    keys.add(k);
                }
            }
        }
        register.add(new RegisterEstate(
                id,
                district,
                name,
                keys,
                Normalise.doorplate(a.road(), a.roadNumber()),
                Normalise.community(row.get("community"))));
        for (String k : keys) {
            if (!district.isEmpty()) {
                gazetteer.computeIfAbsent(k, x -> new TreeSet<>()).add(district);
            }
        }
        add("estates", 1);
    }

    /** The grid cells of the {@code grid-cell} sources. */
    public static List<GridCell> cells(
            List<GridSource> sources, javax.sql.@org.jspecify.annotations.Nullable DataSource store) {
        Prepare p = new Prepare(Path.of("."), store);
        for (GridSource s : sources) {
            if (s.kind().equals("grid-cell")) {
                p.rows(s, row -> p.cell(s, row));
            }
        }
        return p.cells;
    }

    private void cell(GridSource s, Rows.Row row) {
        String crs = !row.get("crs").isEmpty() ? row.get("crs") : s.crs();
        String wkt = row.get("geometry_wkt");
        String district = row.get("district_code");
        if (district.isEmpty()) {
            String fromCode = normalise.districtOfGridCode(row.get("grid_code"));
            district = fromCode == null ? "" : fromCode;
        }
        cells.add(new GridCell(
                s.department(),
                s.id(),
                row.get("grid_code"),
                row.get("grid_name"),
                district.isEmpty() ? null : district,
                wkt.isEmpty() ? null : wkt,
                Crs.parse(crs)));
        add("cells", 1);
    }

    private void finish() throws IOException {
        try (Spill.Writer unknown = new Spill.Writer(work.resolve(UNKNOWN + ".bin"))) {
            for (MergeRecord r : undistricted) {
                Set<String> ds = r.estateKey.isEmpty() ? null : gazetteer.get(r.estateKey);
                if (ds != null && ds.size() == 1) {
                    r.district = ds.iterator().next();
                    r.districtHow = "GAZETTEER";
                    add("district.gazetteer", 1);
                    writer(r.district).write(r);
                } else {
                    add("district.unknown", 1);
                    unknown.write(r);
                }
            }
        }
        for (RegisterEstate e : register) {
            if (!e.district().isEmpty()) {
                writer(e.district()); // a district with estates but no records still gets its (empty) file
            }
        }
        write(work.resolve("register.ser"), new ArrayList<>(register));
        log.info(
                "grid merge: {} records in {} districts, {} of unknown district",
                counts.get("records"),
                writers.size(),
                counts.getOrDefault("district.unknown", 0L));
    }

    private Spill.Writer writer(String district) {
        return writers.computeIfAbsent(district, d -> new Spill.Writer(work.resolve("d-" + d + ".bin")));
    }

    private void add(String key, long n) {
        counts.merge(key, n, Long::sum);
    }

    /** The districts spilled by an earlier {@link #run}, sorted. */
    public static List<String> districts(Path work) {
        try (var files = Files.list(work)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("d-") && n.endsWith(".bin"))
                    .map(n -> n.substring(2, n.length() - 4))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, Object o) {
        try (ObjectOutputStream out =
                new ObjectOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeObject(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T read(Path file) {
        try (ObjectInputStream in =
                new ObjectInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
            return (T) in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
