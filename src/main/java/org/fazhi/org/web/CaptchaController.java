package org.fazhi.org.web;

import jakarta.servlet.http.HttpSession;
import org.fazhi.org.Captchas;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Serves a fresh captcha image to anyone (public forms); each request replaces the session's previous answer. */
@RestController
class CaptchaController {

    private final Captchas captchas;

    CaptchaController(Captchas captchas) {
        this.captchas = captchas;
    }

    @GetMapping(value = "/captcha", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> image(HttpSession session) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_PNG)
                .body(captchas.issue(session));
    }
}
