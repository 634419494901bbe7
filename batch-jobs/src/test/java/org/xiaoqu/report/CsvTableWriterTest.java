package org.xiaoqu.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

class CsvTableWriterTest {
    /** Characters around which quoting rules turn, and some that never matter. */
    private static final String ALPHABET = "aZ09,\"\r\n \t#!$%&'()*+-./:;<=>?@[\\]^_`{|}~\u007f\u0000\u00a0中文\uFEFF";

    @Test
    void quotesEveryCellExactlyWhereCommonsCsvDoes() throws Exception {
        Random random = new Random(20261129);
        List<String> cells =
                new ArrayList<>(List.of("", " ", "a", "a,b", "\"", "#x", "x#", "-1", "+1", "中文", "a ", " a"));
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(5);
            for (int j = 0; j < n; j++) {
                b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            cells.add(b.toString());
        }
        for (String cell : cells) {
            for (boolean first : new boolean[] {true, false}) {
                StringBuilder ours = new StringBuilder(first ? "" : "x");
                CsvTableWriter.append(ours, cell, first);
                StringBuilder theirs = new StringBuilder(first ? "" : "x");
                CSVFormat.RFC4180.print(cell, theirs, first);
                assertThat(ours.toString())
                        .as("cell [%s], first: %s", cell, first)
                        .isEqualTo(theirs.toString());
            }
        }
    }
}
