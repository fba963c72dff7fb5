package org.fazhi.review;

import cn.idev.excel.FastExcel;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.normdocs.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * 送审材料 uploaded with a submission (type and size checked, all or nothing), downloaded by the submitting unit and
 * the assigned reviewer only; the queue and statistics exports with the page's filters, scope and audit.
 */
@FazhiIntegrationTest
class ReviewMaterialsAndExportsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    long market;

    @BeforeEach
    void setUp() {
        api = new ApiClient(mvc, users, json);
        market = jdbc.sql("SELECT id FROM org_unit WHERE name = '示范县市场监督管理局'").query(Long.class).single();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private static byte[] pdf(String salt) {
        return ("%PDF-1.4\n% " + salt + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Submits through the page as jingban with the given files; returns the new request's id. */
    private long submitWithFiles(String title, MockMultipartFile... files) throws Exception {
        var request = multipart("/review/requests");
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        MvcResult r = mvc.perform(request.param("unitId", Long.toString(market)).param("kind", "CONTRACT")
                .param("title", title).param("text", "甲方应当按期支付价款。").param("materialsComplete", "true")
                .with(as("jingban")).with(csrf())).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(302);
        String location = r.getResponse().getRedirectedUrl();
        assertThat(location).matches("/review/requests/\\d+");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private List<Long> materials(long id) {
        return jdbc.sql("SELECT attachment_id FROM rv_request_attachment WHERE request_id = :r ORDER BY attachment_id")
                .param("r", id).query(Long.class).list();
    }

    private int status(String username, String path) throws Exception {
        return mvc.perform(get(path).with(as(username))).andReturn().getResponse().getStatus();
    }

    @Test
    void theUnitAttachesMaterialsAndOnlyTheAssignedReviewerDownloadsThem() throws Exception {
        byte[] content = pdf("contract-" + System.nanoTime());
        long id = submitWithFiles("保洁服务采购合同（材料测试）",
                new MockMultipartFile("files", "保洁服务合同（送审稿）.pdf", "application/pdf", content),
                new MockMultipartFile("files", "采购文件.pdf", "application/pdf", pdf("tender-" + System.nanoTime())));
        List<Long> files = materials(id);
        assertThat(files).hasSize(2);
        String path = "/review/requests/" + id + "/attachments/" + files.get(0);

        MvcResult own = mvc.perform(get(path).with(as("jingban"))).andReturn();
        assertThat(own.getResponse().getStatus()).isEqualTo(200);
        assertThat(own.getResponse().getContentAsByteArray()).isEqualTo(content);
        assertThat(own.getResponse().getHeader("Content-Disposition")).contains("attachment");
        String page = mvc.perform(get("/review/requests/" + id).with(as("jingban"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("保洁服务合同（送审稿）.pdf").contains("采购文件.pdf");

        // not yet assigned: the reviewer cannot see the request, so neither its materials
        assertThat(status("shencha", path)).isEqualTo(404);
        // another unit (a township) cannot read them, by the request or by the attachment id
        assertThat(status("xiangzhen", path)).isEqualTo(404);
        assertThat(status("xiangzhen", "/files/attachments/" + files.get(0) + "/download")).isIn(403, 404);

        assertThat(api.post("sifaju", "/api/v1/review/requests/" + id + "/assign", Map.of("assignee", "shencha")).status())
                .isEqualTo(200);
        MvcResult reviewer = mvc.perform(get(path).with(as("shencha"))).andReturn();
        assertThat(reviewer.getResponse().getStatus()).isEqualTo(200);
        assertThat(reviewer.getResponse().getContentAsByteArray()).isEqualTo(content);
        MvcResult viaApi = mvc.perform(get("/api/v1" + path).with(as("shencha"))).andReturn();
        assertThat(viaApi.getResponse().getStatus()).isEqualTo(200);
        assertThat(viaApi.getResponse().getContentAsByteArray()).isEqualTo(content);
        assertThat(status("xiangzhen", "/api/v1" + path)).isEqualTo(404);

        // a forged pairing: this request's id with another request's file
        long other = submitWithFiles("另一份合同（材料测试）",
                new MockMultipartFile("files", "另一份.pdf", "application/pdf", pdf("other-" + System.nanoTime())));
        assertThat(status("shencha", "/review/requests/" + id + "/attachments/" + materials(other).get(0))).isEqualTo(404);
        assertThat(status("sifaju", "/review/requests/" + id + "/attachments/" + materials(other).get(0))).isEqualTo(404);

        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'review.material.attached' AND object_id = :id")
                .param("id", Long.toString(id)).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aRefusedFileStoresNeitherTheRequestNorAnyFile() throws Exception {
        String title = "劳务派遣合同（拒收测试 " + System.nanoTime() + "）";
        var good = new MockMultipartFile("files", "合同.pdf", "application/pdf", pdf("ok"));
        var fake = new MockMultipartFile("files", "说明.pdf", "application/pdf", "这不是PDF".getBytes(StandardCharsets.UTF_8));
        int code = mvc.perform(multipart("/review/requests").file(good).file(fake).param("unitId", Long.toString(market))
                        .param("kind", "CONTRACT").param("title", title).param("text", "甲方应当按期支付价款。")
                        .with(as("jingban")).with(csrf())).andReturn().getResponse().getStatus();
        assertThat(code).isEqualTo(400);
        assertThat(jdbc.sql("SELECT count(*) FROM rv_request WHERE title = :t").param("t", title).query(Integer.class).single())
                .isZero();

        var exe = new MockMultipartFile("files", "tool.exe", "application/octet-stream", new byte[]{'M', 'Z', 0, 0});
        code = mvc.perform(multipart("/review/requests").file(exe).param("unitId", Long.toString(market))
                .param("kind", "CONTRACT").param("title", title).param("text", "甲方应当按期支付价款。")
                .with(as("jingban")).with(csrf())).andReturn().getResponse().getStatus();
        assertThat(code).isEqualTo(400);
        assertThat(jdbc.sql("SELECT count(*) FROM rv_request WHERE title = :t").param("t", title).query(Integer.class).single())
                .isZero();
    }

    @Test
    void materialsCanBeAddedToAnOpenRequestByItsUnitOnly() throws Exception {
        long id = submitWithFiles("法律顾问服务合同（补充材料测试）");
        assertThat(materials(id)).isEmpty();
        var file = new MockMultipartFile("files", "补正材料.pdf", "application/pdf", pdf("supplement-" + System.nanoTime()));
        int other = mvc.perform(multipart("/review/requests/" + id + "/attachments").file(file)
                .with(as("xiangzhen")).with(csrf())).andReturn().getResponse().getStatus();
        assertThat(other).isEqualTo(404);
        assertThat(materials(id)).isEmpty();
        int own = mvc.perform(multipart("/review/requests/" + id + "/attachments").file(file)
                .with(as("jingban")).with(csrf())).andReturn().getResponse().getStatus();
        assertThat(own).isEqualTo(302);
        assertThat(materials(id)).hasSize(1);
        // the reviewer may read but not submit materials
        int reviewer = mvc.perform(multipart("/review/requests/" + id + "/attachments").file(file)
                .with(as("shencha")).with(csrf())).andReturn().getResponse().getStatus();
        assertThat(reviewer).isEqualTo(403);
    }

    private static List<Map<Integer, String>> sheet(byte[] xlsx, int index) {
        return FastExcel.read(new ByteArrayInputStream(xlsx)).headRowNumber(0).sheet(index).doReadSync();
    }

    @Test
    void theQueueExportFollowsTheFiltersAndTheReviewersAssignment() throws Exception {
        String marker = "导出测试" + System.nanoTime();
        long contract = submitWithFiles(marker + "租赁合同");
        var other = api.post("jingban", "/api/v1/review/requests", Map.of("unitId", market, "kind", "OTHER",
                "title", marker + "信访事项答复意见", "text", "经研究，答复如下。"));
        assertThat(other.status()).isEqualTo(201);

        MvcResult r = mvc.perform(get("/review/requests/export").param("keyword", marker).param("kind", "CONTRACT")
                .with(as("sifaju"))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getContentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        List<Map<Integer, String>> rows = sheet(r.getResponse().getContentAsByteArray(), 0);
        assertThat(rows.get(0).get(0)).isEqualTo("送审事项");
        assertThat(rows.subList(1, rows.size())).extracting(m -> m.get(0)).containsExactly(marker + "租赁合同");
        assertThat(rows.get(1).get(1)).isEqualTo(ReviewKind.CONTRACT.label());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'review.request.exported' AND actor = 'sifaju'")
                .query(Integer.class).single()).isPositive();

        // the reviewer's export holds what is assigned to them, nothing else
        List<Map<Integer, String>> none = sheet(mvc.perform(get("/review/requests/export").param("keyword", marker)
                .with(as("shencha"))).andReturn().getResponse().getContentAsByteArray(), 0);
        assertThat(none).hasSize(1);
        api.post("sifaju", "/api/v1/review/requests/" + contract + "/assign", Map.of("assignee", "shencha"));
        List<Map<Integer, String>> assigned = sheet(mvc.perform(get("/review/requests/export").param("keyword", marker)
                .with(as("shencha"))).andReturn().getResponse().getContentAsByteArray(), 0);
        assertThat(assigned.subList(1, assigned.size())).extracting(m -> m.get(0)).containsExactly(marker + "租赁合同");

        // another unit's export does not hold the market bureau's requests
        List<Map<Integer, String>> township = sheet(mvc.perform(get("/review/requests/export").param("keyword", marker)
                .with(as("xiangzhen"))).andReturn().getResponse().getContentAsByteArray(), 0);
        assertThat(township).hasSize(1);
        assertThat(status("sifaju", "/review/requests/export?kind=NOPE")).isEqualTo(400);
    }

    @Test
    void theStatisticsExportHoldsTheFiguresAndTheRecordsBehindThem() throws Exception {
        long id = submitWithFiles("统计导出测试合同" + System.nanoTime());
        int year = jdbc.sql("SELECT received_on FROM rv_request WHERE id = :id").param("id", id)
                .query(LocalDate.class).single().getYear();
        MvcResult r = mvc.perform(get("/review/stats/export").param("year", Integer.toString(year)).with(as("lingdao"))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        byte[] xlsx = r.getResponse().getContentAsByteArray();
        List<Map<Integer, String>> summary = sheet(xlsx, 0);
        assertThat(summary.get(1).get(0)).isEqualTo("审查件数");
        long total = Long.parseLong(summary.get(1).get(1));
        List<Map<Integer, String>> records = sheet(xlsx, 1);
        assertThat(records.size() - 1).isEqualTo((int) Math.min(total, 1000));
        assertThat(records).extracting(m -> m.get(0)).contains(Long.toString(id));
        assertThat(sheet(xlsx, 2).get(0).get(4)).isEqualTo("意见及采纳情况");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'review.stats.exported' AND actor = 'lingdao' AND object_id = :y")
                .param("y", Integer.toString(year)).query(Integer.class).single()).isPositive();

        assertThat(status("shencha", "/review/stats/export?year=" + year)).isEqualTo(403);
        assertThat(status("lingdao", "/review/stats/export?year=1999")).isEqualTo(400);
    }
}
