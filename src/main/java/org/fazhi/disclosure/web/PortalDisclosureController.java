package org.fazhi.disclosure.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.fazhi.disclosure.AnnualReport;
import org.fazhi.disclosure.DisclosureAnnualReports;
import org.fazhi.disclosure.ApplicantType;
import org.fazhi.disclosure.DisclosureQueries;
import org.fazhi.disclosure.DisclosureRequest;
import org.fazhi.disclosure.DisclosureRequests;
import org.fazhi.disclosure.Letter;
import org.fazhi.disclosure.NewRequest;
import org.fazhi.disclosure.ReportRow;
import org.fazhi.disclosure.Table3;
import org.fazhi.disclosure.Table4;
import org.fazhi.files.AttachmentUpload;
import org.fazhi.files.Attachments;
import org.fazhi.files.OfficialDocuments;
import org.fazhi.org.Captchas;
import org.fazhi.org.CountySettings;
import org.fazhi.org.DataScope;
import org.fazhi.org.OrgDirectory;
import org.fazhi.org.ScopeFilter;
import org.fazhi.org.UnitKind;
import org.fazhi.shared.BusinessException;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public disclosure section of the portal (政府信息公开, no login): apply online with attachments (captcha), receive a
 * request number and verification code, follow the request and download its letters with them, and read the published
 * annual reports.
 */
@Controller
@RequestMapping("/portal/disclosure")
class PortalDisclosureController {

    static final int MAX_FILES = 5;

    private final DisclosureRequests requests;
    private final DisclosureQueries queries;
    private final DisclosureAnnualReports reports;
    private final OrgDirectory org;
    private final CountySettings county;
    private final Captchas captchas;
    private final Attachments attachments;
    private final OfficialDocuments documents;
    private final TransactionTemplate tx;

    PortalDisclosureController(DisclosureRequests requests, DisclosureQueries queries, DisclosureAnnualReports reports,
                               OrgDirectory org, CountySettings county, Captchas captchas, Attachments attachments,
                               OfficialDocuments documents, TransactionTemplate tx) {
        this.requests = requests;
        this.queries = queries;
        this.reports = reports;
        this.org = org;
        this.county = county;
        this.captchas = captchas;
        this.attachments = attachments;
        this.documents = documents;
        this.tx = tx;
    }

    @GetMapping
    String home(Model model) {
        model.addAttribute("county", county);
        model.addAttribute("units", agencies());
        model.addAttribute("types", ApplicantType.values());
        model.addAttribute("reports", reports.published(county.code()));
        model.addAttribute("unitNames", names());
        return "disclosure/portal";
    }

