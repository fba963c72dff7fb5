package org.fazhi.org;

import org.fazhi.shared.OneOffJob;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * {@code add-county <代码> <县区名称> [省名称] [市名称] [代字]}: establishes another county of a province deployment with its
 * government unit and an administrator {@code admin<代码>} whose generated password is printed once.
 */
@Component
class AddCountyJob implements OneOffJob {

    private final Counties counties;

    AddCountyJob(Counties counties) {
        this.counties = counties;
    }

    @Override
    public String name() {
        return "add-county";
    }

    @Override
    public String description() {
        return "新增县区：add-county <6位行政区划代码> <县区名称> [省名称] [市名称] [发文机关代字]";
    }

    @Override
    public int run(List<String> arguments) {
        if (arguments.size() < 2 || arguments.size() > 5) {
            System.out.println("用法：" + description());
            return 2;
        }
        CountySettings county;
        try {
            county = new CountySettings(arguments.get(0), arguments.get(1), null,
                    arguments.size() > 4 ? arguments.get(4) : null,
                    arguments.size() > 2 ? arguments.get(2) : null, arguments.size() > 3 ? arguments.get(3) : null);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
            return 2;
        }
        long government = counties.establish(county, "admin" + county.code(), null);
        System.out.printf("已建立县区 %s（%s），县政府单位编号 %d%n", county.name(), county.code(), government);
        return 0;
    }
}
