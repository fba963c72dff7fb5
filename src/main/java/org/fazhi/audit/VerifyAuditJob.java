package org.fazhi.audit;

import org.fazhi.audit.ChainReport.ChainBreak;
import org.fazhi.shared.OneOffJob;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * {@code java -jar fazhi.jar verify-audit [县代码 …]}: verifies every audit chain (or the named counties' chains),
 * prints a Chinese report and exits with 0 when all are intact, 1 when one is broken, 2 on bad arguments. Suited to a
 * nightly cron job whose non-zero exit raises an alarm. The check is itself recorded, as a platform action of
 * {@code system}.
 */
@Component
class VerifyAuditJob implements OneOffJob {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private final AuditVerifier verifier;
    private final Clock clock;

    VerifyAuditJob(AuditVerifier verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "verify-audit";
    }

    @Override
    public String description() {
        return "校验审计记录的 SM3 哈希链是否完整，可指定县代码；完整返回 0，发现篡改或缺失返回 1";
    }

    @Override
    public int run(List<String> arguments) {
        PrintStream out = System.out;
        for (String county : arguments) {
            if (!county.matches("\\d{6}")) {
                out.println("参数错误：县代码必须是6位数字：" + county);
                return 2;
            }
        }
        VerificationReport report = verifier.verifyAllAndRecord(arguments);
        out.print(render(report));
        out.flush();
        return report.intact() ? 0 : 1;
    }

    String render(VerificationReport report) {
        StringBuilder text = new StringBuilder("审计链校验报告（SM3 哈希链）\n");
        if (report.chains().isEmpty()) {
            return text.append("尚无审计记录，无需校验。\n").toString();
        }
        for (ChainReport chain : report.chains()) {
            ChainBreak fault = chain.firstBreak();
            if (fault == null) {
                text.append(String.format("  %s：完整，共 %d 条记录，链头哈希 %s%n", chainName(chain), chain.entries(),
                        chain.headHash()));
                continue;
            }
            text.append(String.format("  %s：已损坏！首个异常记录：第 %d 号", chainName(chain), fault.seq()));
            if (fault.entryId() != null && fault.occurredAt() != null) {
                text.append(String.format("（ID %d，时间 %s，操作 %s）", fault.entryId(),
                        TIME.format(fault.occurredAt().atZone(clock.getZone())), fault.action()));
            }
            text.append(String.format("%n    异常类型：%s%n    说明：%s%n    此前 %d 条记录完整，最后完整记录的哈希 %s%n",
                    fault.fault().label(), fault.description(), chain.entries(), chain.headHash()));
        }
        text.append(report.intact()
                ? String.format("结论：全部 %d 条链完整，共校验 %d 条记录。%n", report.chains().size(), report.entries())
                : String.format("结论：发现 %d 条链被篡改或缺失记录，请立即核查！%n", report.broken().size()));
        return text.toString();
    }

    private static String chainName(ChainReport chain) {
        return AuditQueries.PLATFORM.equals(chain.countyCode()) ? "平台级（000000）" : "县 " + chain.countyCode();
    }
}
