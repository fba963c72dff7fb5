package org.fazhi.reconsideration;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.fazhi.files.Attachment;
import org.fazhi.files.AttachmentUpload;
import org.fazhi.files.Attachments;
import org.fazhi.org.Captchas;
import org.fazhi.org.CountySettings;
import org.fazhi.org.OrgDirectory;
import org.fazhi.org.UnitKind;
import org.fazhi.shared.BusinessException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The public reconsideration section (门户·行政复议): apply online with attachments (第二十二条: 可以通过互联网渠道提交),
 * receive a case number and a verification code, follow the progress with both, download the documents served
 * electronically, and read the published decisions with personal data removed (第七十九条).
 */
@Controller
@RequestMapping("/portal/reconsideration")
class PortalPages {

    private static final int MAX_FILES = 10;
    private static final Set<UnitKind> RESPONDENT_KINDS = EnumSet.of(UnitKind.DEPARTMENT, UnitKind.TOWNSHIP,
            UnitKind.SUBDISTRICT, UnitKind.AGENCY);

    private final ReconsiderationCases cases;
    private final CaseStore store;
    private final CaseDownloads downloads;
    private final Attachments attachments;
    private final Captchas captchas;
    private final CountySettings county;
    private final OrgDirectory org;
    private final TransactionTemplate transactions;

    PortalPages(ReconsiderationCases cases, CaseStore store, CaseDownloads downloads, Attachments attachments,
                Captchas captchas, CountySettings county, OrgDirectory org, TransactionTemplate transactions) {
        this.cases = cases;
        this.store = store;
        this.downloads = downloads;
        this.attachments = attachments;
        this.captchas = captchas;
        this.county = county;
        this.org = org;
        this.transactions = transactions;
    }

    @GetMapping
    String home(Model model) {
        model.addAttribute("decisions", store.published(county.code(), 50));
        return "reconsideration/portal-home";
    }

    @GetMapping("/decisions/{id}")
    String decision(@PathVariable long id, Model model) {
        CaseView.Published p = store.published(county.code(), 1000).stream().filter(d -> d.id() == id).findFirst()
                .orElseThrow(() -> BusinessException.notFound("决定书不存在或未公开"));
        model.addAttribute("d", p);
        model.addAttribute("typeLabel", DecisionType.valueOf(p.decisionType()).label());
        return "reconsideration/portal-decision";
    }

    @GetMapping("/apply")
    String applyForm(Model model) {
        if (!model.containsAttribute("form")) {
            RegistrationForm form = new RegistrationForm();
            form.setChannel(Channel.ONLINE);
            model.addAttribute("form", form);
        }
        model.addAttribute("units", org.units(Offices.county(county.code()), 2000).stream()
                .filter(u -> RESPONDENT_KINDS.contains(u.kind())).toList());
        return "reconsideration/portal-apply";
    }

    @PostMapping("/apply")
    String apply(@ModelAttribute("form") RegistrationForm form, BindingResult binding,
                 @RequestParam(value = "files", required = false) List<MultipartFile> files,
                 @RequestParam(required = false) String captcha, HttpSession session, Model model,
                 HttpServletResponse response) {
        try {
            captchas.verify(session, captcha);
            if (binding.hasErrors()) {
                throw BusinessException.invalid("表单中的日期或金额格式不正确，请检查后重新提交");
            }
            List<MultipartFile> uploads = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
            if (uploads.size() > MAX_FILES) {
                throw BusinessException.invalid("附件最多 " + MAX_FILES + " 个");
            }
            form.setChannel(Channel.ONLINE);
            form.setReceivedOn(null);
            Actor portal = Actor.portal(county.code());
            // Registration and attachments are one transaction: a refused file leaves no case behind.
            ReconsiderationCases.Registered r = transactions.execute(status -> {
                ReconsiderationCases.Registered registered = cases.register(form.toDraft(), portal);
                ReconCase c = store.get(registered.id(), portal.scope());
                for (MultipartFile file : uploads) {
                    try (InputStream in = file.getInputStream()) {
                        Attachment stored = attachments.store(AttachmentUpload.of(c.countyCode(), c.unitId(),
                                        file.getOriginalFilename() == null ? "申请材料" : file.getOriginalFilename(), "portal")
                                .ownedBy(CaseClocks.MODULE, "recon_case", Long.toString(c.id())), in);
                        cases.addMaterial(c.id(), stored.id(), "APPLICANT", stored.originalName(), portal);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return registered;
            });
            model.addAttribute("registered", r);
            return "reconsideration/portal-applied";
        } catch (BusinessException e) {
            response.setStatus(e.kind().httpStatus());
            model.addAttribute("error", e.getMessage());
            return applyForm(model);
        }
    }

    @GetMapping("/progress")
    String progressForm() {
        return "reconsideration/portal-progress";
    }

    @PostMapping("/progress")
    String progress(@RequestParam(required = false) String number, @RequestParam(required = false) String code,
                    @RequestParam(required = false) String captcha, HttpSession session, Model model) {
        try {
            captchas.verify(session, captcha);
            ReconCase c = cases.lookup(county.code(), number, code);
            CaseView v = cases.view(c.id(), Actor.portal(county.code()));
            model.addAttribute("v", v);
            model.addAttribute("number", c.number());
            model.addAttribute("code", code.strip());
            return "reconsideration/portal-progress";
        } catch (BusinessException e) {
            // The form is shown again with the reason; a miss is an answer, not a broken page.
            model.addAttribute("error", e.getMessage());
            return "reconsideration/portal-progress";
        }
    }

    /** A document served electronically; number and code are posted again so that they never appear in a URL. */
    @PostMapping("/documents/{doc}")
    ResponseEntity<InputStreamResource> document(@PathVariable long doc, @RequestParam(required = false) String number,
                                                 @RequestParam(required = false) String code) {
        ReconCase c = cases.lookup(county.code(), number, code);
        if (!c.electronicServiceConsent()) {
            throw BusinessException.forbidden("您未同意电子送达，请以纸质文书为准");
        }
        return downloads.document(c, doc, false);
    }

}
