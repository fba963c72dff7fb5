package org.fazhi.enforcement.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.fazhi.enforcement.EnforcementChanged;
import org.fazhi.org.CurrentUser;
import org.fazhi.shared.BusinessException;
import org.fazhi.shared.Page;
import org.fazhi.shared.PageQuery;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Pages of the registries (执法主体、执法人员、执法事项、裁量基准): lists with export, entry forms, spreadsheet imports with
 * the row-by-row report, and an officer's page with certificates, training and exams.
 */
@Controller
@RequestMapping("/enforcement")
class RegistryPages {

    static final Set<String> TABS = Set.of("bodies", "officers", "powers", "standards", "history");

    private final Registries registries;
    private final RegistryQueries queries;
    private final RegistryActions actions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegistryPages(Registries registries, RegistryQueries queries, RegistryActions actions, ApplicationEventPublisher events,
                  Clock clock) {
        this.registries = registries;
        this.actions = actions;
        this.queries = queries;
        this.events = events;
        this.clock = clock;
    }

    @GetMapping("/registry")
    @PreAuthorize("hasAuthority('enforcement:registry:view')")
    String registry(@RequestParam(required = false) String tab, @RequestParam(required = false) String q,
                    @RequestParam(required = false) Integer page, Model model) {
        String t = tab == null || !TABS.contains(tab) ? "bodies" : tab;
        CurrentUser user = CurrentUser.require();
        PageQuery pq = PageQuery.of(page, 20);
        model.addAttribute("tab", t);
        model.addAttribute("q", q);
        model.addAttribute("canManage", user.can("enforcement:registry:manage"));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("minHours", registries.minTrainingHours(user.countyCode()).stripTrailingZeros().toPlainString());
        model.addAttribute("bodyNames", registries.bodiesInScope(user).keySet().stream().sorted().toList());
        model.addAttribute("unitNames", registries.unitsInScope(user).keySet().stream().sorted().toList());
        model.addAttribute("powerTypes", PowerType.values());
        model.addAttribute("standardKinds", StandardKind.values());
        model.addAttribute("townships", registries.townships(user.countyCode()));
        Page<?> items = switch (t) {
            case "officers" -> queries.officers(user.filter(), q, LocalDate.now(clock), user.can("enforcement:pii"), pq);
            case "powers" -> queries.powers(user.filter(), q, pq);
            case "standards" -> queries.standardSets(user.filter(), pq);
            case "history" -> actions.history(user.filter(), pq);
            default -> queries.bodies(user.filter(), pq);
        };
        model.addAttribute("page", items);
        return "enforcement/registry";
    }

    @GetMapping("/registry/template/{kind}")
    @PreAuthorize("hasAuthority('enforcement:registry:view')")
    ResponseEntity<byte[]> template(@PathVariable String kind) {
        RegistrySheets.Layout layout = RegistrySheets.all().get(kind);
        if (layout == null) {
            throw BusinessException.notFound("没有这种模板");
        }
        return Downloads.xlsx(layout.title() + "导入模板.xlsx", RegistrySheets.template(layout));
    }

    @GetMapping("/registry/export/{kind}")
    @PreAuthorize("hasAuthority('enforcement:registry:view')")
    ResponseEntity<byte[]> export(@PathVariable String kind) {
        CurrentUser user = CurrentUser.require();
        PageQuery all = new PageQuery(1, PageQuery.MAX_SIZE);
        List<List<String>> rows = new ArrayList<>();
        RegistrySheets.@org.jspecify.annotations.Nullable Layout layout;
        // exports are bounded by the paging limit times the pages read; registries are small (hundreds of rows)
        switch (kind) {
            case "bodies" -> {
                layout = RegistrySheets.BODIES;
                forEachPage(p -> queries.bodies(user.filter(), p), b -> rows.add(List.of(b.name(), b.unitName(),
                        b.kindLabel(), RegistrySheets.text(b.entrustingUnitName()), RegistrySheets.text(b.creditCode()),
                        b.legalBasis(), b.scope(), b.effectiveFrom().toString())));
            }
            case "officers" -> {
                layout = RegistrySheets.OFFICERS;
                boolean pii = user.can("enforcement:pii");
                forEachPage(p -> queries.officers(user.filter(), null, LocalDate.now(clock), pii, p), o -> rows.add(List.of(
                        o.name(), o.idNumber(), o.bodyName(), RegistrySheets.text(o.position()),
                        o.legalQualification() ? "是" : "否", RegistrySheets.text(o.certNo()), "执法证",
                        RegistrySheets.text(o.areas()), "", RegistrySheets.text(o.expiresOn()))));
            }
            case "powers" -> {
                layout = RegistrySheets.POWERS;
                forEachPage(p -> queries.powers(user.filter(), null, p), w -> rows.add(List.of(w.code(), w.name(),
                        w.typeLabel(), w.bodyName(), w.legalBasis(), w.effectiveFrom().toString(),
                        RegistrySheets.text(w.townships()), "")));
            }
            case "history" -> {
                layout = null;
                forEachPage(p -> actions.history(user.filter(), p), h -> rows.add(List.of(h.actionLabel(), h.objectName(),
                        h.effectiveDate().toString(), h.reason(), h.createdBy(), h.createdAt())));
            }
            default -> throw BusinessException.notFound("没有这种导出");
        }
        String title = layout == null ? "执法登记变更记录" : layout.title();
        List<String> headings = layout == null ? List.of("变更", "登记项", "生效日期", "理由", "登记人", "登记时间")
                : layout.headings();
        events.publishEvent(new EnforcementChanged(user.countyCode(), user.username(), "enforcement.registry.exported",
                layout == null ? "enf_registry_event" : "enf_" + kind, "-", "导出" + title + " " + rows.size() + " 行"));
        return Downloads.xlsx(title + ".xlsx", Sheets.write(title, headings, rows, List.of()));
    }

