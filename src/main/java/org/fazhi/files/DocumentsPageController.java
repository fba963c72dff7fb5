package org.fazhi.files;

import jakarta.servlet.http.HttpServletResponse;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.OrgDirectory;
import org.fazhi.shared.BusinessException;
import org.fazhi.shared.Page;
import org.fazhi.shared.PageQuery;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The documents page (文书与文号): generate a 通用公文 from a form, list the documents in scope with their Word and PDF
 * downloads, and show the registry of numbers per unit, type and year, with its export and the 代字 settings.
 */
@Controller
@RequestMapping("/files/documents")
class DocumentsPageController {

    private final OfficialDocuments documents;
    private final DocumentNumbers numbers;
    private final DocumentTypes types;
    private final Attachments attachments;
    private final ScopedUnits units;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DocumentsPageController(OfficialDocuments documents, DocumentNumbers numbers, DocumentTypes types,
                            Attachments attachments, ScopedUnits units, MessageSource messages,
                            ApplicationEventPublisher events, Clock clock) {
        this.documents = documents;
        this.numbers = numbers;
        this.types = types;
        this.attachments = attachments;
        this.units = units;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /** A table row of the document list. */
    record Row(OfficialDocument document, String unitName, String typeName, String generatedAt) {
    }

    /** A line of the registry: a series and whether its serials run without gaps. */
    record SeriesRow(DocumentNumbers.Series series, String unitName, String typeName, String lastIssuedAt,
                     boolean continuous) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('files:document:generate')")
    String page(@RequestParam(required = false) String keyword, @RequestParam(required = false) String type,
                @RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size, Model model) {
        if (!model.containsAttribute("form")) {
            DocumentForm form = new DocumentForm();
            form.setUnitId(CurrentUser.require().unitId());
            model.addAttribute("form", form);
        }
        CurrentUser user = CurrentUser.require();
        Map<Long, String> unitNames = units.names(user);
        Map<String, String> typeNames = typeNames();
        Page<OfficialDocument> result = documents.list(user.filter(), new OfficialDocuments.Filter(keyword, type, year, null),
                PageQuery.of(page, size));
        model.addAttribute("rows", result.items().stream().map(d -> new Row(d, unitNames.getOrDefault(d.unitId(), "—"),
                typeNames.getOrDefault(d.docType(), d.docType()), FilesFormats.dateTime(d.generatedAt(), clock))).toList());
        model.addAttribute("page", result);
        model.addAttribute("keyword", keyword);
        model.addAttribute("type", type);
        model.addAttribute("year", year);
        model.addAttribute("units", units.list(user));
        model.addAttribute("types", types.list());
        model.addAttribute("series", numbers.series(user.filter(), year).stream().map(s -> new SeriesRow(s,
                unitNames.getOrDefault(s.unitId(), "—"), typeNames.getOrDefault(s.docType(), s.docType()),
                FilesFormats.dateTime(s.lastIssuedAt(), clock), s.issued() == s.lastSerial())).toList());
        model.addAttribute("prefixes", types.unitPrefixes(user.countyCode()).stream()
                .filter(p -> unitNames.containsKey(p.unitId())).toList());
        model.addAttribute("unitNames", unitNames);
        model.addAttribute("typeNames", typeNames);
        model.addAttribute("thisYear", LocalDate.now(clock).getYear());
        return "files/documents";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('files:document:generate')")
    String generate(@ModelAttribute("form") DocumentForm form, BindingResult binding, Model model,
                    RedirectAttributes redirect, HttpServletResponse response) {
        CurrentUser user = CurrentUser.require();
        try {
            if (binding.hasFieldErrors("documentDate")) {
                throw BusinessException.invalid("成文日期格式不正确，应为 YYYY-MM-DD");
            }
            if (binding.hasErrors()) {
                throw BusinessException.invalid("表单内容不正确，请检查后重新提交");
            }
            OrgDirectory.UnitRef unit = units.require(user, form.getUnitId());
            OfficialDocument document = documents.generate(form.toRequest(unit.id()));
            redirect.addFlashAttribute("message", messages.getMessage("files.documents.generated",
                    new Object[]{document.number() == null ? document.title() : document.number()}, Locale.SIMPLIFIED_CHINESE));
            return "redirect:/files/documents";
        } catch (BusinessException e) {
            response.setStatus(e.kind().httpStatus());
            model.addAttribute("error", e.getMessage());
            return page(null, null, null, null, null, model);
        }
    }

    @GetMapping("/{id}.docx")
    @PreAuthorize("hasAuthority('files:document:generate')")
    ResponseEntity<InputStreamResource> docx(@PathVariable long id) {
        return Downloads.of(documents.docx(id, CurrentUser.require().filter()), attachments);
    }

    /** A missing CJK font is reported on the page, not as an error page: the Word file is still there. */
    @GetMapping("/{id}.pdf")
    @PreAuthorize("hasAuthority('files:document:generate')")
    Object pdf(@PathVariable long id, RedirectAttributes redirect) {
        try {
            return Downloads.of(documents.pdf(id, CurrentUser.require().filter()), attachments);
        } catch (BusinessException e) {
            if (e.kind() != BusinessException.Kind.CONFLICT) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/files/documents";
        }
    }

    @PostMapping("/types")
    @PreAuthorize("hasAuthority('org:unit:manage')")
    String configure(@RequestParam Long unitId, @RequestParam String docType, @RequestParam(required = false) String prefix,
                     RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        try {
            if (user.scope() != org.fazhi.org.DataScope.COUNTY && user.scope() != org.fazhi.org.DataScope.PROVINCE) {
                // A 代字 decides whose number series a document joins: a unit may not choose its own.
                throw BusinessException.forbidden("发文机关代字须由县级管理员设置");
            }
            OrgDirectory.UnitRef unit = units.require(user, unitId);
            types.configure(unit.countyCode(), unit.id(), docType, prefix, user.username());
            redirect.addFlashAttribute("message", messages.getMessage("files.documents.prefixSaved", null,
                    Locale.SIMPLIFIED_CHINESE));
        } catch (BusinessException e) {
            if (e.kind() == BusinessException.Kind.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/files/documents";
    }

    @GetMapping("/registry.xlsx")
    @PreAuthorize("hasAuthority('files:document:generate')")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Integer year) {
        CurrentUser user = CurrentUser.require();
        List<DocumentNumbers.IssuedNumber> rows = numbers.export(user.filter(), year, RegistryExport.MAX_ROWS);
        byte[] xlsx = RegistryExport.xlsx(rows, units.names(user), typeNames(), clock);
        events.publishEvent(new DocumentRegistryExported(user.countyCode(), user.username(), year, rows.size()));
        String name = "文号登记簿" + (year == null ? "" : "-" + year) + ".xlsx";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(FileType.XLSX.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(xlsx);
    }

    private Map<String, String> typeNames() {
        Map<String, String> names = new LinkedHashMap<>();
        types.list().forEach(t -> names.put(t.code(), t.name()));
        return names;
    }
}
