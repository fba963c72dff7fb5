package org.fazhi.org;

import com.google.code.kaptcha.Producer;
import com.google.code.kaptcha.impl.DefaultKaptcha;
import com.google.code.kaptcha.util.Config;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Properties;

/** The captcha image producer (kaptcha): four characters from a set without look-alikes (no 0/o, 1/l/i, 9/g). */
@Configuration(proxyBeanMethods = false)
class CaptchaConfiguration {

    @Bean
    Producer captchaProducer() {
        Properties p = new Properties();
        p.setProperty("kaptcha.image.width", "120");
        p.setProperty("kaptcha.image.height", "40");
        p.setProperty("kaptcha.border", "no");
        p.setProperty("kaptcha.textproducer.char.string", "2345678abcdefhkmnprstwxy");
        p.setProperty("kaptcha.textproducer.char.length", "4");
        p.setProperty("kaptcha.textproducer.font.size", "30");
        p.setProperty("kaptcha.textproducer.font.names", "DejaVu Sans,Liberation Sans,SansSerif");
        p.setProperty("kaptcha.textproducer.font.color", "31,58,104");
        p.setProperty("kaptcha.noise.color", "98,120,160");
        DefaultKaptcha kaptcha = new DefaultKaptcha();
        kaptcha.setConfig(new Config(p));
        return kaptcha;
    }
}
