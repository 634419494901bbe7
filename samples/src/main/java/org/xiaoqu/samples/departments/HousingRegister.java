package org.xiaoqu.samples.departments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xiaoqu.samples.NoiseKind;
import org.xiaoqu.samples.NoiseLevel;
import org.xiaoqu.samples.world.CreditCodes;
import org.xiaoqu.samples.world.Seeds;
import org.xiaoqu.samples.world.World;

/**
 * 住建's estate list (estate kind, one row per estate with all its phases) and its register of property-service
 * enterprises (enterprise kind). Credit codes are valid except where the INVALID_CREDIT_CODE noise breaks the
 * check character; truth/records.csv says which.
 */
final class HousingRegister implements AutoCloseable {
    static final String ESTATES = "小区.csv";
    static final String ENTERPRISES = "物业企业.csv";
    static final List<Layouts.Col> ESTATE_COLS = List.of(
            Layouts.c("小区编码", "estate_id"),
            Layouts.c("小区名称", "estate_name"),
            Layouts.c("曾用名", "old_names"),
            Layouts.c("区划代码", "district_code"),
            Layouts.c("区县", "district"),
            Layouts.c("街道", "street"),
            Layouts.c("社区", "community"),
            Layouts.c("坐落", "address"),
            Layouts.c("是否建立党组织", "has_party_org"),
            Layouts.c("是否成立业委会", "has_owners_committee"),
            Layouts.c("物业服务方式", "property_service"),
            Layouts.c("物业企业信用代码", "enterprise_code"),
            Layouts.c("物业企业名称", "enterprise_name"),
            Layouts.c("楼栋数", "building_count"),
            Layouts.c("总户数", "household_count"),
            Layouts.c("专有部分总面积", "total_area"));
    static final List<Layouts.Col> ENTERPRISE_COLS = List.of(
            Layouts.c("统一社会信用代码", "credit_code"),
            Layouts.c("企业名称", "enterprise_name"),
            Layouts.c("法定代表人", "legal_representative"),
            Layouts.c("注册地址", "registered_address"),
            Layouts.c("区划代码", "district_code"),
            Layouts.c("登记状态", "status"),
            Layouts.c("成立日期", "established_on"),
            Layouts.c("资质等级", "qualification"));

    private final long seed;
    private final NoiseLevel level;
    private final NoiseCounter counter;
    private final CsvSink estates;
    private final CsvSink enterprises;
    private long estateRows;
    private long enterpriseRows;

    HousingRegister(Path root, long seed, NoiseLevel level, NoiseCounter counter) throws IOException {
        this.seed = seed;
        this.level = level;
        this.counter = counter;
        Path folder = root.resolve(Department.ZHUJIAN.chinese());
        this.estates =
                new CsvSink(folder.resolve(ESTATES), StandardCharsets.UTF_8, true, false, Layouts.headers(ESTATE_COLS));
        this.enterprises = new CsvSink(
                folder.resolve(ENTERPRISES), StandardCharsets.UTF_8, true, false, Layouts.headers(ENTERPRISE_COLS));
    }

    void district(World.District district, TruthWriter truth) throws IOException {
        Draws draws = new Draws(
                Seeds.random(seed, Long.parseLong(district.code()), Seeds.DEPARTMENT_NOISE + 50), level, counter);
        for (World.Enterprise e : district.enterprises()) {
            String code = code(e.creditCode(), draws);
            enterprises.row(
                    code,
                    e.name(),
                    e.legalRepresentative(),
                    e.registeredAddress(),
                    e.districtCode(),
                    "存续",
                    e.establishedOn(),
                    e.qualification());
            truth.enterprise(e, code);
            enterpriseRows++;
        }
        Map<String, List<World.Building>> byGroup = new LinkedHashMap<>();
        Map<String, World.Estate> firstPhase = new LinkedHashMap<>();
        for (World.Building b : district.buildings()) {
            byGroup.computeIfAbsent(b.estate().groupId(), k -> new ArrayList<>())
                    .add(b);
            firstPhase.putIfAbsent(b.estate().groupId(), b.estate());
        }
        for (Map.Entry<String, List<World.Building>> g : byGroup.entrySet()) {
            World.Estate e = firstPhase.get(g.getKey());
            long households = 0;
            long area = 0;
            for (World.Building b : g.getValue()) {
                households += b.households();
                area += b.exclusiveAreaCentiSquareMetres();
            }
            String code = e.enterprise() == null ? "" : code(e.enterprise().creditCode(), draws);
            estates.row(
                    e.groupId(),
                    e.name(),
                    e.oldName() == null ? "" : e.oldName(),
                    district.code(),
                    district.name(),
                    e.street().name(),
                    e.community().name(),
                    district.name() + e.road() + e.roadNumber() + "号",
                    Boolean.toString(e.partyOrg()),
                    Boolean.toString(e.committeeChair() != null),
                    e.propertyService(),
                    code,
                    e.enterprise() == null ? "" : e.enterprise().name(),
                    Integer.toString(g.getValue().size()),
                    Long.toString(households),
                    TruthWriter.square(area));
            truth.estate(district, e, g.getValue().size(), households, area, code);
            estateRows++;
        }
    }

    private static String code(String valid, Draws draws) {
        return draws.draw(NoiseKind.INVALID_CREDIT_CODE) ? CreditCodes.breakCheck(valid, draws.random) : valid;
    }

    long estateRows() {
        return estateRows;
    }

    long enterpriseRows() {
        return enterpriseRows;
    }

    @Override
    public void close() throws IOException {
        try (enterprises) {
            estates.close();
        }
    }
}
