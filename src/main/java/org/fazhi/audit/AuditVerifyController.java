package org.fazhi.audit;

import org.fazhi.org.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;

/** The chain verification page (审计链校验): a button that runs the check over the chains in the user's scope. */
@Controller
@RequestMapping("/audit/verify")
@PreAuthorize("hasAuthority('" + AuditPermissions.VERIFY + "')")
class AuditVerifyController {

    private final AuditVerifier verifier;
    private final Clock clock;

    AuditVerifyController(AuditVerifier verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    @GetMapping
    String page() {
        return "audit/verify";
    }

    @PostMapping
    String run(Model model) {
        VerificationReport report = verifier.verifyAndRecord(CurrentUser.require());
        Map<String, String> breakTimes = report.broken().stream()
                .filter(c -> c.firstBreak() != null && c.firstBreak().occurredAt() != null)
                .collect(Collectors.toMap(ChainReport::countyCode,
                        c -> AuditLog.TIME.format(c.firstBreak().occurredAt().atZone(clock.getZone()))));
        model.addAttribute("report", report);
        model.addAttribute("breakTimes", breakTimes);
        return "audit/verify";
    }
}
