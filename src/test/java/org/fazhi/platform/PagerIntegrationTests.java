package org.fazhi.platform;

import org.fazhi.FazhiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The shared pager renders previous/next links that keep the list's filters. */
@FazhiIntegrationTest
class PagerIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    @WithUserDetails("admin")
    void linksToTheNextAndPreviousPagesKeepingFilters() throws Exception {
        // The first start alone leaves more than two audit entries in the county.
        mvc.perform(get("/audit?size=1&page=2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"audit-next\"")))
                .andExpect(content().string(containsString("href=\"/audit?size=1&amp;page=3\"")))
                .andExpect(content().string(containsString("href=\"/audit?size=1&amp;page=1\"")));
    }
}