    @PostMapping("/apply")
    String apply(@RequestParam Map<String, String> form,
                 @RequestParam(name = "files", required = false) List<MultipartFile> files, HttpSession session,
                 Model model, HttpServletResponse response) {
        try {
            captchas.verify(session, form.get("captcha"));
            List<MultipartFile> uploads = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
            if (uploads.size() > MAX_FILES) {
                throw BusinessException.invalid("附件最多 " + MAX_FILES + " 个");
            }
            NewRequest in = new NewRequest(RequestPagesController.longOrNull(form.get("unitId")), null, null,
                    RequestPagesController.enumOrNull(ApplicantType.class, form.get("applicantType")),
                    form.get("applicantName"), form.get("idType"), form.get("idNumber"), form.get("contactPerson"),
                    form.get("phone"), form.get("email"), form.get("address"), form.get("description"),
                    form.get("formWanted"), form.get("deliveryWanted"));
            // the request and its attachments are stored together or not at all
            DisclosureRequests.Registered r = tx.execute(status -> {
                DisclosureRequests.Registered registered = requests.submitOnline(in, county.code());
                for (MultipartFile file : uploads) {
                    try (InputStream content = file.getInputStream()) {
                        attachments.store(AttachmentUpload.of(county.code(), registered.request().unitId(),
                                        file.getOriginalFilename(), "portal")
                                .ownedBy("disclosure", "disc_request", Long.toString(registered.request().id())), content);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return registered;
            });
            model.addAttribute("county", county);
            model.addAttribute("number", r.request().number());
            model.addAttribute("code", r.verificationCode());
            return "disclosure/portal-submitted";
        } catch (BusinessException e) {
            response.setStatus(e.kind().httpStatus());
            model.addAttribute("error", e.getMessage());
            model.addAttribute("values", form);
            return home(model);
        }
    }

    @PostMapping("/status")
    String status(@RequestParam(required = false) String number, @RequestParam(required = false) String code,
                  Model model, HttpServletResponse response) {
        model.addAttribute("county", county);
        DisclosureRequest r = queries.forApplicant(county.code(), number, code).orElse(null);
        if (r == null) {
            response.setStatus(404);
            model.addAttribute("lookupError", "申请编号或查询验证码不正确");
            return home(model);
        }
        model.addAttribute("r", r);
        model.addAttribute("code", code);
        model.addAttribute("unitName", org.unitById(r.unitId()).map(OrgDirectory.UnitRef::name).orElse(""));
        model.addAttribute("deadlines", requests.deadlines(r));
        model.addAttribute("letters", queries.letters(r.id(), true));
        return "disclosure/portal-status";
    }

    /** A public letter of a request, for whoever holds its number and verification code. */
    @PostMapping("/letters/{letterId}")
    ResponseEntity<InputStreamResource> letter(@PathVariable long letterId, @RequestParam String number,
                                               @RequestParam String code) {
        DisclosureRequest r = queries.forApplicant(county.code(), number, code)
                .orElseThrow(() -> BusinessException.notFound("申请编号或查询验证码不正确"));
        Letter letter = queries.letters(r.id(), true).stream().filter(l -> l.id() == letterId).findFirst()
                .orElseThrow(() -> BusinessException.notFound("文书不存在"));
        ScopeFilter scope = new ScopeFilter(DataScope.COUNTY, county.code(), null, null);
        return RequestPagesController.stream(documents.docx(letter.documentId(), scope), attachments);
    }

    @GetMapping("/reports/{id}")
    String report(@PathVariable long id, Model model) {
        AnnualReport r = reports.publishedById(county.code(), id)
                .orElseThrow(() -> BusinessException.notFound("年度报告不存在或尚未发布"));
        ScopeFilter scope = new ScopeFilter(DataScope.COUNTY, county.code(), null, null);
        OrgDirectory.UnitRef unit = reports.unit(r.unitId(), scope);
        DisclosureAnnualReports.Figures f = reports.figures(unit, r.year(), scope);
        model.addAttribute("county", county);
        model.addAttribute("r", r);
        model.addAttribute("unit", unit);
        model.addAttribute("f", f);
        model.addAttribute("rows", ReportRow.values());
        model.addAttribute("headings", Table3.headings());
        model.addAttribute("columnKeys", java.util.stream.IntStream.range(0, Table3.COLUMNS).mapToObj(Table3::columnKey).toList());
        model.addAttribute("kinds", Table4.Kind.values());
        model.addAttribute("subHeadings", Table4.SUB_HEADINGS);
        model.addAttribute("feesSentence", DisclosureAnnualReports.feesSentence(f));
        return "disclosure/portal-report";
    }

    @GetMapping("/reports/{id}/document.docx")
    ResponseEntity<InputStreamResource> reportDocx(@PathVariable long id) {
        AnnualReport r = reports.publishedById(county.code(), id)
                .orElseThrow(() -> BusinessException.notFound("年度报告不存在或尚未发布"));
        ScopeFilter scope = new ScopeFilter(DataScope.COUNTY, county.code(), null, null);
        return RequestPagesController.stream(documents.docx(r.documentId(), scope), attachments);
    }

    /** Agencies that receive applications: the government and its departments. */
    private List<OrgDirectory.UnitRef> agencies() {
        return org.units(new ScopeFilter(DataScope.COUNTY, county.code(), null, null), 2000).stream()
                .filter(u -> u.kind() == UnitKind.GOVERNMENT || u.kind() == UnitKind.DEPARTMENT
                        || u.kind() == UnitKind.TOWNSHIP || u.kind() == UnitKind.SUBDISTRICT)
                .toList();
    }

    private Map<Long, String> names() {
        Map<Long, String> names = new java.util.LinkedHashMap<>();
        org.units(new ScopeFilter(DataScope.COUNTY, county.code(), null, null), 5000)
                .forEach(u -> names.put(u.id(), u.name()));
        return names;
    }
}
