package org.fazhi.org.demo;

import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The demo county's data files under {@code src/main/resources/demo/}: simple comma-separated tables (no quoting,
 * {@code #} starts a comment line) and a YAML list of name characters.
 */
final class DemoData {

    private DemoData() {
    }

    /** A county department, 派出机构, 事业单位 or 内设机构 ({@code units.csv}); parent {@code null} = the government. */
    record UnitLine(String name, String shortName, String kind, String parent, String docPrefix, boolean enforcement,
                    boolean normdoc, int sortOrder) {
    }

    /** A township or subdistrict ({@code townships.csv}). */
    record TownshipLine(String code, String regionName, String kind, String unitName, String shortName,
                        String docPrefix, int sortOrder) {
    }

    /** A village or community ({@code villages.csv}). */
    record VillageLine(String townshipCode, String code, String name, String kind) {
    }

    /** A position filled in each unit of a kind ({@code positions.csv}). */
    record PositionLine(String kind, String position, boolean leader) {
    }

    /** A demo login ({@code accounts.csv}). */
    record AccountLine(String username, String role, String unit, String position) {
    }

    /** Name characters ({@code names.yaml}). */
    record Names(List<String> surnames, List<String> given) {
    }

    static List<UnitLine> units() {
        return table("demo/units.csv", 8).stream().map(c -> new UnitLine(c[0], blank(c[1]), c[2], blank(c[3]),
                blank(c[4]), yes(c[5]), yes(c[6]), Integer.parseInt(c[7]))).toList();
    }

    static List<TownshipLine> townships() {
        return table("demo/townships.csv", 7).stream().map(c -> new TownshipLine(c[0], c[1], c[2], c[3], c[4], c[5],
                Integer.parseInt(c[6]))).toList();
    }

    static List<VillageLine> villages() {
        return table("demo/villages.csv", 4).stream().map(c -> new VillageLine(c[0], c[1], c[2], c[3])).toList();
    }

    static List<PositionLine> positions() {
        return table("demo/positions.csv", 3).stream().map(c -> new PositionLine(c[0], c[1], yes(c[2]))).toList();
    }

    static List<AccountLine> accounts() {
        return table("demo/accounts.csv", 4).stream().map(c -> new AccountLine(c[0], c[1], c[2], c[3])).toList();
    }

    @SuppressWarnings("unchecked")
    static Names names() {
        try (InputStream in = new ClassPathResource("demo/names.yaml").getInputStream()) {
            Map<String, Object> yaml = new Yaml().load(in);
            return new Names(List.copyOf((List<String>) yaml.get("surnames")),
                    List.copyOf((List<String>) yaml.get("given")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String[]> table(String path, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\\R")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = Arrays.stream(line.split(",", -1)).map(String::trim).toArray(String[]::new);
                if (cells.length != columns) {
                    throw new IllegalStateException(path + " 的这一行应有 " + columns + " 列：" + line);
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static String blank(String value) {
        return value.isEmpty() ? null : value;
    }

    private static boolean yes(String value) {
        return "是".equals(value);
    }
}
