package org.fazhi.disclosure.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.disclosure.DisclosureIndicators;
import org.fazhi.indicators.IndicatorCount;
import org.fazhi.indicators.IndicatorDefinition;
import org.fazhi.indicators.IndicatorScope;
import org.fazhi.indicators.ReportingPeriod;
import org.fazhi.org.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The statistics page (政府信息公开统计): the module's indicators for a year in the user's scope, with a chart. */
@Controller
class StatisticsController {

    private final DisclosureIndicators indicators;
    private final Clock clock;

    StatisticsController(DisclosureIndicators indicators, Clock clock) {
        this.indicators = indicators;
        this.clock = clock;
    }

    /** One figure: definition and its formatted value. */
    public record Figure(String code, String name, String value, String unitWord, String definition) {
    }

    @GetMapping("/disclosure/statistics")
    @PreAuthorize("hasAuthority('disclosure:statistics:view')")
    String page(@RequestParam(required = false) Integer year, Model model) {
        CurrentUser user = CurrentUser.require();
        int y = year == null ? LocalDate.now(clock).getYear() : Math.max(2019, Math.min(2100, year));
        IndicatorScope scope = new IndicatorScope(user.filter(), user.unitName());
        ReportingPeriod period = ReportingPeriod.year(y);
        List<Figure> figures = new ArrayList<>();
        for (IndicatorDefinition d : indicators.definitions()) {
            IndicatorCount c = indicators.count(d.code(), scope, period);
            var v = c.value(d);
            figures.add(new Figure(d.code(), d.name(), v == null ? "—" : v.toPlainString(), d.unitWord(),
                    d.denominator() == null ? d.numerator() : d.numerator() + " ÷ " + d.denominator()));
        }
        model.addAttribute("year", y);
        model.addAttribute("figures", figures);
        model.addAttribute("chartNames", String.join("|", figures.subList(3, figures.size()).stream().map(Figure::name).toList()));
        model.addAttribute("chartValues", String.join("|", figures.subList(3, figures.size()).stream().map(Figure::value).toList()));
        return "disclosure/statistics";
    }
}
