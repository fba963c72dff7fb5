package org.fazhi.indicators;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fazhi.org.CurrentUser;
import org.fazhi.shared.BusinessException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The indicator catalog page (指标目录) and its maintenance: everyone with {@code indicators:view} reads every
 * definition; the administrator and the 依法治县办 ({@code indicators:catalog:edit}) add and edit reported ones.
 * Computed definitions are shown read-only with the module that computes them and their citation.
 */
@Controller
@RequestMapping("/indicators/catalog")
class CatalogPageController {

    private final IndicatorCatalog catalog;
    private final CatalogDefinitions definitions;

    CatalogPageController(IndicatorCatalog catalog, CatalogDefinitions definitions) {
        this.catalog = catalog;
        this.definitions = definitions;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('indicators:view')")
    String catalogPage(Model model) {
        List<CatalogEntry> entries = catalog.entries();
        Map<String, String> modules = new LinkedHashMap<>();
        Map<String, String> transitions = new LinkedHashMap<>();
        for (CatalogEntry e : entries) {
            catalog.moduleOf(e.code()).ifPresent(m -> modules.put(e.code(), m));
            catalog.transitionYear(e.code()).ifPresent(t -> transitions.put(e.code(), t.toString()));
        }
        model.addAttribute("entries", entries);
        model.addAttribute("modules", modules);
        model.addAttribute("transitions", transitions);
        model.addAttribute("canEdit", CurrentUser.require().can(CatalogDefinitions.PERMISSION));
        return "indicators/catalog";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('indicators:catalog:edit')")
    String newForm(Model model) {
        return editor(model, CatalogDefinitions.DefinitionForm.blank(), null, null);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('indicators:catalog:edit')")
    String create(@ModelAttribute CatalogDefinitions.DefinitionForm form, Model model, RedirectAttributes redirect) {
        try {
            String code = definitions.create(form, CurrentUser.require());
            redirect.addFlashAttribute("message", "已新增填报指标 " + code);
            return "redirect:/indicators/catalog#def-" + code;
        } catch (BusinessException e) {
            return editor(model, form, null, e.getMessage());
        }
    }

    @GetMapping("/{code}/edit")
    @PreAuthorize("hasAuthority('indicators:catalog:edit')")
    String editForm(@PathVariable String code, Model model) {
        CatalogEntry entry = catalog.require(code);
        if (entry.origin() == CatalogEntry.Origin.COMPUTED) {
            throw BusinessException.conflict("指标 " + code + " 由业务模块计算，口径以模块定义为准，不能在此修改");
        }
        return editor(model, CatalogDefinitions.DefinitionForm.of(entry, catalog.transitionYear(code).orElse(null)),
                code, null);
    }

    @PostMapping("/{code}")
    @PreAuthorize("hasAuthority('indicators:catalog:edit')")
    String update(@PathVariable String code, @ModelAttribute CatalogDefinitions.DefinitionForm form, Model model,
                  RedirectAttributes redirect) {
        try {
            definitions.update(code, form, CurrentUser.require());
            redirect.addFlashAttribute("message", "已保存填报指标 " + code);
            return "redirect:/indicators/catalog#def-" + code;
        } catch (BusinessException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("指标不存在")) {
                throw e;
            }
            return editor(model, form, code, e.getMessage());
        }
    }

    private String editor(Model model, CatalogDefinitions.DefinitionForm form, @Nullable String editing,
                          @Nullable String error) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("error", error);
        model.addAttribute("families", IndicatorFamily.values());
        model.addAttribute("levelOptions", IndicatorDefinition.Level.values());
        model.addAttribute("operators", TargetOperator.values());
        model.addAttribute("wholes", catalog.entries().stream()
                .filter(e -> !e.isRate() && e.partOf() == null && !e.code().equals(editing)).toList());
        model.addAttribute("selectedLevels", form.levels() == null ? List.of() : form.levels());
        return "indicators/catalog-edit";
    }
}