    private static <T> void forEachPage(java.util.function.Function<PageQuery, Page<T>> fetch, java.util.function.Consumer<T> each) {
        for (int n = 1; n <= 50; n++) {
            Page<T> page = fetch.apply(new PageQuery(n, PageQuery.MAX_SIZE));
            page.items().forEach(each);
            if (!page.hasNext()) {
                return;
            }
        }
    }

    @PostMapping("/registry/import/{kind}")
    @PreAuthorize("hasAuthority('enforcement:registry:manage')")
    String importSheet(@PathVariable String kind, @RequestParam(required = false) MultipartFile file, Model model,
                       HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        CurrentUser user = CurrentUser.require();
        RegistrySheets.Layout layout = RegistrySheets.all().get(kind);
        if (layout == null || "records".equals(kind) || "standard-items".equals(kind)) {
            throw BusinessException.notFound("没有这种导入");
        }
        try {
            if (file == null || file.isEmpty()) {
                throw BusinessException.invalid("请选择要上传的文件");
            }
            List<Sheets.Row> rows = Sheets.read(file.getOriginalFilename(), file.getBytes(), layout.required());
            int n = switch (kind) {
                case "bodies" -> registries.createBodies(RegistrySheets.map(rows, RegistrySheets::body), user);
                case "officers" -> registries.createOfficers(RegistrySheets.map(rows, RegistrySheets::officer), user);
                case "training" -> registries.addLearning(RegistrySheets.map(rows, RegistrySheets::training), false, user);
                case "exams" -> registries.addLearning(RegistrySheets.map(rows, RegistrySheets::exam), true, user);
                default -> registries.createPowers(RegistrySheets.map(rows, RegistrySheets::power), user);
            };
            redirect.addFlashAttribute("message", "已从“" + file.getOriginalFilename() + "”导入" + layout.title() + " " + n + " 条");
            return "redirect:/enforcement/registry?tab=" + tabOf(kind);
        } catch (RowsRejected e) {
            response.setStatus(400);
            model.addAttribute("errors", e.errors());
        } catch (BusinessException e) {
            response.setStatus(e.kind().httpStatus());
            model.addAttribute("errors", List.of(new RowsRejected.RowError(0, "", e.getMessage())));
        }
        model.addAttribute("layout", layout);
        model.addAttribute("fileName", file == null ? "" : file.getOriginalFilename());
        model.addAttribute("backTab", tabOf(kind));
        return "enforcement/import-report";
    }

    private static String tabOf(String kind) {
        return switch (kind) {
            case "training", "exams" -> "officers";
            default -> kind;
        };
    }

    @PostMapping("/registry/bodies")
    @PreAuthorize("hasAuthority('enforcement:registry:manage')")
    String newBody(@RequestParam(required = false) String name, @RequestParam(required = false) String unit,
                   @RequestParam(required = false) String kind, @RequestParam(required = false) String entrustingUnit,
                   @RequestParam(required = false) String creditCode, @RequestParam(required = false) String legalBasis,
                   @RequestParam(required = false) String scope,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
                   Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return form(() -> registries.createBodies(List.of(new Registries.BodyDraft(0, unit, name, kind,
                        Registries.blank(entrustingUnit), creditCode, legalBasis, scope, effectiveFrom)), CurrentUser.require()),
                "bodies", "已登记执法主体“" + name + "”", model, response, redirect);
    }

