package org.fazhi.org;

import com.google.code.kaptcha.Producer;
import org.fazhi.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaptchasTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T01:00:00Z"));
    private final Captchas captchas = new Captchas(new FixedText("ab34"), clock);
    private final MockHttpSession session = new MockHttpSession();

    @Test
    void issuesAPngImage() {
        byte[] png = captchas.issue(session);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void acceptsTheRightAnswerOnceIgnoringCaseAndBlanks() {
        captchas.issue(session);
        captchas.verify(session, " AB34 ");
        assertThatThrownBy(() -> captchas.verify(session, "ab34"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("请先获取验证码");
    }

    @Test
    void aWrongAnswerUsesTheImageUp() {
        captchas.issue(session);
        assertThatThrownBy(() -> captchas.verify(session, "ab35")).hasMessageContaining("验证码不正确");
        assertThatThrownBy(() -> captchas.verify(session, "ab34")).hasMessageContaining("请先获取验证码");
    }

    @Test
    void refusesAnExpiredImage() {
        captchas.issue(session);
        clock.advance(Captchas.VALIDITY.plusSeconds(1));
        assertThatThrownBy(() -> captchas.verify(session, "ab34")).hasMessageContaining("已过期");
    }

    @Test
    void refusesWithoutAnImage() {
        assertThatThrownBy(() -> captchas.verify(session, "ab34")).hasMessageContaining("请先获取验证码");
    }

    @Test
    void aNewImageReplacesTheOldAnswer() {
        Captchas changing = new Captchas(new FixedText("k7m2"), clock);
        captchas.issue(session);
        changing.issue(session);
        assertThatThrownBy(() -> captchas.verify(session, "ab34")).hasMessageContaining("验证码不正确");
    }

    private record FixedText(String text) implements Producer {
        @Override
        public BufferedImage createImage(String t) {
            return new CaptchaConfiguration().captchaProducer().createImage(t);
        }

        @Override
        public String createText() {
            return text;
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
