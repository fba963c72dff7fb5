package org.fazhi.normdocs;

import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** JSON calls to the API as one of the demo users; returns the status and the parsed body. */
public record ApiClient(MockMvc mvc, UserDetailsService users, JsonMapper json) {

    public record Response(int status, JsonNode body, String raw) {
    }

    public Response post(String username, String path, Object body) throws Exception {
        MvcResult r = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(user(users.loadUserByUsername(username)))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body))).andReturn();
        return response(r);
    }

    public Response get(String username, String path) throws Exception {
        return response(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path).with(user(users.loadUserByUsername(username)))).andReturn());
    }

    private Response response(MvcResult r) throws Exception {
        String raw = r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        JsonNode node = raw.isBlank() ? json.nullNode() : json.readTree(raw);
        return new Response(r.getResponse().getStatus(), node, raw);
    }
}
