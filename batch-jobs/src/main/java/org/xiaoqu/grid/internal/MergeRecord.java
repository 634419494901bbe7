package org.xiaoqu.grid.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * One membership record, parsed and normalised: what the matcher needs and no more, so that a district's
 * records (about 60,000 in a million-building city) sit in memory at once. Empty strings stand for "absent"
 * (a record spilled to disk and read back is equal field by field); coordinates are WGS-84, NaN when absent.
 * Fields after {@code lat} are the matcher's outcome.
 */
public final class MergeRecord {
    public String sourceId = "";
    public String recordKey = "";
    public String department = "";
    public String gridCode = "";
    public String crs = "";
    /** The record's district code, empty when unknown. */
    public String district = "";
    /** How the district was found: COLUMN, ADDRESS, GRID_CODE, GAZETTEER, or empty. */
    public String districtHow = "";
    /** The estate key ({@code EstateKey.key()}), empty when the record names no estate. */
    public String estateKey = "";
    /** The estate name as written (not folded), to tell apart estates whose keys fold alike (新村 / 新邨). */
    public String estateRaw = "";
    /** The phase, 0 when not given. */
    public int phase;
    /** The building number as parsed (digits, or a letter form such as A or B2), empty when absent. */
    public String building = "";
    /** The unit of a unit-level line, empty for a building-level record. */
    public String unit = "";
    /** Door plate: folded road + "#" + its number's digits, empty when absent. */
    public String doorplate = "";
    /** The community (社区) the record names, without its 社区/居委会 ending; empty when none. */
    public String community = "";

    public double lon = Double.NaN;
    public double lat = Double.NaN;
    /** The address as written (a display form built from the columns when there is no free text). */
    public String address = "";

    // outcome
    /** LINKED, REVIEW, UNMATCHED. */
    public String status = "";
    /** The building key the record was assigned: district|estate|phase|building. */
    public String buildingKey = "";

    public String rule = "";
    public double score;
    /** For review: the candidate building keys, ';'-separated, best first. */
    public String candidates = "";

    public String explanation = "";

    public String ref() {
        return sourceId + ":" + recordKey;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeUTF(sourceId);
        out.writeUTF(recordKey);
        out.writeUTF(department);
        out.writeUTF(gridCode);
        out.writeUTF(crs);
        out.writeUTF(district);
        out.writeUTF(districtHow);
        out.writeUTF(estateKey);
        out.writeUTF(estateRaw);
        out.writeInt(phase);
        out.writeUTF(building);
        out.writeUTF(unit);
        out.writeUTF(doorplate);
        out.writeUTF(community);
        out.writeDouble(lon);
        out.writeDouble(lat);
        out.writeUTF(cut(address));
        out.writeUTF(status);
        out.writeUTF(buildingKey);
        out.writeUTF(rule);
        out.writeDouble(score);
        out.writeUTF(cut(candidates));
        out.writeUTF(cut(explanation));
    }

    static @Nullable MergeRecord read(DataInputStream in) throws IOException {
        MergeRecord r = new MergeRecord();
        try {
            r.sourceId = in.readUTF();
        } catch (EOFException end) {
            return null;
        }
        r.recordKey = in.readUTF();
        r.department = in.readUTF();
        r.gridCode = in.readUTF();
        r.crs = in.readUTF();
        r.district = in.readUTF();
        r.districtHow = in.readUTF();
        r.estateKey = in.readUTF();
        r.estateRaw = in.readUTF();
        r.phase = in.readInt();
        r.building = in.readUTF();
        r.unit = in.readUTF();
        r.doorplate = in.readUTF();
        r.community = in.readUTF();
        r.lon = in.readDouble();
        r.lat = in.readDouble();
        r.address = in.readUTF();
        r.status = in.readUTF();
        r.buildingKey = in.readUTF();
        r.rule = in.readUTF();
        r.score = in.readDouble();
        r.candidates = in.readUTF();
        r.explanation = in.readUTF();
        return r;
    }

    private static String cut(String s) {
        return s.length() > 4000 ? s.substring(0, 4000) : s;
    }

    public boolean hasPoint() {
        return !Double.isNaN(lon) && !Double.isNaN(lat);
    }
}
