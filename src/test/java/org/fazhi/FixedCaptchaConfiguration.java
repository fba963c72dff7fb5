package org.fazhi;

import com.google.code.kaptcha.Producer;
import com.google.code.kaptcha.impl.DefaultKaptcha;
import com.google.code.kaptcha.util.Config;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.awt.image.BufferedImage;
import java.util.Properties;

/**
 * Tests answer captchas like people do, but cannot read images: the image still draws, its text is always
 * {@link #ANSWER}. Everything else (session storage, single use, expiry) is the production path.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FixedCaptchaConfiguration {

    public static final String ANSWER = "2468";

    @Bean
    @Primary
    Producer fixedCaptchaProducer() {
        DefaultKaptcha images = new DefaultKaptcha();
        images.setConfig(new Config(new Properties()));
        return new Producer() {
            @Override
            public BufferedImage createImage(String text) {
                return images.createImage(text);
            }

            @Override
            public String createText() {
                return ANSWER;
            }
        };
    }
}
