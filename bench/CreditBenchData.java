import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Credit records for bench/reconcile.sh: N records over four credit-record sources (the ledger, the housing
 * bureau, the penalties of the social-credit platform in GB18030, 12345 complaints), about two records an event,
 * with 2% of events missing from the ledger, 2% only in the ledger and 1% of source records with a wrong check
 * character. Writes DIR/xiaoqu.yaml (with a credit: section) beside the files; the scheme is copied by the script.
 *
 *   java bench/CreditBenchData.java N DIR
 */
public class CreditBenchData {
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static final int[] W = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    static final int[] OW = {3, 7, 9, 10, 5, 8, 4, 2};
    static final String[] ITEMS = {"G01", "G02", "B01", "B02", "B03", "B04", "B06", "B06", "B06", "B06"};
    static final String[] PARTS = {"芙蓉", "湘江", "岳麓", "天心", "雨花", "开福", "星沙", "望城", "金色", "锦绣", "华庭", "阳光", "东方", "恒基", "中楚"};
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);

    public static void main(String[] args) throws IOException {
        long n = Long.parseLong(args[0]);
        Path dir = Path.of(args[1]);
        Files.createDirectories(dir);
        SplittableRandom r = new SplittableRandom(4301);
        long enterprises = Math.max(10, n / 40);
        String[] codes = new String[(int) enterprises];
        String[] names = new String[(int) enterprises];
        for (int i = 0; i < enterprises; i++) {
            String area = String.valueOf(430100 + (i % 90) + 2);
            StringBuilder org = new StringBuilder();
            for (int k = 0; k < 8; k++) org.append((char) ('0' + r.nextInt(10)));
            int sum = 0;
            for (int k = 0; k < 8; k++) sum += (org.charAt(k) - '0') * OW[k];
            int c9 = 11 - sum % 11;
            org.append(c9 == 10 ? 'X' : c9 == 11 ? '0' : (char) ('0' + c9));
            String body = "91" + area + org;
            int s = 0;
            for (int k = 0; k < 17; k++) s += ALPHABET.indexOf(body.charAt(k)) * W[k];
            codes[i] = body + ALPHABET.charAt((31 - s % 31) % 31);
            names[i] = "长沙" + PARTS[i % PARTS.length] + PARTS[(i / PARTS.length) % PARTS.length] + i + "物业服务有限公司";
        }
        try (BufferedWriter ledger = open(dir.resolve("ledger.csv"), StandardCharsets.UTF_8,
                        "记录编号,统一社会信用代码,企业名称,事项编码,信用类别,认定日期,文号,分值,有效期至,状态");
                BufferedWriter housing = open(dir.resolve("housing.csv"), StandardCharsets.UTF_8,
                        "序号,信用代码,物业企业名称,项目编码,类别,决定日期,决定文书号,加减分,有效期截止,记录状态");
                BufferedWriter penalties = open(dir.resolve("penalties.csv"), Charset.forName("GB18030"),
                        "记录ID,行政相对人名称,统一社会信用代码,处罚事项编码,处罚日期,处罚决定书文号,公示截止期,信息状态");
                BufferedWriter complaints = open(dir.resolve("complaints.csv"), StandardCharsets.UTF_8,
                        "序号,工单编号,被投诉单位,统一社会信用代码,分类编码,受理日期")) {
            long written = 0;
            long event = 0;
            while (written < n) {
                event++;
                int e = r.nextInt((int) enterprises);
                String item = ITEMS[r.nextInt(ITEMS.length)];
                LocalDate date = AS_OF.minusDays(r.nextInt(5 * 365));
                String doc = "DOC" + event;
                int months = item.equals("G01") || item.equals("B04") ? 24 : 12;
                LocalDate until = date.plusMonths(months).minusDays(1);
                String state = until.isBefore(AS_OF) ? "已过期" : "有效";
                String points = switch (item) {
                    case "G01" -> "5";
                    case "G02" -> "3";
                    case "B01" -> "-3";
                    case "B04" -> "-10";
                    case "B06" -> "-1";
                    default -> "-5";
                };
                String category = item.startsWith("G") ? "良好" : "不良";
                double plant = r.nextDouble();
                boolean inLedger = plant >= 0.02;
                boolean inSource = plant < 0.02 || plant >= 0.04;
                String code = codes[e];
                if (inLedger) {
                    ledger.write(String.join(",", "XY" + event, code, names[e], item, category, date.toString(), doc,
                            points, until.toString(), state));
                    ledger.newLine();
                    written++;
                }
                if (inSource) {
                    String written0 = r.nextDouble() < 0.01
                            ? code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0')
                            : code;
                    if (item.equals("B06")) {
                        complaints.write(String.join(",", "GD" + event, doc, names[e], written0, item, date.toString()));
                        complaints.newLine();
                    } else if (item.equals("B03") || item.equals("B04")) {
                        penalties.write(String.join(",", "CF" + event, names[e], written0, item, date.toString(), doc,
                                until.toString(), state.equals("有效") ? "公示中" : "已到期"));
                        penalties.newLine();
                    } else {
                        housing.write(String.join(",", "ZJ" + event, written0, names[e], item, category,
                                date.toString(), doc, points, until.toString(), state.equals("有效") ? "正常" : "过期"));
                        housing.newLine();
                    }
                    written++;
                }
            }
        }
        Files.writeString(dir.resolve("xiaoqu.yaml"), """
                defaults:
                  maxRejectRatio: 0.01
                sources:
                  - {id: ledger, department: 省住建厅, kind: credit-record, file: ledger.csv, encoding: utf-8}
                  - {id: housing, department: 住建, kind: credit-record, file: housing.csv, encoding: utf-8}
                  - {id: penalties, department: 信用湖南, kind: credit-record, file: penalties.csv, encoding: gb18030,
                     columns: {enterprise_name: 行政相对人名称, item_code: 处罚事项编码, valid_until: 公示截止期}}
                  - {id: complaints, department: 12345热线, kind: credit-record, file: complaints.csv, encoding: utf-8,
                     columns: {document_no: 工单编号, enterprise_name: 被投诉单位, item_code: 分类编码, event_date: 受理日期}}
                credit:
                  scheme: credit-scheme.yaml
                  ledger: ledger
                  asOf: 2026-11-27
                  precedence: [ledger, penalties, housing, complaints]
                  covers: {housing: [G01, G02, B01, B02], penalties: [B03, B04], complaints: [B06]}
                  tolerance: {eventDateDays: 3}
                """);
    }

    static BufferedWriter open(Path file, Charset cs, String header) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(file, cs);
        w.write(header);
        w.newLine();
        return w;
    }
}
