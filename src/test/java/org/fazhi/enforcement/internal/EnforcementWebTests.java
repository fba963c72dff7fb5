package org.fazhi.enforcement.internal;

import org.fazhi.FazhiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may open which enforcement page and call which endpoint (权限). */
@FazhiIntegrationTest
class EnforcementWebTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void pagesOpenForTheRolesThatMayUseThem() throws Exception {
        for (String page : new String[]{"/enforcement/registry", "/enforcement/registry?tab=officers",
                "/enforcement/registry?tab=powers", "/enforcement/registry?tab=standards", "/enforcement/records",
                "/enforcement/stats", "/enforcement/records/new"}) {
            mvc.perform(get(page).with(user(users.loadUserByUsername("admin")))).andExpect(status().isOk());
        }
        mvc.perform(get("/enforcement/records").with(user(users.loadUserByUsername("lingdao")))).andExpect(status().isOk());
        mvc.perform(get("/enforcement/stats").with(user(users.loadUserByUsername("sheng")))).andExpect(status().isOk());
    }

    @Test
    void rolesWithoutThePermissionAreRefused() throws Exception {
        // a leader reads but does not register; a clerk enters decisions but does not see the statistics
        mvc.perform(post("/enforcement/registry/bodies").with(csrf()).param("name", "x")
                .with(user(users.loadUserByUsername("lingdao")))).andExpect(status().isForbidden());
        mvc.perform(get("/enforcement/records/new").with(user(users.loadUserByUsername("lingdao"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/enforcement/stats").with(user(users.loadUserByUsername("jingban")))).andExpect(status().isForbidden());
        mvc.perform(get("/enforcement/records").with(user(users.loadUserByUsername("shencha")))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/enforcement/records/1:publish").with(user(users.loadUserByUsername("lingdao"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/enforcement/statistics").param("year", "2025")
                .with(user(users.loadUserByUsername("jingban")))).andExpect(status().isForbidden());
        mvc.perform(get("/enforcement/records")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
    }

    @Test
    void theRegistryFormReportsBadInputInChineseAndStoresNothing() throws Exception {
        mvc.perform(post("/enforcement/registry/bodies").with(csrf()).with(user(users.loadUserByUsername("sifaju")))
                        .param("name", "").param("unit", "不存在的单位").param("kind", "委托"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("执法主体名称不能为空")))
                .andExpect(content().string(containsString("受委托组织须填写委托机关")));
    }

    @Test
    void thePublicPagesNeedNoLogin() throws Exception {
        mvc.perform(get("/portal/enforcement")).andExpect(status().isOk())
                .andExpect(content().string(containsString("行政执法公示")));
        mvc.perform(get("/portal/enforcement/standards")).andExpect(status().isOk())
                .andExpect(content().string(containsString("裁量基准")));
        mvc.perform(get("/api/v1/portal/enforcement/publicity").param("county", "12")).andExpect(status().isBadRequest());
        mvc.perform(get("/portal/enforcement/decisions/999999999")).andExpect(status().isNotFound());
    }

    @Test
    void templatesAndExportsDownload() throws Exception {
        for (String kind : new String[]{"bodies", "officers", "training", "exams", "powers", "standard-items", "records"}) {
            mvc.perform(get("/enforcement/registry/template/" + kind).with(user(users.loadUserByUsername("sifaju"))))
                    .andExpect(status().isOk());
        }
        for (String kind : new String[]{"bodies", "officers", "powers"}) {
            mvc.perform(get("/enforcement/registry/export/" + kind).with(user(users.loadUserByUsername("sifaju"))))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/enforcement/records/export").with(user(users.loadUserByUsername("sifaju")))).andExpect(status().isOk());
    }
}
