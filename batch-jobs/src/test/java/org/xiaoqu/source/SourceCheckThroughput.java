package org.xiaoqu.source;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.xiaoqu.schemas.InputKind;

/**
 * Prints how fast the CSV path reads and checks a grid-membership file with Chinese text: a figure for the
 * import benchmark, not a test. Run: {@code java -cp <test classpath> org.xiaoqu.source.SourceCheckThroughput
 * [rows] [file]}. The file is generated when absent.
 */
final class SourceCheckThroughput {

    private SourceCheckThroughput() {}

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path file = args.length > 1 ? Path.of(args[1]) : Path.of("target/throughput-" + rows + ".csv");
        if (!Files.exists(file)) {
            write(file, rows);
        }
        SourceSpec spec = new SourceSpec(
                "bench",
                "综治",
                InputKind.GRID_MEMBERSHIP,
                file,
                Encoding.AUTO,
                null,
                Map.of(),
                null,
                RejectBudget.DEFAULT);
        for (int round = 1; round <= 3; round++) {
            long t0 = System.nanoTime();
            long n = 0;
            try (RowReader r = RowReader.open(spec)) {
                while (r.next() != null) {
                    n++;
                }
            }
            long t1 = System.nanoTime();
            long[] valid = {0};
            SourceCheckResult res = SourceCheck.run(spec, row -> valid[0]++);
            long t2 = System.nanoTime();
            System.out.printf(
                    "round %d: %,d rows, %.1f MB; read only %,.0f rows/s; read+check %,.0f rows/s (%d rejected)%n",
                    round,
                    n,
                    Files.size(file) / 1e6,
                    n / ((t1 - t0) / 1e9),
                    res.rowsRead() / ((t2 - t1) / 1e9),
                    res.rejected());
        }
    }

    static void write(Path file, int rows) throws IOException {
        String[] estates = {"芙蓉华庭", "坡子街小区", "白沙湾", "橘子洲花园", "岳麓山庄", "湘江世纪城"};
        String[] streets = {"坡子街街道", "城南路街道", "裕南街街道", "金盆岭街道"};
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("记录编号,网格编码,详细地址,所属区县,街道,社区,小区名称,楼栋,单元,房号,户数,经度,纬度\n");
            for (int i = 0; i < rows; i++) {
                String e = estates[i % estates.length];
                String s = streets[i % streets.length];
                int b = i % 40 + 1;
                w.write("GM" + i + ",43010300" + (1000 + i % 500) + ",长沙市天心区" + s + e + b + "栋" + (i % 6 + 1)
                        + "单元,天心区," + s + ",第" + (i % 9 + 1) + "社区," + e + "," + b + "栋," + (i % 6 + 1) + "单元,"
                        + (100 + i % 30) + "," + (i % 50) + ",112." + (900000 + i % 99999) + ",28."
                        + (100000 + i % 99999)
                        + "\n");
            }
        }
    }
}
