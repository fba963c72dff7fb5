package org.fazhi.disclosure.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.disclosure.ApplicantType;
import org.fazhi.disclosure.Channel;
import org.fazhi.disclosure.Consultation;
import org.fazhi.disclosure.DisclosureQueries;
import org.fazhi.disclosure.DisclosureRequest;
import org.fazhi.disclosure.DisclosureRequests;
import org.fazhi.disclosure.DisclosureRequestsExported;
import org.fazhi.disclosure.FeeScale;
import org.fazhi.disclosure.Letter;
import org.fazhi.disclosure.NewRequest;
import org.fazhi.disclosure.Pii;
import org.fazhi.disclosure.Remedies;
import org.fazhi.disclosure.ReplyType;
import org.fazhi.disclosure.RequestLights;
import org.fazhi.disclosure.RequestStatus;
import org.fazhi.disclosure.Table4;
import org.fazhi.disclosure.WithholdGround;
import org.fazhi.files.Attachment;
import org.fazhi.files.Attachments;
import org.fazhi.files.OfficialDocuments;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.DataScope;
import org.fazhi.org.OrgDirectory;
import org.fazhi.org.ScopeFilter;
import org.fazhi.shared.BusinessException;
import org.fazhi.shared.Page;
import org.fazhi.shared.PageQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff pages of 依申请公开: the queue (filters, deadline lights, export), registration, and the request detail with its
 * clocks, timeline, letters and the actions its state allows.
 */
@Controller
@RequestMapping("/disclosure/requests")
class RequestPagesController {

    private final DisclosureRequests requests;
    private final DisclosureQueries queries;
    private final RequestActions actions;
    private final Remedies remedies;
    private final OrgDirectory org;
    private final OfficialDocuments documents;
    private final Attachments attachments;
    private final RequestLights lights;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RequestPagesController(DisclosureRequests requests, DisclosureQueries queries, RequestActions actions,
                           Remedies remedies, OrgDirectory org, OfficialDocuments documents, Attachments attachments,
                           RequestLights lights, ApplicationEventPublisher events, Clock clock) {
        this.lights = lights;
        this.requests = requests;
        this.queries = queries;
        this.actions = actions;
        this.remedies = remedies;
        this.org = org;
        this.documents = documents;
        this.attachments = attachments;
        this.events = events;
        this.clock = clock;
    }

    private static final DateTimeFormatter UPLOADED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** An applicant's attachment on the detail page; downloaded through the files module, which checks the scope. */
    public record AttachmentRow(long id, String name, String size, String type, String uploadedAt) {
    }

    /** A queue row: the request (identity masked as needed), its unit and its light. */
    public record Row(DisclosureRequest request, String unitName, String light, String idNumber) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('disclosure:request:view')")
    String queue(@RequestParam(required = false) String keyword, @RequestParam(required = false) RequestStatus status,
                 @RequestParam(required = false) ApplicantType type, @RequestParam(required = false) Long unit,
                 @RequestParam(required = false) Integer year, @RequestParam(required = false) String light,
                 @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                 Model model) {
        CurrentUser user = CurrentUser.require();
        DisclosureQueries.Filter filter = new DisclosureQueries.Filter(keyword, status, type, unit, year, light);
        Page<DisclosureRequest> result = queries.list(user.filter(), filter, PageQuery.of(page, size));
        Map<Long, String> names = unitNames(user);
        model.addAttribute("rows", result.items().stream().map(r -> row(r, names, user)).toList());
        model.addAttribute("page", result);
        model.addAttribute("keyword", keyword);
        model.addAttribute("status", status);
        model.addAttribute("type", type);
        model.addAttribute("unit", unit);
        model.addAttribute("year", year);
        model.addAttribute("light", light);
        model.addAttribute("statuses", RequestStatus.values());
        model.addAttribute("types", ApplicantType.values());
        model.addAttribute("units", org.units(user.filter(), 2000));
        return "disclosure/requests";
    }

