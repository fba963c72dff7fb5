package org.fazhi.files;

import jakarta.servlet.http.HttpServletResponse;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.OrgDirectory;
import org.fazhi.shared.BusinessException;
import org.fazhi.shared.Page;
import org.fazhi.shared.PageQuery;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
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
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

/** The attachments page (附件): the list in scope with filters and paging, the upload form, downloads. */
@Controller
@RequestMapping("/files/attachments")
class AttachmentsPageController {

    private final Attachments attachments;
    private final ScopedUnits units;
    private final FilesSettings settings;
    private final MessageSource messages;
    private final Clock clock;

    AttachmentsPageController(Attachments attachments, ScopedUnits units, FilesSettings settings, MessageSource messages,
                              Clock clock) {
        this.attachments = attachments;
        this.units = units;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    /** A table row: the attachment with what the page shows beside it. */
    record Row(Attachment attachment, String unitName, String uploadedAt) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('files:attachment:upload')")
    String list(@RequestParam(required = false) String keyword, @RequestParam(required = false) String module,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
        CurrentUser user = CurrentUser.require();
        PageQuery query = PageQuery.of(page, size);
        Page<Attachment> result = attachments.list(user.filter(), new Attachments.Filter(keyword, module, null), query);
        Map<Long, String> names = units.names(user);
        model.addAttribute("rows", result.items().stream().map(a -> new Row(a, names.getOrDefault(a.unitId(), "—"),
                FilesFormats.dateTime(a.uploadedAt(), clock))).toList());
        model.addAttribute("page", result);
        model.addAttribute("keyword", keyword);
        model.addAttribute("module", module);
        model.addAttribute("units", units.list(user));
        model.addAttribute("defaultUnit", user.unitId());
        model.addAttribute("accept", "." + String.join(",.", FileType.allExtensions()));
        model.addAttribute("maxSize", ContentStore.megabytes(settings.maxUploadSize().toBytes()));
        model.addAttribute("extensions", String.join("、", FileType.allExtensions()));
        return "files/attachments";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('files:attachment:upload')")
    String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) Long unitId,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        CurrentUser user = CurrentUser.require();
        try {
            if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
                throw BusinessException.invalid("请选择要上传的文件");
            }
            OrgDirectory.UnitRef unit = units.require(user, unitId);
            Attachment stored;
            try (InputStream in = file.getInputStream()) {
                stored = attachments.store(AttachmentUpload.of(unit.countyCode(), unit.id(), file.getOriginalFilename(),
                        user.username()), in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            redirect.addFlashAttribute("message", messages.getMessage("files.attachments.uploaded",
                    new Object[]{stored.originalName()}, Locale.SIMPLIFIED_CHINESE));
            return "redirect:/files/attachments";
        } catch (BusinessException e) {
            response.setStatus(e.kind().httpStatus());
            model.addAttribute("error", e.getMessage());
            return list(null, null, null, null, model);
        }
    }

    @GetMapping("/{id}/download")
    @PreAuthorize("hasAuthority('files:attachment:upload')")
    ResponseEntity<InputStreamResource> download(@PathVariable long id) {
        Attachment attachment = attachments.get(id, CurrentUser.require().filter());
        return Downloads.of(attachment, attachments);
    }
}