    @PostMapping("/registry/officers")
    @PreAuthorize("hasAuthority('enforcement:registry:manage')")
    String newOfficer(@RequestParam(required = false) String name, @RequestParam(required = false) String idNumber,
                      @RequestParam(required = false) String body, @RequestParam(required = false) String position,
                      @RequestParam(required = false) Boolean legalQualification,
                      @RequestParam(required = false) String certNo, @RequestParam(required = false) String category,
                      @RequestParam(required = false) String areas,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
                      Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return form(() -> registries.createOfficers(List.of(new Registries.OfficerDraft(0, body, name, idNumber, position,
                        legalQualification, certNo, category, areas, issuedOn, expiresOn)), CurrentUser.require()),
                "officers", "已登记执法人员" + name, model, response, redirect);
    }

    @PostMapping("/registry/powers")
    @PreAuthorize("hasAuthority('enforcement:registry:manage')")
    String newPower(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
                    @RequestParam(required = false) String type, @RequestParam(required = false) String body,
                    @RequestParam(required = false) String legalBasis,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
                    @RequestParam(required = false) String townships, @RequestParam(required = false) String delegationBasis,
                    Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return form(() -> registries.createPowers(List.of(new Registries.PowerDraft(0, body, code, name, type, legalBasis,
                        effectiveFrom, townships, delegationBasis)), CurrentUser.require()),
                "powers", "已登记执法事项 " + code, model, response, redirect);
    }

    @PostMapping("/registry/standards")
    @PreAuthorize("hasAuthority('enforcement:registry:manage')")
    String newStandard(@RequestParam(required = false) String body, @RequestParam(required = false) String kind,
                       @RequestParam(required = false) String title,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
                       @RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response,
                       RedirectAttributes redirect) {
        return form(() -> {
            if (file == null || file.isEmpty()) {
                throw BusinessException.invalid("请上传基准条目表格（下载“基准条目”模板填写）");
            }
            List<Sheets.Row> rows;
            try {
                rows = Sheets.read(file.getOriginalFilename(), file.getBytes(), RegistrySheets.STANDARD_ITEMS.required());
            } catch (IOException e) {
                throw BusinessException.invalid("无法读取上传的文件");
            }
            registries.createStandardSet(body, kind, title, effectiveFrom,
                    RegistrySheets.map(rows, RegistrySheets::standardItem), CurrentUser.require());
            return 1;
        }, "standards", "已起草“" + title + "”，核对后请公布", model, response, redirect);
    }

    @PostMapping("/registry/standards/{id}/publish")
    @PreAuthorize("hasAuthority('enforcement:registry:manage')")
    String publishStandard(@PathVariable long id, RedirectAttributes redirect) {
        registries.publishStandardSet(id, CurrentUser.require());
        redirect.addFlashAttribute("message", "已公布，门户网站同步公开");
        return "redirect:/enforcement/registry?tab=standards";
    }

    @GetMapping("/registry/standards/{id}")
    @PreAuthorize("hasAuthority('enforcement:registry:view')")
    String standard(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.require();
        model.addAttribute("set", queries.standardSet(id, user.filter(), user.countyCode()));
        model.addAttribute("items", queries.standardItems(id, user.countyCode()));
        model.addAttribute("canManage", user.can("enforcement:registry:manage"));
        return "enforcement/standard";
    }

    @PostMapping("/registry/settings")
    @PreAuthorize("hasAuthority('enforcement:registry:manage')")
    String settings(@RequestParam(required = false) BigDecimal minHours, RedirectAttributes redirect) {
        registries.setMinTrainingHours(minHours, CurrentUser.require());
        redirect.addFlashAttribute("message", "年度培训学时要求已改为 " + minHours.stripTrailingZeros().toPlainString());
        return "redirect:/enforcement/registry?tab=officers";
    }

    // ------------------------------------------------------------------ an officer

    // ------------------------------------------------------------------ ending registry entries

    @PostMapping("/registry/bodies/{id}/close")
    @PreAuthorize("hasAuthority('enforcement:registry:manage')")
    String closeBody(@PathVariable long id, @RequestParam(required = false) String kind,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                     @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        actions.closeBody(id, kind, day, reason, CurrentUser.require());
        redirect.addFlashAttribute("message", "已登记执法主体" + ("REVOKED".equals(kind) ? "撤销" : "终止") + "，此前的执法决定保留");
        return "redirect:/enforcement/registry?tab=bodies";
    }

    @PostMapping("/registry/powers/{id}/repeal")
    @PreAuthorize("hasAuthority('enforcement:registry:manage')")
    String repealPower(@PathVariable long id,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                       @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        actions.repealPower(id, day, reason, CurrentUser.require());
        redirect.addFlashAttribute("message", "已登记执法事项废止");
        return "redirect:/enforcement/registry?tab=powers";
    }