    @GetMapping("/export.csv")
    @PreAuthorize("hasAuthority('disclosure:request:view')")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String keyword,
                                  @RequestParam(required = false) RequestStatus status,
                                  @RequestParam(required = false) ApplicantType type,
                                  @RequestParam(required = false) Long unit, @RequestParam(required = false) Integer year,
                                  @RequestParam(required = false) String light) {
        CurrentUser user = CurrentUser.require();
        List<DisclosureRequest> rows = queries.export(user.filter(),
                new DisclosureQueries.Filter(keyword, status, type, unit, year, light), 10_000);
        Map<Long, String> names = unitNames(user);
        StringBuilder csv = new StringBuilder("\uFEFF申请编号,承办单位,渠道,收到申请之日,申请人类型,申请人,身份证件号码,所需信息,状态,答复期限,办结日期,答复类型,年报行\n");
        for (DisclosureRequest r : rows) {
            Row row = row(r, names, user);
            csv.append(String.join(",", List.of(r.number(), names.getOrDefault(r.unitId(), ""), r.channel().label(),
                    s(r.receivedOn()), r.applicantType().label(), r.applicantName(), s(row.idNumber()), r.description(),
                    r.status().label(), s(r.replyDue()), s(r.concludedOn()),
                    r.replyType() == null ? "" : r.replyType().label(), r.reportRow() == null ? "" : r.reportRow().label())
                    .stream().map(RequestPagesController::csvCell).toList())).append('\n');
        }
        events.publishEvent(new DisclosureRequestsExported(user.countyCode(), user.username(), rows.size(),
                user.can(Pii.PERMISSION)));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("政府信息公开申请.csv", StandardCharsets.UTF_8).build().toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('disclosure:request:handle')")
    String form(Model model) {
        CurrentUser user = CurrentUser.require();
        model.addAttribute("units", org.units(user.filter(), 2000));
        model.addAttribute("channels", Channel.values());
        model.addAttribute("types", ApplicantType.values());
        model.addAttribute("defaultUnit", user.unitId());
        model.addAttribute("today", LocalDate.now(clock));
        return "disclosure/request-form";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('disclosure:request:handle')")
    String register(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect,
                    HttpServletResponse response) {
        CurrentUser user = CurrentUser.require();
        try {
            NewRequest in = new NewRequest(longOrNull(form.getFirst("unitId")), enumOrNull(Channel.class,
                    form.getFirst("channel")), dateOrNull(form.getFirst("channelDate")),
                    enumOrNull(ApplicantType.class, form.getFirst("applicantType")), form.getFirst("applicantName"),
                    form.getFirst("idType"), form.getFirst("idNumber"), form.getFirst("contactPerson"),
                    form.getFirst("phone"), form.getFirst("email"), form.getFirst("address"),
                    form.getFirst("description"), form.getFirst("formWanted"), form.getFirst("deliveryWanted"));
            DisclosureRequests.Registered r = requests.register(in, user.filter(), user.username());
            redirect.addFlashAttribute("message", "已登记申请 " + r.request().number() + "，查询验证码 "
                    + r.verificationCode() + "（请告知申请人，仅显示一次）");
            return "redirect:/disclosure/requests/" + r.request().id();
        } catch (BusinessException e) {
            if (e.kind() == BusinessException.Kind.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.kind().httpStatus());
            model.addAttribute("error", e.getMessage());
            model.addAttribute("values", form.toSingleValueMap());
            return form(model);
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('disclosure:request:view')")
    String detail(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.require();
        DisclosureRequest r = queries.get(id, user.filter());
        Map<Long, String> names = unitNames(user);
        model.addAttribute("r", r);
        model.addAttribute("row", row(r, names, user));
        model.addAttribute("unitName", org.unitById(r.unitId()).map(OrgDirectory.UnitRef::name).orElse("—"));
        model.addAttribute("phone", user.can(Pii.PERMISSION) ? r.phone() : Pii.phone(r.phone()));
        model.addAttribute("deadlines", requests.deadlines(r));
        model.addAttribute("timeline", queries.timeline(id));
        model.addAttribute("consultations", queries.consultations(id));
        model.addAttribute("fees", queries.fees(id));
        model.addAttribute("letters", queries.letters(id, false));
        model.addAttribute("remedies", remedies.of(id));
        // files an applicant uploaded with an online application (PortalDisclosureController stores them per request)
        model.addAttribute("attachments", attachments.ofOwner("disclosure", "disc_request", Long.toString(id),
                user.filter(), 100).stream().map(a -> new AttachmentRow(a.id(), a.originalName(), a.displaySize(),
                a.fileType().name(), UPLOADED.format(a.uploadedAt().atZone(clock.getZone())))).toList());
        model.addAttribute("canHandle", user.can("disclosure:request:handle"));
        model.addAttribute("replyTypes", ReplyType.values());
        model.addAttribute("grounds", WithholdGround.values());
        model.addAttribute("consultKinds", Consultation.Kind.values());
        model.addAttribute("consultResults", Consultation.Result.values());
        model.addAttribute("feeMethods", FeeScale.Method.values());
        model.addAttribute("remedyKinds", Table4.Kind.values());
        model.addAttribute("outcomes", Table4.Outcome.values());
        model.addAttribute("transferUnits", org.units(new ScopeFilter(DataScope.COUNTY, r.countyCode(), null, null), 2000));
        model.addAttribute("today", LocalDate.now(clock));
        return "disclosure/request-detail";
    }

    @PostMapping("/{id}/{action}")
    @PreAuthorize("hasAuthority('disclosure:request:handle')")
    String act(@PathVariable long id, @PathVariable String action, @RequestParam MultiValueMap<String, String> form,
               RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        if (!RequestActions.ACTIONS.contains(action)) {
            throw BusinessException.notFound("未知的办理动作");
        }
        Map<String, Object> in = new LinkedHashMap<>();
        form.forEach((k, v) -> in.put(k, v.size() == 1 ? v.get(0) : v));
        try {
            DisclosureRequest r = actions.run(id, action, in, user.filter(), user.username());
            redirect.addFlashAttribute("message", "已办理：" + r.number() + " " + r.status().label());
        } catch (BusinessException e) {
            if (e.kind() == BusinessException.Kind.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/disclosure/requests/" + id;
    }

    /** Downloads a letter of a request the user may see (the document scope is the request's). */
    @GetMapping("/{id}/letters/{letterId}.docx")
    @PreAuthorize("hasAuthority('disclosure:request:view')")
    ResponseEntity<InputStreamResource> letter(@PathVariable long id, @PathVariable long letterId) {
        CurrentUser user = CurrentUser.require();
        queries.get(id, user.filter());
        Letter letter = queries.letters(id, false).stream().filter(l -> l.id() == letterId).findFirst()
                .orElseThrow(() -> BusinessException.notFound("文书不存在"));
        Attachment file = documents.docx(letter.documentId(), user.filter());
        return stream(file, attachments);
    }

    static ResponseEntity<InputStreamResource> stream(Attachment file, Attachments attachments) {
        InputStream in = attachments.open(file);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.originalName(), StandardCharsets.UTF_8).build().toString())
                .body(new InputStreamResource(in));
    }

    private Row row(DisclosureRequest r, Map<Long, String> names, CurrentUser user) {
        return new Row(r, names.getOrDefault(r.unitId(), "—"), light(r),
                user.can(Pii.PERMISSION) ? s(r.idNumber()) : s(Pii.idNumber(r.idNumber())));
    }

    /** The deadline light (红黄绿) of a request, on the worklist's working-day rule ({@link RequestLights}). */
    String light(DisclosureRequest r) {
        return lights.light(r);
    }

    private Map<Long, String> unitNames(CurrentUser user) {
        Map<Long, String> names = new LinkedHashMap<>();
        ScopeFilter county = new ScopeFilter(DataScope.COUNTY, user.countyCode(), null, null);
        org.units(county, 5000).forEach(u -> names.put(u.id(), u.name()));
        return names;
    }

    private static String s(@Nullable Object o) {
        return o == null ? "" : o.toString();
    }

    private static String csvCell(String v) {
        String safe = v.startsWith("=") || v.startsWith("+") || v.startsWith("-") || v.startsWith("@") ? "'" + v : v;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    static @Nullable Long longOrNull(@Nullable String v) {
        try {
            return v == null || v.isBlank() ? null : Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw BusinessException.invalid("“" + v + "”不是有效的编号");
        }
    }

    static @Nullable LocalDate dateOrNull(@Nullable String v) {
        try {
            return v == null || v.isBlank() ? null : LocalDate.parse(v.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw BusinessException.invalid("日期“" + v + "”格式不正确，应为 YYYY-MM-DD");
        }
    }

    static <E extends Enum<E>> @Nullable E enumOrNull(Class<E> type, @Nullable String v) {
        try {
            return v == null || v.isBlank() ? null : Enum.valueOf(type, v.strip());
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("“" + v + "”不是有效的选项");
        }
    }

}
