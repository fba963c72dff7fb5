package org.fazhi;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on a fresh embedded PostgreSQL with the demo county loaded. All integration tests share this
 * one configuration so that Spring caches a single context (and a single database) for the whole run: tests must
 * therefore create their own records and never assume an empty table. {@code MockMvc} / {@code MockMvcTester} can be
 * injected for web tests; the real port is available for browser tests. Captchas always read
 * {@link FixedCaptchaConfiguration#ANSWER} (fetch {@code /captcha} first, as a browser does).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@AutoConfigureMockMvc
@Import(FixedCaptchaConfiguration.class)
public @interface FazhiIntegrationTest {
}
