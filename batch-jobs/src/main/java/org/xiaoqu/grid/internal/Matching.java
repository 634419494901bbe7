package org.xiaoqu.grid.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The match steps: one district (a partition), then the records of unknown district against every district. */
public final class Matching {
    private Matching() {}

    /** Matches one district's records; writes {@code m-D.bin} and the district's index. Returns the record count. */
    public static long district(Path work, String district) {
        List<MergeRecord> records = Spill.readAll(work.resolve("d-" + district + ".bin"));
        EstateIndex index = new EstateIndex(district);
        List<RegisterEstate> register = Prepare.read(work.resolve("register.ser"));
        for (RegisterEstate e : register) {
            if (e.district().equals(district)) {
                index.addRegister(e);
            }
        }
        new DistrictMatcher(index).match(records);
        Path out = work.resolve("m-" + district + ".bin");
        try (Spill.Writer w = new Spill.Writer(work.resolve("m-" + district + ".tmp"))) {
            records.forEach(w::write);
        }
        Prepare.write(work.resolve("index-" + district + ".ser"), index);
        move(work.resolve("m-" + district + ".tmp"), out);
        return records.size();
    }

    /** The districts whose matched file {@link #district} has written. */
    public static long matched(Path work) {
        try (var files = Files.list(work)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("m-") && n.endsWith(".bin") && !n.equals("m-" + Prepare.UNKNOWN + ".bin"))
                    .count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Told the records compared so far and of how many. */
    @FunctionalInterface
    public interface Counter {
        void done(long done, long total);
    }

    /**
     * Compares each record of unknown district with every district: linked where exactly one district gives the
     * best outcome, to review where several do.
     */
    public static long unknown(Path work, List<String> districts, Counter progress) {
        List<MergeRecord> records = Spill.readAll(work.resolve(Prepare.UNKNOWN + ".bin"));
        long done = 0;
        if (!records.isEmpty()) {
            Map<String, DistrictMatcher> matchers = new TreeMap<>();
            for (String d : districts) {
                Path f = work.resolve("index-" + d + ".ser");
                if (Files.exists(f)) {
                    matchers.put(d, new DistrictMatcher(Prepare.<EstateIndex>read(f)));
                }
            }
            for (MergeRecord r : records) {
                decideAcross(r, matchers);
                if (++done % 100 == 0) {
                    progress.done(done, records.size());
                }
            }
        }
        if (!records.isEmpty()) {
            progress.done(records.size(), records.size());
        }
        try (Spill.Writer w = new Spill.Writer(work.resolve("m-" + Prepare.UNKNOWN + ".tmp"))) {
            records.forEach(w::write);
        }
        move(work.resolve("m-" + Prepare.UNKNOWN + ".tmp"), work.resolve("m-" + Prepare.UNKNOWN + ".bin"));
        return records.size();
    }

    private static void decideAcross(MergeRecord r, Map<String, DistrictMatcher> matchers) {
        List<MergeRecord> linked = new ArrayList<>();
        List<String> reviewCandidates = new ArrayList<>();
        double best = 0;
        for (var e : matchers.entrySet()) {
            MergeRecord copy = copy(r);
            copy.district = e.getKey();
            e.getValue().decide(copy, false);
            if (copy.status.equals(DistrictMatcher.LINKED)) {
                if (copy.score > best + 1e-9) {
                    linked.clear();
                    best = copy.score;
                }
                if (copy.score >= best - 1e-9) {
                    linked.add(copy);
                }
            } else if (copy.status.equals(DistrictMatcher.REVIEW)) {
                reviewCandidates.addAll(List.of(copy.candidates.split(";")));
            }
        }
        if (linked.size() == 1 && reviewCandidates.isEmpty()) {
            MergeRecord m = linked.get(0);
            r.district = m.district;
            r.districtHow = "MATCHED";
            r.status = m.status;
            r.buildingKey = m.buildingKey;
            r.rule = "ANY_DISTRICT+" + m.rule;
            r.score = m.score;
            r.explanation = "";
        } else if (linked.size() + reviewCandidates.size() > 0) {
            List<String> c = new ArrayList<>();
            linked.forEach(m -> c.add(m.buildingKey));
            c.addAll(reviewCandidates);
            r.status = DistrictMatcher.REVIEW;
            r.rule = "REVIEW";
            r.candidates = String.join(";", c.stream().distinct().toList());
            r.score = best;
            r.explanation = "district unknown and the record fits buildings in several places";
        } else {
            r.status = DistrictMatcher.UNMATCHED;
            r.rule = r.building.isEmpty() ? "NO_BUILDING" : "NO_DISTRICT";
            r.explanation = "district unknown and no district knows this estate";
        }
    }

    private static MergeRecord copy(MergeRecord r) {
        MergeRecord c = new MergeRecord();
        c.sourceId = r.sourceId;
        c.recordKey = r.recordKey;
        c.department = r.department;
        c.gridCode = r.gridCode;
        c.crs = r.crs;
        c.estateKey = r.estateKey;
        c.estateRaw = r.estateRaw;
        c.phase = r.phase;
        c.building = r.building;
        c.unit = r.unit;
        c.doorplate = r.doorplate;
        c.community = r.community;
        c.lon = r.lon;
        c.lat = r.lat;
        c.address = r.address;
        return c;
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
