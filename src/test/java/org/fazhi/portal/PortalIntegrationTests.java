package org.fazhi.portal;

import org.fazhi.FazhiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@FazhiIntegrationTest
class PortalIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PortalSettings settings;

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void portalIsPublicAndNamesTheCounty() throws Exception {
        mvc.perform(get("/portal").with(from("10.0.0.1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("示范县法治政府建设公开门户")))
                .andExpect(content().string(containsString("行政规范性文件库")))
                .andExpect(content().string(containsString("建设中")));
        mvc.perform(get("/portal/issuers").with(from("10.0.0.1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("示范县人民政府")));
    }

    @Test
    void limitsRequestsPerClientAddress() throws Exception {
        for (int i = 0; i < settings.requestsPerMinute(); i++) {
            mvc.perform(get("/portal").with(from("10.9.9.9"))).andExpect(status().isOk());
        }
        mvc.perform(get("/portal").with(from("10.9.9.9")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().string(containsString("访问过于频繁")));
        mvc.perform(get("/portal").with(from("10.9.9.10"))).andExpect(status().isOk());
    }

    @Test
    void limitsThePublicJsonApiPerClientAddressWithAProblemDetail() throws Exception {
        for (int i = 0; i < settings.apiRequestsPerMinute(); i++) {
            mvc.perform(get("/api/v1/portal/enforcement/publicity").param("q", "限流测试").with(from("10.7.7.7")))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/portal/enforcement/publicity").param("q", "限流测试").with(from("10.7.7.7")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().contentTypeCompatibleWith(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.detail")
                        .value(containsString("访问过于频繁")));
        // the pages have their own bucket, other addresses theirs
        mvc.perform(get("/portal").with(from("10.7.7.7"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/portal/enforcement/publicity").param("q", "限流测试").with(from("10.7.7.8")))
                .andExpect(status().isOk());
    }
}
