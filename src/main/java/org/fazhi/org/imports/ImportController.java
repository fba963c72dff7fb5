package org.fazhi.org.imports;

import jakarta.servlet.http.HttpServletResponse;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.web.Xlsx;
import org.fazhi.shared.BusinessException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.List;

/**
 * The import page (批量导入): templates to download, uploads of units and people, and the row-by-row report. A
 * rejected upload answers 400 (bad rows) or 409 (the same file again) with the report, and imports nothing.
 */
@Controller
@RequestMapping("/org/import")
@PreAuthorize("hasAuthority('org:import')")
class ImportController {

    private final UnitImport unitImport;
    private final PersonImport personImport;

    ImportController(UnitImport unitImport, PersonImport personImport) {
        this.unitImport = unitImport;
        this.personImport = personImport;
    }

    @GetMapping
    String page() {
        return "org/import";
    }

    @GetMapping("/templates/units")
    ResponseEntity<byte[]> unitTemplate() {
        return Xlsx.attachment("单位导入模板.xlsx", ImportTemplates.units());
    }

    @GetMapping("/templates/people")
    ResponseEntity<byte[]> personTemplate() {
        return Xlsx.attachment("人员导入模板.xlsx", ImportTemplates.people());
    }

    @PostMapping("/units")
    String importUnits(@RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response)
            throws IOException {
        return handle(file, model, response, true);
    }

    @PostMapping("/people")
    String importPeople(@RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response)
            throws IOException {
        return handle(file, model, response, false);
    }

    private String handle(MultipartFile file, Model model, HttpServletResponse response, boolean units)
            throws IOException {
        String kind = units ? UnitImport.KIND : PersonImport.KIND;
        ImportReport report;
        try {
            if (file == null || file.isEmpty()) {
                throw BusinessException.invalid("请选择要上传的文件");
            }
            CurrentUser user = CurrentUser.require();
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
            report = units ? unitImport.run(name, file.getBytes(), user) : personImport.run(name, file.getBytes(), user);
        } catch (BusinessException e) {
            report = ImportReport.rejected(kind, file == null ? "" : file.getOriginalFilename(), 0,
                    List.of(new ImportReport.RowError(0, "", e.getMessage())));
            response.setStatus(e.kind().httpStatus());
        }
        if (!report.imported() && response.getStatus() < 400) {
            response.setStatus(report.duplicateFile() ? 409 : 400);
        }
        model.addAttribute("report", report);
        return "org/import";
    }
}
