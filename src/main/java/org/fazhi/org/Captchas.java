package org.fazhi.org;

import com.google.code.kaptcha.Producer;
import jakarta.servlet.http.HttpSession;
import org.fazhi.shared.BusinessException;
import org.springframework.stereotype.Service;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * 图形验证码 for the public forms of the portal (DESIGN §6: "captcha on forms"). The answer lives in the visitor's
 * session (stored in the database, so it works across instances) and is good for one attempt within five minutes:
 * a wrong answer, a replay or a stale image all need a new image.
 *
 * <p>Use: the form includes {@code fragments :: captcha}; the handler calls {@link #verify(HttpSession, String)} before
 * it changes anything.
 */
@Service
public class Captchas {

    static final String SESSION_KEY = Captchas.class.getName();
    static final Duration VALIDITY = Duration.ofMinutes(5);

    private final Producer producer;
    private final Clock clock;

    Captchas(Producer producer, Clock clock) {
        this.producer = producer;
        this.clock = clock;
    }

    /** Draws a new image, remembers its answer in the session (replacing any earlier one) and returns it as PNG. */
    public byte[] issue(HttpSession session) {
        String text = producer.createText();
        session.setAttribute(SESSION_KEY, new Challenge(text, clock.instant().plus(VALIDITY)));
        BufferedImage image = producer.createImage(text);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks the visitor's answer (case-insensitive, surrounding blanks ignored) and uses the challenge up.
     *
     * @throws BusinessException 验证码不正确 / 已过期 — the form is refused and changes nothing
     */
    public void verify(HttpSession session, String answer) {
        Object stored = session.getAttribute(SESSION_KEY);
        session.removeAttribute(SESSION_KEY);
        if (!(stored instanceof Challenge challenge)) {
            throw BusinessException.invalid("请先获取验证码");
        }
        if (clock.instant().isAfter(challenge.expiresAt())) {
            throw BusinessException.invalid("验证码已过期，请点击图片刷新后重新输入");
        }
        if (answer == null || !challenge.text().equalsIgnoreCase(answer.strip().toLowerCase(Locale.ROOT))) {
            throw BusinessException.invalid("验证码不正确，请点击图片刷新后重新输入");
        }
    }

    /** What the session keeps: the expected text and until when it counts. Serializable for the JDBC session store. */
    record Challenge(String text, Instant expiresAt) implements java.io.Serializable {
    }
}
