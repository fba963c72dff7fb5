package org.fazhi.platform;

import org.fazhi.FazhiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Errors routed by the servlet container (unknown paths, wrong methods) are Chinese, over real HTTP. */
@FazhiIntegrationTest
class ErrorResponsesIntegrationTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String token() throws Exception {
        String body = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"Admin-Test-Pw1\"}")))
                .body();
        return com.jayway.jsonpath.JsonPath.read(body, "$.token");
    }

    @Test
    void publishesTheOpenApiDocument() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/v3/api-docs")).GET());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"openapi\"", "/api/v1/auth/token", "/api/v1/calendar/deadline",
                "/api/v1/audit/entries", "/api/v1/org/units", "/api/v1/files/documents", "/api/v1/worklist/items");
    }

    @Test
    void unknownApiPathIsAChineseProblem() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/no-such-thing"))
                .header("Authorization", "Bearer " + token()).GET());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("不存在");
    }

    @Test
    void wrongMethodIsAChineseProblem() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/auth/token"))
                .header("Authorization", "Bearer " + token()).GET());
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.body()).contains("不支持该请求方法");
    }
}
