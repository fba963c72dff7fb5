package org.fazhi.disclosure;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.FixedCaptchaConfiguration;
import org.fazhi.org.DataScope;
import org.fazhi.org.OrgFixtures;
import org.fazhi.org.ScopeFilter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The applicant's portal attachments on the staff detail page, downloadable only within the staff user's scope. */
@FazhiIntegrationTest
class DisclosureAttachmentsWebIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    DisclosureRequests requests;

    @Test
    void portalAttachmentIsListedOnTheDetailPageAndScoped() throws Exception {
        MvcResult captcha = mvc.perform(get("/captcha")).andReturn();
        Cookie session = captcha.getResponse().getCookie("SESSION");
        long unit = jdbc.sql("SELECT id FROM org_unit WHERE county_code = '990121' AND name = '示范县市场监督管理局'")
                .query(Long.class).single();
        String name = "营业执照-" + UUID.randomUUID().toString().substring(0, 8) + ".pdf";
        MockMultipartFile file = new MockMultipartFile("files", name, "application/pdf",
                ("%PDF-1.4\n% " + UUID.randomUUID() + "\n1 0 obj << /Type /Catalog >> endobj\n"
                        + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.UTF_8));
        MvcResult applied = mvc.perform(multipart("/portal/disclosure/apply").file(file).cookie(session).with(csrf())
                        .param("unitId", Long.toString(unit)).param("applicantType", "NATURAL_PERSON")
                        .param("applicantName", "钱九").param("idType", "身份证").param("idNumber", OrgFixtures.idNumber())
                        .param("phone", "13700002222").param("description", "2025年特种设备检验情况")
                        .param("formWanted", "ELECTRONIC").param("deliveryWanted", "ONLINE")
                        .param("captcha", FixedCaptchaConfiguration.ANSWER))
                .andExpect(status().isOk()).andReturn();
        String number = applied.getResponse().getContentAsString()
                .replaceAll("(?s).*id=\"submitted-number\">([^<]+)<.*", "$1");
        long id = jdbc.sql("SELECT id FROM disc_request WHERE number = :n").param("n", number).query(Long.class).single();
        long attachment = jdbc.sql("SELECT id FROM files_attachment WHERE owner_module = 'disclosure' "
                + "AND owner_type = 'disc_request' AND owner_id = :id").param("id", Long.toString(id)).query(Long.class).single();

        // the clerk of the unit sees the file on the detail page and can download it
        mvc.perform(get("/disclosure/requests/" + id).with(user(users.loadUserByUsername("jingban"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("/files/attachments/" + attachment + "/download")));
        mvc.perform(get("/files/attachments/" + attachment + "/download").with(user(users.loadUserByUsername("jingban"))))
                .andExpect(status().isOk());
        // the county coordinator sees it too
        mvc.perform(get("/disclosure/requests/" + id).with(user(users.loadUserByUsername("sifaju"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString(name)));
        // a township's user gets neither the request nor the file, even by forged ids
        mvc.perform(get("/disclosure/requests/" + id).with(user(users.loadUserByUsername("xiangzhen"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/files/attachments/" + attachment + "/download").with(user(users.loadUserByUsername("xiangzhen"))))
                .andExpect(status().isNotFound());

        // 转办 to the township: the files follow the request to the unit that now answers it
        long township = jdbc.sql("SELECT id FROM org_unit WHERE county_code = '990121' AND name = '城关镇人民政府'")
                .query(Long.class).single();
        requests.transfer(id, township, "该信息由城关镇人民政府制作并保存",
                new ScopeFilter(DataScope.COUNTY, "990121", null, null), "sifaju");
        mvc.perform(get("/disclosure/requests/" + id).with(user(users.loadUserByUsername("xiangzhen"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString(name)));
        mvc.perform(get("/files/attachments/" + attachment + "/download").with(user(users.loadUserByUsername("xiangzhen"))))
                .andExpect(status().isOk());
        mvc.perform(get("/files/attachments/" + attachment + "/download").with(user(users.loadUserByUsername("jingban"))))
                .andExpect(status().isNotFound());
    }
}