    @PostMapping("/registry/powers/{id}/revoke-delegation")
    @PreAuthorize("hasAuthority('enforcement:registry:manage')")
    String revokeDelegation(@PathVariable long id, @RequestParam(required = false) Long township,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        if (township == null) {
            throw BusinessException.invalid("请选择收回赋权的乡镇（街道）");
        }
        actions.revokeDelegation(id, township, day, reason, CurrentUser.require());
        redirect.addFlashAttribute("message", "已收回乡镇赋权");
        return "redirect:/enforcement/registry?tab=powers";
    }

    @GetMapping("/officers/{id}")
    @PreAuthorize("hasAuthority('enforcement:registry:view')")
    String officer(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.require();
        model.addAttribute("o", queries.officer(id, user.filter(), user.can("enforcement:pii")));
        model.addAttribute("certificates", queries.certificates(id, user.countyCode(), LocalDate.now(clock)));
        model.addAttribute("trainings", queries.trainings(id, user.countyCode()));
        model.addAttribute("exams", queries.exams(id, user.countyCode()));
        model.addAttribute("canManage", user.can("enforcement:registry:manage"));
        model.addAttribute("today", LocalDate.now(clock));
        return "enforcement/officer";
    }

    @PostMapping("/officers/{id}/certificates")
    @PreAuthorize("hasAuthority('enforcement:registry:manage')")
    String addCertificate(@PathVariable long id, @RequestParam(required = false) String certNo,
                          @RequestParam(required = false) String category, @RequestParam(required = false) String areas,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
                          RedirectAttributes redirect) {
        registries.addCertificate(id, certNo, category, areas, issuedOn, expiresOn, CurrentUser.require());
        redirect.addFlashAttribute("message", "已登记证件 " + certNo);
        return "redirect:/enforcement/officers/" + id;
    }

    @PostMapping("/officers/{id}/certificates/{certId}")
    @PreAuthorize("hasAuthority('enforcement:registry:manage')")
    String certificateAction(@PathVariable long id, @PathVariable long certId, @RequestParam String action,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                             @RequestParam(required = false) String reason, @RequestParam(required = false) Boolean passed,
                             RedirectAttributes redirect) {
        registries.certificateAction(certId, action, day, reason, passed, CurrentUser.require());
        redirect.addFlashAttribute("message", "证件状态已更新");
        return "redirect:/enforcement/officers/" + id;
    }

    @PostMapping("/officers/{id}/learning")
    @PreAuthorize("hasAuthority('enforcement:registry:manage')")
    String learning(@PathVariable long id, @RequestParam String type, @RequestParam(required = false) String title,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                    @RequestParam(required = false) BigDecimal hours, @RequestParam(required = false) BigDecimal score,
                    @RequestParam(required = false) Boolean passed, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        String idNumber = (String) queries.officer(id, user.filter(), true).get("id_number");
        boolean exam = "exam".equals(type);
        registries.addLearning(List.of(new Registries.LearningDraft(0, idNumber, title, date, hours, score, passed)), exam, user);
        redirect.addFlashAttribute("message", exam ? "已登记考试成绩" : "已登记培训学时");
        return "redirect:/enforcement/officers/" + id;
    }

    @PostMapping("/officers/{id}/leave")
    @PreAuthorize("hasAuthority('enforcement:registry:manage')")
    String leave(@PathVariable long id, @RequestParam(required = false) String status,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                 @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        if (day == null) {
            throw BusinessException.invalid("请填写离岗日期");
        }
        registries.officerLeaves(id, status, day, reason, CurrentUser.require());
        redirect.addFlashAttribute("message", "已登记离岗并收回执法证件");
        return "redirect:/enforcement/officers/" + id;
    }

    private String form(java.util.function.IntSupplier action, String tab, String success, Model model,
                        HttpServletResponse response, RedirectAttributes redirect) {
        try {
            action.getAsInt();
            redirect.addFlashAttribute("message", success);
            return "redirect:/enforcement/registry?tab=" + tab;
        } catch (RowsRejected e) {
            response.setStatus(400);
            model.addAttribute("errors", e.errors());
        } catch (BusinessException e) {
            response.setStatus(e.kind().httpStatus());
            model.addAttribute("errors", List.of(new RowsRejected.RowError(0, "", e.getMessage())));
        }
        model.addAttribute("layout", null);
        model.addAttribute("fileName", null);
        model.addAttribute("backTab", tab);
        return "enforcement/import-report";
    }
}
