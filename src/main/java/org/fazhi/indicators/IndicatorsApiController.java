package org.fazhi.indicators;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fazhi.org.CurrentUser;
import org.fazhi.shared.BusinessException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Indicator API (指标接口): the catalog with definitions, values for a scope and year, the records behind a value, and
 * the open-data export.
 */
@RestController
@RequestMapping("/api/v1/indicators")
class IndicatorsApiController {

    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final ValueScopes scopes;
    private final Clock clock;

    IndicatorsApiController(IndicatorCatalog catalog, IndicatorValues values, ValueScopes scopes, Clock clock) {
        this.catalog = catalog;
        this.values = values;
        this.scopes = scopes;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('indicators:view')")
    List<Map<String, Object>> catalog() {
        return catalog.entries().stream().map(OpenData::definition).toList();
    }

    @GetMapping("/{code}/values")
    @PreAuthorize("hasAuthority('indicators:view')")
    Map<String, Object> values(@PathVariable String code, @RequestParam(required = false) String scope,
                               @RequestParam(required = false) Integer year) {
        CatalogEntry entry = catalog.require(code);
        ValueScopes.Resolved resolved = scopes.resolve(scope, CurrentUser.require());
        return OpenData.value(values.value(code, resolved.scope(), resolved.key(), year(year)), entry);
    }

    @GetMapping("/{code}/values/{id}/records")
    @PreAuthorize("hasAuthority('indicators:view')")
    Map<String, Object> records(@PathVariable String code, @PathVariable String id,
                                @RequestParam(defaultValue = "NUMERATOR") String part,
                                @RequestParam(defaultValue = "100") int limit) {
        CatalogEntry entry = catalog.require(code);
        Map.Entry<String, Integer> parsed = IndicatorValues.parseValueId(id);
        ValueScopes.Resolved resolved = scopes.resolve(parsed.getKey(), CurrentUser.require());
        IndicatorRecord.Part p;
        try {
            p = IndicatorRecord.Part.valueOf(part.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("part 应为 NUMERATOR（分子）或 DENOMINATOR（分母）");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", entry.name());
        body.put("valueId", id);
        body.put("origin", entry.origin().name());
        body.put("part", p.name());
        body.put("records", values.records(code, resolved.scope(), parsed.getValue(), p, limit));
        return body;
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('indicators:export')")
    ResponseEntity<?> export(@RequestParam(required = false) String scope, @RequestParam(required = false) Integer year,
                             @RequestParam(defaultValue = "json") String format) {
        ValueScopes.Resolved resolved = scopes.resolve(scope, CurrentUser.require());
        int y = year(year);
        List<IndicatorValue> all = values.values(resolved.scope(), resolved.key(), y);
        Map<String, CatalogEntry> entries = new LinkedHashMap<>();
        catalog.entries().forEach(e -> entries.put(e.code(), e));
        if ("csv".equalsIgnoreCase(format)) {
            byte[] bytes = OpenData.csv(all, entries).getBytes(StandardCharsets.UTF_8);
            return ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename("指标开放数据-" + resolved.scope().label() + "-" + y + ".csv", StandardCharsets.UTF_8)
                            .build().toString())
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(bytes);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scope", resolved.scope().label());
        body.put("year", y);
        body.put("values", all.stream().map(v -> OpenData.value(v, entries.get(v.code()))).toList());
        return ResponseEntity.ok(body);
    }

    private int year(Integer year) {
        int y = year == null ? LocalDate.now(clock).getYear() - 1 : year;
        if (y < 2000 || y > 2100) {
            throw BusinessException.invalid("统计年度不正确：" + y);
        }
        return y;
    }
}
