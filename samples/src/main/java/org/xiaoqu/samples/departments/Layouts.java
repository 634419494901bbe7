package org.xiaoqu.samples.departments;

import java.util.List;
import org.xiaoqu.samples.world.World;

/**
 * Each department's file layouts: its Chinese headers, in its order, and the canonical field each one holds
 * (written into xiaoqu.yaml as the source's {@code columns:}). Keys that are not canonical fields are extras
 * departments carry (层数, 单元数) and stay unmapped.
 */
final class Layouts {
    /** One column: the header as written, the field it holds, and whether that field is canonical. */
    record Col(String header, String key, boolean canonical) {}

    private Layouts() {}

    static Col c(String header, String key) {
        return new Col(header, key, true);
    }

    static Col extra(String header, String key) {
        return new Col(header, key, false);
    }

    static List<Col> members(Department d) {
        return switch (d) {
            case ZONGZHI ->
                List.of(
                        c("序号", "record_id"),
                        c("网格编码", "grid_code"),
                        c("所属区县", "district"),
                        c("所属街道", "street"),
                        c("所属社区", "community"),
                        c("小区名称", "estate_name"),
                        c("楼栋", "building"),
                        c("详细地址", "address"));
            case GONGAN ->
                List.of(
                        c("房屋编码", "record_id"),
                        c("责任区编码", "grid_code"),
                        c("标准地址", "address"),
                        c("居住户数", "households"),
                        c("经度", "longitude"),
                        c("纬度", "latitude"));
            case CHENGGUAN ->
                List.of(
                        c("编号", "record_id"),
                        c("单元网格", "grid_code"),
                        c("所在区", "district"),
                        c("所在街道", "street"),
                        c("所在社区", "community"),
                        c("小区名称", "estate_name"),
                        c("期数", "phase"),
                        c("楼号", "building"),
                        c("道路名称", "road"),
                        c("门牌号", "road_number"),
                        c("X坐标", "longitude"),
                        c("Y坐标", "latitude"));
            case MINZHENG ->
                List.of(
                        c("记录号", "record_id"),
                        c("网格编号", "grid_code"),
                        c("区县", "district"),
                        c("街道", "street"),
                        c("社区", "community"),
                        c("小区", "estate_name"),
                        c("分期", "phase"),
                        c("楼栋号", "building"),
                        c("户数", "households"));
            case XIAOFANG ->
                List.of(
                        c("建筑编号", "record_id"),
                        c("消防网格", "grid_code"),
                        c("建筑地址", "address"),
                        extra("层数", "floors"),
                        c("经度", "longitude"),
                        c("纬度", "latitude"));
            case ZHUJIAN ->
                List.of(
                        c("楼栋编号", "record_id"),
                        c("片区编码", "grid_code"),
                        c("区县", "district"),
                        c("项目名称", "estate_name"),
                        c("分期", "phase"),
                        c("楼栋", "building"),
                        extra("单元数", "units"),
                        c("户数", "households"),
                        c("坐落", "address"));
        };
    }

    static List<Col> grid(Department d) {
        return switch (d) {
            case ZONGZHI ->
                List.of(
                        c("网格编码", "grid_code"),
                        c("网格名称", "grid_name"),
                        c("区县代码", "district_code"),
                        c("区县", "district"),
                        c("街道", "street"),
                        c("社区", "community"),
                        c("专职网格员", "worker_name"),
                        c("联系电话", "worker_phone"),
                        c("网格边界", "geometry_wkt"));
            case GONGAN ->
                List.of(
                        c("责任区编码", "grid_code"),
                        c("责任区名称", "grid_name"),
                        c("所属分局", "district"),
                        c("所属街道", "street"),
                        c("责任民警", "worker_name"),
                        c("警务电话", "worker_phone"),
                        c("边界", "geometry_wkt"));
            case CHENGGUAN ->
                List.of(
                        c("单元网格编码", "grid_code"),
                        c("单元网格名称", "grid_name"),
                        c("所在区", "district"),
                        c("所在街道", "street"),
                        c("监督员", "worker_name"),
                        c("监督员电话", "worker_phone"),
                        c("网格WKT", "geometry_wkt"));
            case MINZHENG ->
                List.of(
                        c("网格编号", "grid_code"),
                        c("网格名称", "grid_name"),
                        c("区划代码", "district_code"),
                        c("区县", "district"),
                        c("街道", "street"),
                        c("社区", "community"),
                        c("社区工作者", "worker_name"),
                        c("手机号码", "worker_phone"));
            case XIAOFANG ->
                List.of(
                        c("网格编码", "grid_code"),
                        c("网格名称", "grid_name"),
                        c("区县", "district"),
                        c("街道", "street"),
                        c("网格长", "worker_name"),
                        c("联系电话", "worker_phone"),
                        c("范围", "geometry_wkt"));
            case ZHUJIAN ->
                List.of(
                        c("片区编码", "grid_code"),
                        c("片区名称", "grid_name"),
                        c("区县", "district"),
                        c("街道", "street"),
                        c("联络员", "worker_name"),
                        c("联系电话", "worker_phone"));
        };
    }

    static String[] headers(List<Col> cols) {
        return cols.stream().map(Col::header).toArray(String[]::new);
    }

    /** A structured department writes a unit line's unit into its building column (3栋2单元). */
    static String[] memberRow(List<Col> cols, Line l) {
        String[] row = new String[cols.size()];
        for (int i = 0; i < row.length; i++) {
            row[i] = switch (cols.get(i).key()) {
                case "record_id" -> l.recordId;
                case "grid_code" -> l.gridCode;
                case "district" -> l.district;
                case "street" -> l.street;
                case "community" -> l.community;
                case "estate_name" -> l.estateName;
                case "phase" -> l.phase;
                case "building" -> l.building + l.unit;
                case "address" -> l.address;
                case "road" -> l.road;
                case "road_number" -> l.roadNumber;
                case "households" -> l.households;
                case "floors" -> l.floors;
                case "units" -> l.units;
                case "longitude" -> l.lon;
                case "latitude" -> l.lat;
                default ->
                    throw new IllegalStateException(
                            "no value for " + cols.get(i).key());
            };
        }
        return row;
    }

    static String[] gridRow(Department d, List<Col> cols, World.District district, World.Cell cell) {
        String[] row = new String[cols.size()];
        for (int i = 0; i < row.length; i++) {
            row[i] = switch (cols.get(i).key()) {
                case "grid_code" -> cell.code();
                case "grid_name" -> cell.name();
                case "district_code" -> district.code();
                case "district" -> district.name();
                case "street" -> cell.street().name();
                case "community" ->
                    cell.community() == null ? "" : cell.community().name();
                case "worker_name" -> cell.workerName();
                case "worker_phone" -> cell.workerPhone();
                case "geometry_wkt" -> cell.rect() == null ? "" : Wkt.polygon(cell.rect(), d.crs());
                default ->
                    throw new IllegalStateException(
                            "no value for " + cols.get(i).key());
            };
        }
        return row;
    }
}
