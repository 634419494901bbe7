package org.xiaoqu.samples.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiaoqu.common.CreditCode;
import org.xiaoqu.credit.internal.Names;
import org.xiaoqu.samples.CityFiles;
import org.xiaoqu.samples.CityGenerator;
import org.xiaoqu.samples.GeneratorRequest;

/**
 * The INVALID_CODE plants of the committed sample city's parameters: every written code fails the job's check; some
 * keep the code's first 16 characters and some are typos that do not, so that the reconciler's routes by name and by
 * document number are measured too — and the name or the document number of such a typo leads to its enterprise.
 */
class CreditWriterTest {
    @TempDir
    static Path city;

    /** Per source id, record id → canonical field → value as written. */
    private static final Map<String, Map<String, Map<String, String>>> RECORDS = new HashMap<>();

    @BeforeAll
    static void generate() throws IOException {
        CityGenerator.generate(GeneratorRequest.sampleCity(city));
        for (CreditSource s : CreditSource.values()) {
            Map<String, Map<String, String>> byId = new HashMap<>();
            for (Map<String, String> row : rows(s)) {
                byId.put(row.get("record_id"), row);
            }
            RECORDS.put(s.id, byId);
        }
    }

    @Test
    void invalidCodesFailTheCheckAndTheTyposLeadToTheirEnterpriseByNameOrDocumentNumber() throws IOException {
        Map<String, String> nameByCode = new HashMap<>();
        for (Map<String, String> e : CityFiles.rows(city.resolve("truth/enterprises.csv"))) {
            nameByCode.put(e.get("credit_code"), e.get("enterprise_name"));
        }
        Map<String, String> ledgerCodeByDocument = new HashMap<>();
        RECORDS.get(CreditSource.LEDGER.id)
                .values()
                .forEach(r -> ledgerCodeByDocument.putIfAbsent(r.get("document_no"), r.get("credit_code")));
        int keepStart = 0, byName = 0, byDocument = 0;
        for (Map<String, String> t : CityFiles.rows(city.resolve("truth/credit-discrepancies.csv"))) {
            if (!t.get("class").equals("INVALID_CODE")) {
                continue;
            }
            Map<String, String> r = RECORDS.get(t.get("source")).get(t.get("record_id"));
            assertThat(r).as(t.toString()).isNotNull();
            String written = r.get("credit_code");
            String enterprise = t.get("credit_code");
            CreditCode.Result checked = CreditCode.check(written);
            assertThat(checked.valid()).as(written).isFalse();
            assertThat(checked.normalised()).as(written).isFalse();
            if (written.regionMatches(0, enterprise, 0, CodeTypos.KEPT)) {
                keepStart++;
            } else if (r.get("enterprise_name").isEmpty()) {
                byDocument++;
                assertThat(r.get("document_no")).as(t.toString()).isNotEmpty();
                assertThat(ledgerCodeByDocument.get(r.get("document_no")))
                        .as(t.toString())
                        .isEqualTo(enterprise);
            } else {
                byName++;
                assertThat(Names.key(r.get("enterprise_name")))
                        .as(t.toString())
                        .isEqualTo(Names.key(nameByCode.get(enterprise)));
            }
        }
        assertThat(keepStart).isPositive();
        assertThat(byName).isPositive();
        assertThat(byDocument).isPositive();
    }

    private static List<Map<String, String>> rows(CreditSource s) throws IOException {
        Path file = city.resolve(s.file);
        List<Map<String, String>> rows = new ArrayList<>();
        if (s.format == CreditSource.Format.XLSX) {
            DataFormatter f = new DataFormatter();
            try (InputStream in = Files.newInputStream(file);
                    Workbook wb = new XSSFWorkbook(in)) {
                Sheet sheet = wb.getSheetAt(0);
                for (Row row : sheet) {
                    if (row.getRowNum() == 0) {
                        continue;
                    }
                    Map<String, String> m = new HashMap<>();
                    for (int i = 0; i < s.columns.size(); i++) {
                        m.put(s.columns.get(i).field(), f.formatCellValue(row.getCell(i)));
                    }
                    rows.add(m);
                }
            }
            return rows;
        }
        for (Map<String, String> row : CityFiles.rows(file)) { // UTF-8 with or without BOM, or GB18030
            Map<String, String> m = new HashMap<>();
            for (CreditSource.Col c : s.columns) {
                m.put(c.field(), row.get(c.header()));
            }
            rows.add(m);
        }
        return rows;
    }
}
