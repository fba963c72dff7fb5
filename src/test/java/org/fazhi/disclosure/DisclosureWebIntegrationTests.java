package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.FixedCaptchaConfiguration;
import org.fazhi.org.OrgFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Permissions, data scope (forged ids), PII masking, the API's shapes and the public portal form. */
@FazhiIntegrationTest
class DisclosureWebIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    DisclosureRequests requests;
    @Autowired
    JdbcClient jdbc;

    private String json(long unit) {
        return """
                {"unitId": %d, "channel": "REGISTERED_POST", "channelDate": "2025-09-26", "applicantType": "COMMERCIAL",
                 "applicantName": "示范县某建材有限公司", "idType": "统一社会信用代码", "idNumber": "91990121MA00000001",
                 "phone": "13800001111", "description": "2025年砂石开采许可的审批文件", "formWanted": "ELECTRONIC",
                 "deliveryWanted": "EMAIL"}""".formatted(unit);
    }

    private long marketUnit() {
        return jdbc.sql("SELECT id FROM org_unit WHERE county_code = '990121' AND name = '示范县市场监督管理局'")
                .query(Long.class).single();
    }

    @Test
    @WithUserDetails("sifaju")
    void registerReturnsNumberAndReplyDeadlineWithCitation() throws Exception {
        long unit = DisclosureFixtures.department(jdbc);
        mvc.perform(post("/api/v1/disclosure/requests").contentType(MediaType.APPLICATION_JSON).content(json(unit)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value(containsString("GK")))
                .andExpect(jsonPath("$.receivedOn").value("2025-09-26"))
                .andExpect(jsonPath("$.deadlines[0].kind").value("REPLY"))
                .andExpect(jsonPath("$.deadlines[0].due").value("2025-10-30"))
                .andExpect(jsonPath("$.deadlines[0].citation").value(containsString("第三十三条")));
    }

    @Test
    @WithUserDetails("sifaju")
    void badInputIsRefusedInChineseAndChangesNothing() throws Exception {
        long unit = DisclosureFixtures.department(jdbc);
        MvcResult created = mvc.perform(post("/api/v1/disclosure/requests").contentType(MediaType.APPLICATION_JSON)
                .content(json(unit))).andExpect(status().isCreated()).andReturn();
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();
        mvc.perform(post("/api/v1/disclosure/requests/" + id + "/reply").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"NOT_HELD\", \"on\": \"2025-10-09\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("法律依据")));
        mvc.perform(post("/api/v1/disclosure/requests/" + id + "/extend").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"days\": 10, \"reason\": \"档案\", \"on\": \"2025-10-09\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("负责人同意")));
        mvc.perform(get("/api/v1/disclosure/requests/" + id))
                .andExpect(jsonPath("$.status").value("PROCESSING"))
                .andExpect(jsonPath("$.extensionDays").value(0));
        mvc.perform(post("/api/v1/disclosure/requests/" + id + "/reply").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"NOT_HELD\", \"legalBasis\": \"《中华人民共和国政府信息公开条例》第三十六条第（四）项\","
                                + " \"on\": \"2025-10-09\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reportRow").value("UNABLE_NOT_HELD"));
    }

    @Test
    @WithUserDetails("lingdao")
    void leaderReadsButCannotRegister() throws Exception {
        mvc.perform(post("/api/v1/disclosure/requests").contentType(MediaType.APPLICATION_JSON).content(json(marketUnit())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/disclosure/requests")).andExpect(status().isOk());
        mvc.perform(get("/disclosure/requests/export.csv")).andExpect(status().isOk())
                .andExpect(content().string(containsString("申请编号")));
        mvc.perform(get("/disclosure/statistics")).andExpect(status().isOk())
                .andExpect(content().string(containsString("按期答复率")));
    }

    @Test
    @WithUserDetails("jingban")
    void clerkSeesOwnUnitMaskedAndNotAnotherUnitsRequest() throws Exception {
        String idNumber = OrgFixtures.idNumber();
        NewRequest base = DisclosureFixtures.request(marketUnit(), ApplicantType.NATURAL_PERSON, "赵六",
                LocalDate.of(2025, 6, 3));
        DisclosureRequest own = requests.register(new NewRequest(base.unitId(), base.channel(), base.channelDate(),
                base.applicantType(), base.applicantName(), "身份证", idNumber, null, "13912345678", null, base.address(),
                base.description(), "ELECTRONIC", "EMAIL"), DisclosureFixtures.COUNTY, "test").request();
        mvc.perform(get("/api/v1/disclosure/requests/" + own.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.idNumber").value(idNumber.substring(0, 6) + "********" + idNumber.substring(14)))
                .andExpect(jsonPath("$.phone").value("139****5678"));
        mvc.perform(get("/disclosure/requests/" + own.id())).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(idNumber))));

        long other = DisclosureFixtures.department(jdbc);
        DisclosureRequest foreign = requests.register(DisclosureFixtures.request(other, ApplicantType.NATURAL_PERSON, "孙七",
                LocalDate.of(2025, 6, 3)), DisclosureFixtures.COUNTY, "test").request();
        mvc.perform(get("/api/v1/disclosure/requests/" + foreign.id())).andExpect(status().isNotFound());
        mvc.perform(get("/disclosure/requests/" + foreign.id())).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/disclosure/requests/" + foreign.id() + "/close").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"伪造\"}")).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/disclosure/requests").contentType(MediaType.APPLICATION_JSON).content(json(other)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/disclosure/annual-report").param("year", "2025").param("unit", Long.toString(other)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT status FROM disc_request WHERE id = :id").param("id", foreign.id())
                .query(String.class).single()).isEqualTo("PROCESSING");
    }

    @Test
    void portalApplicationWithAttachmentNumberCodeAndStatus() throws Exception {
        MvcResult captcha = mvc.perform(get("/captcha")).andReturn();
        Cookie session = captcha.getResponse().getCookie("SESSION");
        long unit = marketUnit();
        MockMultipartFile file = new MockMultipartFile("files", "身份证明.pdf", "application/pdf",
                ("%PDF-1.4\n% " + java.util.UUID.randomUUID() + "\n1 0 obj << /Type /Catalog >> endobj\n"
                        + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        MvcResult applied = mvc.perform(multipart("/portal/disclosure/apply").file(file).cookie(session).with(csrf())
                        .param("unitId", Long.toString(unit)).param("applicantType", "NATURAL_PERSON")
                        .param("applicantName", "周八").param("idType", "身份证").param("idNumber", OrgFixtures.idNumber())
                        .param("phone", "13700001111").param("description", "2025年食品经营许可办理情况统计")
                        .param("formWanted", "ELECTRONIC").param("deliveryWanted", "ONLINE")
                        .param("captcha", FixedCaptchaConfiguration.ANSWER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("submitted-number")))
                .andReturn();
        String html = applied.getResponse().getContentAsString();
        String number = html.replaceAll("(?s).*id=\"submitted-number\">([^<]+)<.*", "$1");
        String code = html.replaceAll("(?s).*id=\"submitted-code\">([^<]+)<.*", "$1");
        assertThat(number).startsWith("GK");
        long id = jdbc.sql("SELECT id FROM disc_request WHERE number = :n").param("n", number).query(Long.class).single();
        assertThat(jdbc.sql("SELECT count(*) FROM files_attachment WHERE owner_module = 'disclosure' AND owner_id = :id")
                .param("id", Long.toString(id)).query(Integer.class).single()).isEqualTo(1);
        mvc.perform(post("/portal/disclosure/status").with(csrf()).param("number", number).param("code", code))
                .andExpect(status().isOk()).andExpect(content().string(containsString("待确认收到")));
        mvc.perform(post("/portal/disclosure/status").with(csrf()).param("number", number).param("code", "000000x"))
                .andExpect(status().isNotFound());
        // a wrong captcha changes nothing
        mvc.perform(multipart("/portal/disclosure/apply").cookie(session).with(csrf()).param("unitId", Long.toString(unit))
                        .param("applicantName", "周八").param("captcha", "wrong"))
                .andExpect(status().isBadRequest());
    }
}
