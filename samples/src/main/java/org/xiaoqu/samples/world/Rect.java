package org.xiaoqu.samples.world;

/** An axis-aligned rectangle in WGS-84 degrees: the world's cells are laid out on a lattice. */
public record Rect(double west, double south, double east, double north) {
    public Rect {
        if (!(west < east && south < north)) {
            throw new IllegalArgumentException("empty rectangle " + west + "," + south + "," + east + "," + north);
        }
    }

    public boolean contains(double lon, double lat) {
        return lon >= west && lon < east && lat >= south && lat < north;
    }

    /** The i-th of n vertical strips, west to east. */
    public Rect column(int i, int n) {
        double w = (east - west) / n;
        return new Rect(west + i * w, south, west + (i + 1) * w, north);
    }

    /** The i-th of n horizontal strips, south to north. */
    public Rect row(int i, int n) {
        double h = (north - south) / n;
        return new Rect(west, south + i * h, east, south + (i + 1) * h);
    }

    /** Cell (i, j) of a cols x rows lattice. */
    public Rect cell(int i, int j, int cols, int rows) {
        return column(i, cols).row(j, rows);
    }

    /** The rectangle shrunk by a fraction on every side. */
    public Rect inset(double fraction) {
        double dx = (east - west) * fraction;
        double dy = (north - south) * fraction;
        return new Rect(west + dx, south + dy, east - dx, north - dy);
    }
}
