package org.fazhi.tasks;

import org.fazhi.shared.BusinessException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading the published text of seed 002 (沙坡头区法治政府建设2024年工作要点) and of texts that are not plans. */
class PlanTextParserTests {

    static String seed() throws IOException {
        try (InputStream in = PlanTextParserTests.class.getResourceAsStream("/tasks/seed-002-shapotou-2024.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void seedImportsIntoEightPartsAndThirtySixTasks() throws IOException {
        PlanText plan = PlanTextParser.parse(seed());
        assertThat(plan.title()).isEqualTo("沙坡头区法治政府建设2024年工作要点");
        assertThat(plan.year()).isEqualTo(2024);
        assertThat(plan.issuedOn()).isEqualTo(LocalDate.of(2024, 4, 9));
        assertThat(plan.parts()).hasSize(8);
        assertThat(plan.taskCount()).isEqualTo(36);
        assertThat(plan.parts().get(0).title()).isEqualTo("强化法治政府建设组织领导");
        assertThat(plan.parts().get(7).title()).isEqualTo("促进行政权力规范透明运行");
        assertThat(plan.parts().stream().map(p -> p.tasks().size()).toList()).containsExactly(4, 3, 5, 6, 6, 3, 5, 4);
        List<Integer> numbers = plan.parts().stream().flatMap(p -> p.tasks().stream()).map(PlanText.Task::number).toList();
        assertThat(numbers).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 36).boxed().toList());
        assertThat(plan.preamble()).startsWith("2024年，沙坡头区法治政府建设工作总体要求是".replace('，', ','));
        assertThat(plan.closing()).contains("各乡镇、各部门要认真对照");
    }

    @Test
    void tasksCarryTitleBodyAndUnits() throws IOException {
        PlanText.Task first = task(PlanTextParser.parse(seed()), 1);
        assertThat(first.title()).isEqualTo("强化党对法治政府建设的领导");
        assertThat(first.body()).startsWith("持续深入学习贯彻习近平法治思想").endsWith("进头脑。");
        assertThat(first.leadNames()).containsExactly("区政府办公室", "区委宣传部", "区司法局");
        assertThat(first.otherNames()).containsExactly("各乡镇", "各部门");
        PlanText.Task t19 = task(PlanTextParser.parse(seed()), 19);
        assertThat(t19.leadNames()).hasSize(9).contains("区综合执法局", "区市场监督管理分局");
        assertThat(t19.otherNames()).containsExactly("各乡镇", "各行政执法部门");
    }

    @Test
    void datedRequirementsAreProposedInThePlanYear() throws IOException {
        PlanText plan = PlanTextParser.parse(seed());
        assertThat(deadlines(task(plan, 2))).containsExactly(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 1));
        assertThat(task(plan, 2).proposals()).extracting(PlanText.Proposal::phrase).contains("3月1日前", "4月1日前");
        assertThat(deadlines(task(plan, 15))).containsExactly(LocalDate.of(2024, 3, 31));
        assertThat(deadlines(task(plan, 19))).containsExactly(LocalDate.of(2024, 12, 31));
        assertThat(deadlines(task(plan, 23))).containsExactly(LocalDate.of(2024, 12, 31));
        assertThat(deadlines(task(plan, 1))).isEmpty();
    }

    @Test
    void targetsAreProposedWithTheirValues() throws IOException {
        PlanText plan = PlanTextParser.parse(seed());
        assertThat(targets(task(plan, 4))).containsExactly("COUNT 2 次");
        assertThat(targets(task(plan, 6))).contains("HOURS 60 学时", "COUNT 1 次");
        assertThat(targets(task(plan, 13))).containsExactly("COUNT 1 件");
        assertThat(targets(task(plan, 30))).containsExactly("RATE 100 %");
        assertThat(targets(task(plan, 34))).containsExactly("RATE 100 %");
    }

    @Test
    void textThatIsNotAPlanIsRefused() {
        assertThatThrownBy(() -> PlanTextParser.parse("关于召开会议的通知\n请各单位按时参会。"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("未能识别出工作要点");
        assertThatThrownBy(() -> PlanTextParser.parse("   ")).isInstanceOf(BusinessException.class);
    }

    @Test
    void fullWidthPunctuationAndChineseNumeralsAreRead() {
        PlanText plan = PlanTextParser.parse("""
                示范县法治政府建设2025年工作要点
                一、加强组织领导
                1．完善推进机制。第二季度末前完成评估，至少开展两次督察。（牵头单位：县司法局；责任单位：各乡镇）
                """);
        PlanText.Task t = plan.parts().get(0).tasks().get(0);
        assertThat(t.leadNames()).containsExactly("县司法局");
        assertThat(deadlines(t)).containsExactly(LocalDate.of(2025, 6, 30));
        assertThat(targets(t)).containsExactly("COUNT 2 次");
    }

    static PlanText.Task task(PlanText plan, int number) {
        return plan.parts().stream().flatMap(p -> p.tasks().stream()).filter(t -> t.number() == number).findFirst()
                .orElseThrow();
    }

    private static List<LocalDate> deadlines(PlanText.Task task) {
        return task.proposals().stream().filter(p -> p.kind() == PlanText.ProposalKind.DEADLINE)
                .map(PlanText.Proposal::date).toList();
    }

    private static List<String> targets(PlanText.Task task) {
        return task.proposals().stream().filter(p -> p.kind() != PlanText.ProposalKind.DEADLINE)
                .map(p -> p.kind() + " " + p.value() + " " + p.unitWord()).toList();
    }
}
