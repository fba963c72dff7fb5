package org.fazhi.org;

import jakarta.servlet.http.Cookie;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.FixedCaptchaConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The captcha image is public and its answer is kept in the visitor's database session. A web test of a public form
 * does the same as a browser: {@code GET /captcha}, then posts the form with the {@code SESSION} cookie it received
 * and {@code captcha=}{@link FixedCaptchaConfiguration#ANSWER}.
 */
@FazhiIntegrationTest
class CaptchaWebIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    SessionRepository<? extends Session> sessions;

    @Test
    void anyVisitorGetsAnUncachedImageWhoseAnswerTheSessionKeeps() throws Exception {
        MvcResult result = mvc.perform(get("/captcha"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn();
        Cookie cookie = result.getResponse().getCookie("SESSION");
        assertThat(cookie).isNotNull();
        String id = new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
        Session session = sessions.findById(id);
        assertThat(session).isNotNull();
        Captchas.Challenge challenge = session.getAttribute(Captchas.SESSION_KEY);
        assertThat(challenge.text()).isEqualTo(FixedCaptchaConfiguration.ANSWER);
    }
}
