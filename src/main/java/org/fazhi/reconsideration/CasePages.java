package org.fazhi.reconsideration;

import jakarta.servlet.http.HttpServletResponse;
import org.fazhi.files.AttachmentUpload;
import org.fazhi.files.Attachments;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.OrgDirectory;
import org.fazhi.shared.BusinessException;
import org.fazhi.shared.Page;
import org.fazhi.shared.PageQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Staff pages of reconsideration cases (行政复议案件): the list with filters, lights and export; registration; the case
 * page with its timeline, deadlines, documents and the forms of the steps now allowed.
 */
@Controller
@RequestMapping("/reconsideration/cases")
class CasePages {

    private final ReconsiderationCases cases;
    private final CaseQueries queries;
    private final CaseDownloads downloads;
    private final OrgDirectory org;
    private final Attachments attachments;
    private final org.fazhi.calendar.LegalCalendar calendar;
    private final Committee committee;

    CasePages(ReconsiderationCases cases, CaseQueries queries, CaseDownloads downloads, OrgDirectory org,
              Attachments attachments, org.fazhi.calendar.LegalCalendar calendar, Committee committee) {
        this.committee = committee;
        this.cases = cases;
        this.queries = queries;
        this.downloads = downloads;
        this.org = org;
        this.attachments = attachments;
        this.calendar = calendar;
    }

    private CaseQueries.Filter filter(@Nullable String keyword, @Nullable String status, @Nullable Long unitId,
                                      @Nullable Integer year, @Nullable String light) {
        CaseStatus parsed = null;
        if (status != null && !status.isBlank()) {
            try {
                parsed = CaseStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                throw BusinessException.invalid("未知的案件状态");
            }
        }
        LocalDate today = cases.today();
        LocalDate yellowUntil = calendar.addWorkingDays(today, 4).minusDays(1);
        return new CaseQueries.Filter(keyword, parsed, unitId, year, light == null || light.isBlank() ? null : light,
                today, yellowUntil);
    }

