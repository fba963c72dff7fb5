package org.fazhi.org;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The county this deployment serves out of the box (本级县区), {@code fazhi.county.*}. A province deployment adds
 * further counties through the unit import; this one is created on first start with its government unit.
 *
 * @param code 6-digit 行政区划代码; the default 990121 is fictional (province 99 does not exist)
 * @param name county name
 * @param governmentName name of the county government unit
 * @param docPrefix the government's 发文机关代字
 * @param provinceName name of the province (行政区划 code: the county code's first two digits + 0000)
 * @param cityName name of the prefecture-level city (the county code's first four digits + 00)
 */
@ConfigurationProperties("fazhi.county")
public record CountySettings(String code, String name, String governmentName, String docPrefix, String provinceName,
                             String cityName) {

    public CountySettings {
        provinceName = provinceName == null ? "示范省" : provinceName;
        cityName = cityName == null ? "示范市" : cityName;
        code = code == null ? "990121" : code;
        name = name == null ? "示范县" : name;
        governmentName = governmentName == null ? name + "人民政府" : governmentName;
        docPrefix = docPrefix == null ? name.substring(0, 1) + "政" : docPrefix;
        if (!code.matches("\\d{6}")) {
            throw new IllegalArgumentException("fazhi.county.code 必须是6位行政区划代码：" + code);
        }
    }
}
