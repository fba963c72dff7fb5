package org.fazhi.files;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.org.AccountPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Attachments through the API and the page: limits, deduplication, scope (DESIGN §7). */
@FazhiIntegrationTest
class AttachmentsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    FilesSettings settings;

    FilesFixtures fixtures;
    FilesFixtures.TestUnit unit;
    AccountPrincipal clerk;

    @BeforeEach
    void setUp() {
        fixtures = new FilesFixtures(jdbc, accounts);
        unit = fixtures.unit(true);
        clerk = fixtures.account(unit, "CLERK");
    }

    @Test
    @DisplayName("上传后按原样下载，响应头给出内容的 SHA-256 与中文文件名")
    void uploadsAndDownloadsTheSameBytes() throws Exception {
        byte[] pdf = FileSamples.pdf(UUID.randomUUID().toString());
        long id = upload(clerk, "复议申请书.pdf", pdf);
        mvc.perform(get("/api/v1/files/attachments/{id}", id).with(user(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(content().bytes(pdf))
                .andExpect(header().string(Downloads.SHA256_HEADER, sha256(pdf)))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(
                        "filename*=UTF-8''%E5%A4%8D%E8%AE%AE")));
        mvc.perform(get("/api/v1/files/attachments/{id}/metadata", id).with(user(clerk)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.originalName").value("复议申请书.pdf"))
                .andExpect(jsonPath("$.fileType").value("PDF"))
                .andExpect(jsonPath("$.size").value(pdf.length))
                .andExpect(jsonPath("$.uploadedBy").value(clerk.getUsername()));
        assertThat(Files.readAllBytes(storedFile(sha256(pdf)))).isEqualTo(pdf);
    }

    @Test
    @DisplayName("相同内容只存一份，每次上传各有一条登记")
    void storesSameContentOnceButRecordsEveryUpload() throws Exception {
        byte[] docx = FileSamples.docx("行政复议决定书 " + UUID.randomUUID());
        long before = storedFiles();
        long first = upload(clerk, "决定书.docx", docx);
        long second = upload(clerk, "决定书（副本）.docx", docx);
        assertThat(second).isNotEqualTo(first);
        assertThat(storedFiles()).isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT count(*) FROM files_attachment WHERE sha256 = :s AND unit_id = :u")
                .param("s", sha256(docx)).param("u", unit.id()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    @DisplayName("超过大小上限的文件被拒绝，给出中文提示，不保存任何内容")
    void rejectsOversizedFileAndStoresNothing() throws Exception {
        long max = settings.maxUploadSize().toBytes();
        byte[] big = new byte[(int) max + 1];
        byte[] head = FileSamples.pdf("big");
        System.arraycopy(head, 0, big, 0, head.length);
        long before = storedFiles();
        mvc.perform(multipart("/api/v1/files/attachments").file(new MockMultipartFile("file", "扫描件.pdf", "application/pdf", big))
                        .with(user(clerk)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("超过大小上限 20 MB")));
        assertThat(storedFiles()).isEqualTo(before);
        assertThat(rowsOfUnit()).isZero();
        assertThat(stagingFiles()).isZero();
    }

    @Test
    @DisplayName("不允许的类型和扩展名与内容不符的文件被拒绝，不保存任何内容")
    void rejectsForbiddenTypesAndDisguisedFiles() throws Exception {
        long before = storedFiles();
        mvc.perform(multipart("/api/v1/files/attachments")
                        .file(new MockMultipartFile("file", "工具.exe", "application/octet-stream", FileSamples.exe("x")))
                        .with(user(clerk)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("不支持上传文件“工具.exe”")));
        mvc.perform(multipart("/api/v1/files/attachments")
                        .file(new MockMultipartFile("file", "证据.zip", "application/zip", FileSamples.zip("a.pdf", "x")))
                        .with(user(clerk)))
                .andExpect(status().isBadRequest());
        mvc.perform(multipart("/api/v1/files/attachments")
                        .file(new MockMultipartFile("file", "伪装.pdf", "application/pdf", FileSamples.png(UUID.randomUUID().toString())))
                        .with(user(clerk)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("扩展名与文件内容不符")));
        mvc.perform(multipart("/api/v1/files/attachments")
                        .file(new MockMultipartFile("file", "空白.pdf", "application/pdf", new byte[0]))
                        .with(user(clerk)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("空文件")));
        assertThat(storedFiles()).isEqualTo(before);
        assertThat(rowsOfUnit()).isZero();
        assertThat(stagingFiles()).isZero();
    }

    @Test
    @DisplayName("其他单位的附件与不存在的附件一样返回 404；全县范围的账号可以看到")
    void anotherUnitsAttachmentIsNotFound() throws Exception {
        long id = upload(clerk, "现场照片.png", FileSamples.png(UUID.randomUUID().toString()));
        FilesFixtures.TestUnit other = fixtures.unit(true);
        AccountPrincipal stranger = fixtures.account(other, "CLERK");
        mvc.perform(get("/api/v1/files/attachments/{id}", id).with(user(stranger)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("附件不存在或不在您的数据范围内"));
        mvc.perform(get("/api/v1/files/attachments/{id}/metadata", id).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/files/attachments/{id}", Long.MAX_VALUE).with(user(stranger)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("附件不存在或不在您的数据范围内"));
        mvc.perform(get("/api/v1/files/attachments").with(user(stranger)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")]").isEmpty());
        AccountPrincipal coordinator = fixtures.account(other, "COORDINATOR");
        mvc.perform(get("/api/v1/files/attachments/{id}/metadata", id).with(user(coordinator))).andExpect(status().isOk());
    }

    @Test
    @DisplayName("不能把附件上传到数据范围以外的单位")
    void cannotUploadForAnotherUnit() throws Exception {
        FilesFixtures.TestUnit other = fixtures.unit(true);
        mvc.perform(multipart("/api/v1/files/attachments").file(file("越权.pdf", FileSamples.pdf("x")))
                        .param("unitId", Long.toString(other.id())).with(user(clerk)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT count(*) FROM files_attachment WHERE unit_id = :u").param("u", other.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("没有上传权限的领导账号不能上传")
    void leaderCannotUpload() throws Exception {
        AccountPrincipal leader = fixtures.account(unit, "LEADER");
        mvc.perform(multipart("/api/v1/files/attachments").file(file("材料.pdf", FileSamples.pdf("x"))).with(user(leader)))
                .andExpect(status().isForbidden());
        assertThat(rowsOfUnit()).isZero();
    }

    @Test
    @DisplayName("页面上传、列表与下载；错误在表单上用中文提示；其他单位的附件 404")
    void pageUploadsListsAndShowsErrors() throws Exception {
        String name = "听证笔录-" + UUID.randomUUID().toString().substring(0, 6) + ".pdf";
        mvc.perform(multipart("/files/attachments").file(file(name, FileSamples.pdf(name)))
                        .param("unitId", Long.toString(unit.id())).with(user(clerk)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/files/attachments").with(user(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(name)));
        mvc.perform(multipart("/files/attachments").file(file("病毒.exe", FileSamples.exe("y")))
                        .param("unitId", Long.toString(unit.id())).with(user(clerk)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("不支持上传文件“病毒.exe”")));
        // No CSRF token and no session: treated like a form posted after the session ended.
        mvc.perform(multipart("/files/attachments").file(file("无令牌.pdf", FileSamples.pdf("z")))
                        .param("unitId", Long.toString(unit.id())).with(user(clerk)))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/login?expired"));
        assertThat(jdbc.sql("SELECT count(*) FROM files_attachment WHERE original_name = '无令牌.pdf'")
                .query(Long.class).single()).isZero();
        assertThat(rowsOfUnit()).isEqualTo(1);
        long id = jdbc.sql("SELECT id FROM files_attachment WHERE unit_id = :u").param("u", unit.id()).query(Long.class).single();
        mvc.perform(get("/files/attachments/{id}/download", id).with(user(clerk))).andExpect(status().isOk());
        AccountPrincipal stranger = fixtures.account(fixtures.unit(true), "CLERK");
        mvc.perform(get("/files/attachments/{id}/download", id).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/files/attachments").with(user(stranger)))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(name))));
    }

    private long upload(AccountPrincipal who, String name, byte[] content) throws Exception {
        MvcResult result = mvc.perform(multipart("/api/v1/files/attachments").file(file(name, content)).with(user(who)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sha256").value(sha256(content)))
                .andReturn();
        String json = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Long.parseLong(json.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
    }

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("file", name, "application/octet-stream", content);
    }

    private long rowsOfUnit() {
        return jdbc.sql("SELECT count(*) FROM files_attachment WHERE unit_id = :u").param("u", unit.id())
                .query(Long.class).single();
    }

    private Path storedFile(String sha) {
        return settings.contentRoot().resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
    }

    private long storedFiles() throws IOException {
        Path root = settings.contentRoot();
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.startsWith(root.resolve("tmp"))).count();
        }
    }

    private long stagingFiles() throws IOException {
        Path tmp = settings.contentRoot().resolve("tmp");
        if (!Files.isDirectory(tmp)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(tmp)) {
            return files.count();
        }
    }

    static String sha256(byte[] content) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