    /** A list row with its light. */
    public record ListRow(CaseQueries.Row row, String light) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('reconsideration:case:view')")
    String list(@RequestParam(required = false) String keyword, @RequestParam(required = false) String status,
                @RequestParam(required = false) Long unitId, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) String light, @RequestParam(required = false) Integer page,
                Model model) {
        CurrentUser user = CurrentUser.require();
        Page<CaseQueries.Row> result = queries.list(user.filter(), filter(keyword, status, unitId, year, light),
                PageQuery.of(page, null));
        LocalDate today = cases.today();
        model.addAttribute("rows", result.items().stream().map(r -> new ListRow(r,
                r.nextDue() == null ? "grey" : cases.lightOf(r.nextDue(), today))).toList());
        model.addAttribute("page", result);
        model.addAttribute("keyword", keyword);
        model.addAttribute("status", status);
        model.addAttribute("unitId", unitId);
        model.addAttribute("year", year);
        model.addAttribute("light", light);
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("units", org.units(user.filter(), 500));
        return "reconsideration/cases";
    }

    @GetMapping("/export.csv")
    @PreAuthorize("hasAuthority('reconsideration:case:view')")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String keyword,
                                  @RequestParam(required = false) String status,
                                  @RequestParam(required = false) Long unitId,
                                  @RequestParam(required = false) Integer year,
                                  @RequestParam(required = false) String light) {
        CurrentUser user = CurrentUser.require();
        List<CaseQueries.Row> rows = queries.export(user.filter(), filter(keyword, status, unitId, year, light));
        StringBuilder csv = new StringBuilder("案号,申请人,被申请人,行政行为,申请方式,收到申请,受理,程序,状态,决定类型,决定日期,下一期限,期限届满日\r\n");
        for (CaseQueries.Row r : rows) {
            ReconCase c = r.c();
            csv.append(String.join(",", Arrays.asList(CaseDownloads.cell(c.number()),
                    CaseDownloads.cell(c.applicantSummary()), CaseDownloads.cell(r.respondentName()),
                    CaseDownloads.cell(c.actTitle()), CaseDownloads.cell(c.channel().label()),
                    CaseDownloads.cell(c.receivedOn()), CaseDownloads.cell(c.acceptedOn()),
                    CaseDownloads.cell(c.procedureLabel()), CaseDownloads.cell(c.statusLabel()),
                    CaseDownloads.cell(c.decisionLabel()), CaseDownloads.cell(c.decidedOn()),
                    CaseDownloads.cell(r.nextLabel()), CaseDownloads.cell(r.nextDue())))).append("\r\n");
        }
        return downloads.exportCsv(user, "recon_case", "行政复议案件", rows.size(), csv);
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('reconsideration:case:handle')")
    String form(Model model) {
        if (!model.containsAttribute("form")) {
            RegistrationForm form = new RegistrationForm();
            form.setReceivedOn(cases.today());
            model.addAttribute("form", form);
        }
        model.addAttribute("channels", Channel.values());
        model.addAttribute("units", org.units(Offices.county(CurrentUser.require().countyCode()), 500));
        return "reconsideration/case-form";
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('reconsideration:case:handle')")
    String register(@ModelAttribute("form") RegistrationForm form, org.springframework.validation.BindingResult binding,
                    Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            if (binding.hasErrors()) {
                throw BusinessException.invalid("表单中的日期或金额格式不正确，请检查后重新提交");
            }
            ReconsiderationCases.Registered r = cases.register(form.toDraft(), Actor.current());
            redirect.addFlashAttribute("message", "已登记行政复议申请，案号 " + r.number() + "，申请人查询码 "
                    + r.verificationCode() + "（请告知申请人，仅显示一次）");
            return "redirect:/reconsideration/cases/" + r.id();
        } catch (BusinessException e) {
            response.setStatus(e.kind().httpStatus());
            model.addAttribute("error", e.getMessage());
            return form(model);
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('reconsideration:case:view')")
    String detail(@PathVariable long id, Model model) {
        CaseView view = cases.view(id, Actor.current());
        model.addAttribute("v", view);
        model.addAttribute("today", cases.today());
        model.addAttribute("decisionTypes", DecisionType.formChoices());
        model.addAttribute("suspensionGrounds", SuspensionGround.values());
        model.addAttribute("terminationGrounds", TerminationGround.values());
        model.addAttribute("serviceMethods", ServiceMethod.values());
        model.addAttribute("procedures", Procedure.values());
        model.addAttribute("committeeMembers", committee.members(view.c().countyCode(), true));
        return "reconsideration/case";
    }

    @PostMapping("/{id}/actions/{action}")
    @PreAuthorize("hasAnyAuthority('reconsideration:case:handle','reconsideration:case:respond')")
    String act(@PathVariable long id, @PathVariable String action, @ModelAttribute ActionForm form,
               org.springframework.validation.BindingResult binding, RedirectAttributes redirect) {
        CaseAction step = CaseAction.fromSlug(action);
        try {
            if (binding.hasErrors()) {
                throw BusinessException.invalid("表单中的日期或数字格式不正确，请检查后重新提交");
            }
            CaseCommand command = form.toCommand();
            if (form.getMemberIds() != null && !form.getMemberIds().isEmpty()) {
                String chosen = committee.describe(CurrentUser.require().countyCode(), form.getMemberIds());
                command = command.withMembers(command.members() == null || command.members().isBlank() ? chosen
                        : chosen + "、" + command.members().strip());
            }
            cases.act(id, step, command, Actor.current());
            redirect.addFlashAttribute("message", "已办理：" + step.label());
        } catch (BusinessException e) {
            if (e.kind() == BusinessException.Kind.NOT_FOUND || e.kind() == BusinessException.Kind.FORBIDDEN) {
                throw e;
            }
            redirect.addFlashAttribute("error", step.label() + "未办理：" + e.getMessage());
        }
        return "redirect:/reconsideration/cases/" + id;
    }

    @PostMapping("/{id}/documents/{doc}/service")
    @PreAuthorize("hasAuthority('reconsideration:case:handle')")
    String serve(@PathVariable long id, @PathVariable long doc, @RequestParam(required = false) String recipient,
                 @RequestParam(required = false) ServiceMethod method,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate servedOn,
                 @RequestParam(required = false) String proof, RedirectAttributes redirect) {
        try {
            if (method == null) {
                throw BusinessException.invalid("请选择送达方式");
            }
            cases.serve(id, doc, recipient, method, servedOn, proof, Actor.current());
            redirect.addFlashAttribute("message", "已登记送达");
        } catch (BusinessException e) {
            if (e.kind() == BusinessException.Kind.NOT_FOUND || e.kind() == BusinessException.Kind.FORBIDDEN) {
                throw e;
            }
            redirect.addFlashAttribute("error", "送达未登记：" + e.getMessage());
        }
        return "redirect:/reconsideration/cases/" + id;
    }

    @PostMapping("/{id}/opinions/{opinion}/feedback")
    @PreAuthorize("hasAnyAuthority('reconsideration:case:handle','reconsideration:case:respond')")
    String feedback(@PathVariable long id, @PathVariable long opinion, @RequestParam(required = false) String feedback,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                    RedirectAttributes redirect) {
        try {
            cases.opinionFeedback(id, opinion, feedback, date, Actor.current());
            redirect.addFlashAttribute("message", "已反馈整改情况");
        } catch (BusinessException e) {
            if (e.kind() == BusinessException.Kind.NOT_FOUND || e.kind() == BusinessException.Kind.FORBIDDEN) {
                throw e;
            }
            redirect.addFlashAttribute("error", "整改情况未反馈：" + e.getMessage());
        }
        return "redirect:/reconsideration/cases/" + id;
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasAuthority('reconsideration:case:handle')")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        try {
            cases.publish(id, Actor.current());
            redirect.addFlashAttribute("message", "决定书已去除个人信息并在门户公开");
        } catch (BusinessException e) {
            if (e.kind() == BusinessException.Kind.NOT_FOUND || e.kind() == BusinessException.Kind.FORBIDDEN) {
                throw e;
            }
            redirect.addFlashAttribute("error", "未公开：" + e.getMessage());
        }
        return "redirect:/reconsideration/cases/" + id;
    }

    @PostMapping("/{id}/materials")
    @PreAuthorize("hasAnyAuthority('reconsideration:case:handle','reconsideration:case:respond')")
    String upload(@PathVariable long id, @RequestParam("file") MultipartFile file, RedirectAttributes redirect) {
        Actor actor = Actor.current();
        ReconCase c = cases.view(id, actor).c();
        try (InputStream in = file.getInputStream()) {
            String source = actor.handle() ? "OFFICE" : "RESPONDENT";
            var stored = attachments.store(AttachmentUpload.of(c.countyCode(), c.unitId(),
                    file.getOriginalFilename() == null ? "材料" : file.getOriginalFilename(), actor.username())
                    .ownedBy(CaseClocks.MODULE, "recon_case", Long.toString(id)), in);
            cases.addMaterial(id, stored.id(), source, stored.originalName(), actor);
            redirect.addFlashAttribute("message", "已上传材料：" + stored.originalName());
        } catch (BusinessException e) {
            redirect.addFlashAttribute("error", "材料未上传：" + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "redirect:/reconsideration/cases/" + id;
    }

    @GetMapping("/{id}/documents/{doc}.docx")
    @PreAuthorize("hasAuthority('reconsideration:case:view')")
    ResponseEntity<InputStreamResource> docx(@PathVariable long id, @PathVariable long doc) {
        return downloads.document(cases.view(id, Actor.current()).c(), doc, false);
    }

    @GetMapping("/{id}/documents/{doc}.pdf")
    @PreAuthorize("hasAuthority('reconsideration:case:view')")
    ResponseEntity<InputStreamResource> pdf(@PathVariable long id, @PathVariable long doc) {
        return downloads.document(cases.view(id, Actor.current()).c(), doc, true);
    }

    @GetMapping("/{id}/materials/{material}")
    @PreAuthorize("hasAuthority('reconsideration:case:view')")
    ResponseEntity<InputStreamResource> material(@PathVariable long id, @PathVariable long material) {
        return downloads.material(cases.view(id, Actor.current()).c(), material);
    }
}
