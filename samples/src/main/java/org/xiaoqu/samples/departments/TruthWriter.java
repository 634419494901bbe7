package org.xiaoqu.samples.departments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.xiaoqu.samples.world.GridScheme;
import org.xiaoqu.samples.world.Households;
import org.xiaoqu.samples.world.NameBank;
import org.xiaoqu.samples.world.World;

/** The ground truth beside the extracts, in truth/ (UTF-8, no BOM; columns documented in samples/README.md). */
final class TruthWriter implements AutoCloseable {
    static final String[] RECORDS = {"source_id", "record_id", "building_id", "unit", "ambiguous", "candidates", "noise"
    };
    static final String[] BUILDINGS = {
        "building_id",
        "district_code",
        "district",
        "street_code",
        "street",
        "community_code",
        "community",
        "estate_id",
        "estate_group_id",
        "estate_name",
        "old_name",
        "phase",
        "building_no",
        "road",
        "road_number",
        "units",
        "floors",
        "households",
        "exclusive_area",
        "longitude",
        "latitude",
        "true_grid_code",
        "missing_from"
    };
    static final String[] ESTATES = {
        "estate_id",
        "estate_name",
        "old_name",
        "phases",
        "district_code",
        "district",
        "street_code",
        "street",
        "community_code",
        "community",
        "road",
        "road_number",
        "property_service",
        "enterprise_code",
        "written_enterprise_code",
        "has_party_org",
        "has_owners_committee",
        "building_count",
        "household_count",
        "total_area",
        "pilot"
    };
    static final String[] ENTERPRISES = {
        "credit_code",
        "enterprise_name",
        "legal_representative",
        "registered_address",
        "district_code",
        "established_on",
        "qualification",
        "written_code"
    };
    static final String[] COMMITTEES = {"committee_id", "estate_id", "estate_name", "chair_name", "established_on"};
    static final String[] HOUSEHOLDS = {"building_id", "unit", "room", "exclusive_area", "owner_name"};

    private final long seed;
    final CsvSink records;
    private final CsvSink buildings;
    private final CsvSink estates;
    private final CsvSink enterprises;
    private final CsvSink committees;
    private final CsvSink households;

    TruthWriter(Path root, long seed) throws IOException {
        this.seed = seed;
        Path t = root.resolve("truth");
        records = sink(t.resolve("records.csv"), RECORDS);
        buildings = sink(t.resolve("buildings.csv"), BUILDINGS);
        estates = sink(t.resolve("estates.csv"), ESTATES);
        enterprises = sink(t.resolve("enterprises.csv"), ENTERPRISES);
        committees = sink(t.resolve("owners-committees.csv"), COMMITTEES);
        households = sink(t.resolve("households.csv"), HOUSEHOLDS);
    }

    static List<String> files() {
        return List.of(
                "records.csv",
                "buildings.csv",
                "estates.csv",
                "enterprises.csv",
                "owners-committees.csv",
                "households.csv");
    }

    private static CsvSink sink(Path file, String[] header) throws IOException {
        return new CsvSink(file, StandardCharsets.UTF_8, false, false, header);
    }

    void building(World.District d, World.Building b, String missingFrom) throws IOException {
        World.Estate e = b.estate();
        buildings.row(
                b.id(),
                d.code(),
                d.name(),
                e.street().code(),
                e.street().name(),
                e.community().code(),
                e.community().name(),
                e.id(),
                e.groupId(),
                e.name(),
                e.oldName() == null ? "" : e.oldName(),
                e.phaseText(),
                Integer.toString(b.number()),
                e.road(),
                e.roadNumber() + "号",
                Integer.toString(b.units()),
                Integer.toString(b.floors()),
                Integer.toString(b.households()),
                square(b.exclusiveAreaCentiSquareMetres()),
                Wkt.degrees(b.lon()),
                Wkt.degrees(b.lat()),
                b.cell(GridScheme.COMMUNITY_STRIPS),
                missingFrom);
        if (e.pilot()) {
            householdsOf(b);
        }
    }

    /** The register of a pilot estate's households: the same stream that summed the building's exclusive area. */
    private void householdsOf(World.Building b) throws IOException {
        SplittableRandom areas = Households.random(seed, b.id());
        SplittableRandom owners = new SplittableRandom(areas.nextLong() ^ 0x2545F4914F6CDD1DL);
        areas = Households.random(seed, b.id());
        for (int u = 1; u <= b.units(); u++) {
            for (int f = 1; f <= b.floors(); f++) {
                for (int k = 1; k <= b.perFloor(); k++) {
                    households.row(
                            b.id(),
                            Integer.toString(u),
                            Integer.toString(f * 100 + k),
                            square(Households.nextArea(areas)),
                            NameBank.person(owners));
                }
            }
        }
    }

    void estate(World.District d, World.Estate e, int buildingCount, long households, long area, String writtenCode)
            throws IOException {
        String valid = e.enterprise() == null ? "" : e.enterprise().creditCode();
        estates.row(
                e.groupId(),
                e.name(),
                e.oldName() == null ? "" : e.oldName(),
                Integer.toString(e.phaseSizes().size()),
                d.code(),
                d.name(),
                e.street().code(),
                e.street().name(),
                e.community().code(),
                e.community().name(),
                e.road(),
                e.roadNumber() + "号",
                e.propertyService(),
                valid,
                writtenCode,
                Boolean.toString(e.partyOrg()),
                Boolean.toString(e.committeeChair() != null),
                Integer.toString(buildingCount),
                Long.toString(households),
                square(area),
                Boolean.toString(e.pilot()));
        if (e.committeeChair() != null) {
            committees.row(
                    "YWH" + e.groupId().substring(1),
                    e.groupId(),
                    e.name(),
                    e.committeeChair(),
                    e.committeeSince() == null ? "" : e.committeeSince());
        }
    }

    void enterprise(World.Enterprise e, String writtenCode) throws IOException {
        enterprises.row(
                e.creditCode(),
                e.name(),
                e.legalRepresentative(),
                e.registeredAddress(),
                e.districtCode(),
                e.establishedOn(),
                e.qualification(),
                writtenCode);
    }

    /** Hundredths of a square metre as square metres with two decimals. */
    static String square(long centi) {
        long frac = centi % 100;
        return centi / 100 + "." + (frac < 10 ? "0" : "") + frac;
    }

    @Override
    public void close() throws IOException {
        try (records;
                buildings;
                estates;
                enterprises;
                committees;
                households) {
            // closed in reverse order by try-with-resources
        }
    }
}
