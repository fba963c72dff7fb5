package org.fazhi.org;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/auth/token}: exchange a username and password for a bearer token. */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "认证", description = "获取接口访问令牌")
class AuthApiController {

    private final ApiTokens tokens;

    AuthApiController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    /** Credentials. */
    record TokenRequest(String username, String password) {
    }

    @org.springframework.web.bind.annotation.GetMapping("/me")
    @Operation(summary = "当前令牌对应的用户、单位、数据范围和权限")
    CurrentUser me() {
        return CurrentUser.require();
    }

    @PostMapping("/token")
    @Operation(summary = "用用户名和密码换取访问令牌（Authorization: Bearer）")
    ApiTokens.IssuedToken token(@RequestBody TokenRequest request) {
        return tokens.issue(request.username(), request.password());
    }
}
