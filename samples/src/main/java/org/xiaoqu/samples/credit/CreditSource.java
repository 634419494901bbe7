package org.xiaoqu.samples.credit;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The credit sources the generator writes: where, in which encoding and layout, and the words each uses for a
 * record's state and category. Columns are (header as written, canonical credit-record field).
 */
enum CreditSource {
    LEDGER(
            "sheng-ledger",
            "省住建厅",
            "省平台/物业企业信用台账.csv",
            Format.CSV_UTF8_BOM,
            "XY",
            cols(
                    "记录编号", "record_id",
                    "统一社会信用代码", "credit_code",
                    "企业名称", "enterprise_name",
                    "事项编码", "item_code",
                    "事项名称", "item_name",
                    "信用类别", "category",
                    "认定日期", "event_date",
                    "文号", "document_no",
                    "认定机关", "issuer",
                    "分值", "points",
                    "有效期至", "valid_until",
                    "状态", "status"),
            Map.of("active", "有效", "objection", "异议中", "revoked", "已撤销", "repaired", "已修复", "expired", "已过期")),
    HOUSING(
            "zhujian-credit",
            "住建",
            "住建/物业信用记录.xlsx",
            Format.XLSX,
            "ZJ",
            cols(
                    "序号", "record_id",
                    "信用代码", "credit_code",
                    "物业企业名称", "enterprise_name",
                    "项目编码", "item_code",
                    "行为名称", "item_name",
                    "类别", "category",
                    "决定日期", "event_date",
                    "决定文书号", "document_no",
                    "实施机关", "issuer",
                    "加减分", "points",
                    "有效期截止", "valid_until",
                    "记录状态", "status"),
            Map.of("active", "正常", "objection", "异议处理中", "revoked", "撤销", "repaired", "修复", "expired", "过期")),
    PENALTIES(
            "xinyong-penalties",
            "信用湖南",
            "信用湖南/行政处罚信息.csv",
            Format.CSV_GB18030_CRLF,
            "CF",
            cols(
                    "行政相对人名称", "enterprise_name",
                    "统一社会信用代码", "credit_code",
                    "处罚决定书文号", "document_no",
                    "处罚事项编码", "item_code",
                    "违法行为类型", "item_name",
                    "处罚日期", "event_date",
                    "处罚机关", "issuer",
                    "公示截止期", "valid_until",
                    "信息状态", "status",
                    "记录ID", "record_id"),
            Map.of("active", "公示中", "objection", "异议中", "revoked", "已撤销", "repaired", "信用修复", "expired", "已到期")),
    HONOURS(
            "xinyong-honours",
            "信用湖南",
            "信用湖南/守信激励名单.csv",
            Format.CSV_UTF8,
            "RY",
            cols(
                    "编号", "record_id",
                    "名称", "enterprise_name",
                    "社会信用代码", "credit_code",
                    "表彰事项", "item_name",
                    "事项代码", "item_code",
                    "表彰日期", "event_date",
                    "表彰文号", "document_no",
                    "发布机关", "issuer",
                    "有效期至", "valid_until",
                    "状态", "status"),
            Map.of("active", "有效", "objection", "异议中", "revoked", "撤销", "repaired", "有效", "expired", "失效")),
    DISHONEST(
            "xinyong-dishonest",
            "信用湖南",
            "信用湖南/严重失信主体名单.csv",
            Format.CSV_GB18030_CRLF,
            "SX",
            cols(
                    "序号", "record_id",
                    "失信主体名称", "enterprise_name",
                    "统一社会信用代码", "credit_code",
                    "列入事由", "item_name",
                    "事项编码", "item_code",
                    "列入日期", "event_date",
                    "列入决定文书号", "document_no",
                    "列入机关", "issuer",
                    "有效期至", "valid_until",
                    "状态", "status"),
            Map.of("active", "在列", "objection", "异议中", "revoked", "已撤销", "repaired", "已移出", "expired", "已到期")),
    STREET(
            "jiedao-evaluations",
            "街道",
            "街道/物业服务考评.csv",
            Format.CSV_UTF8_BOM,
            "KP",
            cols(
                    "考评编号", "record_id",
                    "企业名称", "enterprise_name",
                    "社会信用代码", "credit_code",
                    "考评结果", "item_name",
                    "条目编码", "item_code",
                    "考评日期", "event_date",
                    "考评单位", "issuer",
                    "得分", "points",
                    "有效期至", "valid_until"),
            Map.of()),
    COMPLAINTS(
            "complaints-12345",
            "12345热线",
            "12345/投诉工单.csv",
            Format.CSV_GB18030_CRLF,
            "GD",
            cols(
                    "序号", "record_id",
                    "工单编号", "document_no",
                    "被投诉单位", "enterprise_name",
                    "统一社会信用代码", "credit_code",
                    "诉求分类", "item_name",
                    "分类编码", "item_code",
                    "受理日期", "event_date",
                    "承办单位", "issuer"),
            Map.of());

    enum Format {
        CSV_UTF8,
        CSV_UTF8_BOM,
        CSV_GB18030_CRLF,
        XLSX
    }

    record Col(String header, String field) {}

    final String id;
    final String department;
    final String file;
    final Format format;
    final String prefix;
    final List<Col> columns;
    final Map<String, String> states;

    CreditSource(
            String id,
            String department,
            String file,
            Format format,
            String prefix,
            List<Col> columns,
            Map<String, String> states) {
        this.id = id;
        this.department = department;
        this.file = file;
        this.format = format;
        this.prefix = prefix;
        this.columns = columns;
        this.states = states;
    }

    boolean has(String field) {
        return columns.stream().anyMatch(c -> c.field.equals(field));
    }

    /** The word this source writes for a state, or null when it has no status column. */
    @Nullable
    String state(String state) {
        return has("status") ? states.get(state) : null;
    }

    String[] headers() {
        return columns.stream().map(Col::header).toArray(String[]::new);
    }

    private static List<Col> cols(String... pairs) {
        Col[] cols = new Col[pairs.length / 2];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = new Col(pairs[2 * i], pairs[2 * i + 1]);
        }
        return List.of(cols);
    }
}
