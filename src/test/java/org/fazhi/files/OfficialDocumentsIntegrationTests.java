package org.fazhi.files;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.org.AccountPrincipal;
import org.fazhi.shared.BusinessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Official documents: render, number, store with hash, read back from Word and PDF, scope. */
@FazhiIntegrationTest
class OfficialDocumentsIntegrationTests {

    private static final String TITLE = "关于做好二〇二六年度法治政府建设工作的通知";

    @Autowired
    MockMvc mvc;
    @Autowired
    OfficialDocuments documents;
    @Autowired
    DocumentNumbers numbers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

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
    @DisplayName("生成公文并从 Word 读回标题、文号、正文、成文日期、版心与字体；存储的 SHA-256 与文件一致")
    void generatesDocumentAndReadsWordBack() throws Exception {
        long id = generateThroughApi();
        String number = unit.docPrefix() + "〔2026〕1号";
        MvcResult docx = mvc.perform(get("/api/v1/files/documents/{id}.docx", id).with(user(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(FileType.DOCX.mediaType()))
                .andReturn();
        byte[] bytes = docx.getResponse().getContentAsByteArray();
        String sha = AttachmentsIntegrationTests.sha256(bytes);
        assertThat(docx.getResponse().getHeader(Downloads.SHA256_HEADER)).isEqualTo(sha);
        assertThat(jdbc.sql("SELECT sha256 FROM files_document WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo(sha);
        assertThat(jdbc.sql("SELECT a.sha256 FROM files_document d JOIN files_attachment a ON a.id = d.attachment_id WHERE d.id = :id")
                .param("id", id).query(String.class).single()).isEqualTo(sha);

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(texts).contains(unit.name() + "文件", number, TITLE, "各乡镇人民政府，县政府各部门：",
                    "第一段：总体要求。", "第二段：工作措施。", unit.name(), "2026年11月22日");
            assertThat(paragraph(doc, number).getStyle()).isEqualTo(DocxStyles.NUMBER);
            assertThat(paragraph(doc, TITLE).getStyle()).isEqualTo(DocxStyles.TITLE);
            CTPageMar margins = doc.getDocument().getBody().getSectPr().getPgMar();
            assertThat(margins.getTop()).isEqualTo(java.math.BigInteger.valueOf(GbLayout.twips(37)));
            assertThat(margins.getBottom()).isEqualTo(java.math.BigInteger.valueOf(GbLayout.twips(35)));
            assertThat(margins.getLeft()).isEqualTo(java.math.BigInteger.valueOf(GbLayout.twips(28)));
            assertThat(margins.getRight()).isEqualTo(java.math.BigInteger.valueOf(GbLayout.twips(26)));
            assertThat(doc.getStyles().getStyle(DocxStyles.TITLE).getCTStyle().getRPr().getRFontsArray(0).getEastAsia())
                    .isEqualTo("方正小标宋简体");
            assertThat(doc.getStyles().getStyle(DocxStyles.BODY).getCTStyle().getRPr().getRFontsArray(0).getEastAsia())
                    .isEqualTo("仿宋_GB2312");
        }
    }

    @Test
    @DisplayName("PDF 嵌入中文字体，能读回中文标题和文号；首次生成后保存并复用")
    void convertsToPdfWithEmbeddedCjkFont() throws Exception {
        long id = generateThroughApi();
        MvcResult first = mvc.perform(get("/api/v1/files/documents/{id}.pdf", id).with(user(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn();
        byte[] pdf = first.getResponse().getContentAsByteArray();
        assertThat(first.getResponse().getHeader(Downloads.SHA256_HEADER)).isEqualTo(AttachmentsIntegrationTests.sha256(pdf));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // A 21-character 2号 title wraps onto two lines (28 三号 characters per line), so compare without breaks.
            String text = new PDFTextStripper().getText(doc).replaceAll("[\\r\\n]", "");
            assertThat(text).contains(TITLE).contains(unit.docPrefix() + "〔2026〕1号").contains("2026年11月22日")
                    .contains("— 1 —");
            List<PDFont> fonts = fonts(doc.getPage(0).getResources());
            assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded);
            assertThat(fonts).anyMatch(f -> f instanceof PDType0Font);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo((float) GbLayout.points(210),
                    org.assertj.core.data.Offset.offset(1f));
        }
        mvc.perform(get("/api/v1/files/documents/{id}.pdf", id).with(user(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().bytes(pdf));
        assertThat(jdbc.sql("SELECT count(*) FROM files_attachment WHERE owner_type = 'files_document' AND owner_id = :id "
                + "AND file_type = 'PDF'").param("id", Long.toString(id)).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/api/v1/files/documents/{id}", id).with(user(clerk)))
                .andExpect(jsonPath("$.pdfAttachmentId").isNumber());
    }

    @Test
    @DisplayName("其他单位的公文与不存在的一样返回 404")
    void anotherUnitsDocumentIsNotFound() throws Exception {
        long id = generateThroughApi();
        AccountPrincipal stranger = fixtures.account(fixtures.unit(true), "CLERK");
        for (String path : new String[]{"/api/v1/files/documents/{id}", "/api/v1/files/documents/{id}.docx",
                "/api/v1/files/documents/{id}.pdf"}) {
            mvc.perform(get(path, id).with(user(stranger)))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.detail").value("公文不存在或不在您的数据范围内"));
        }
        mvc.perform(get("/api/v1/files/documents").with(user(stranger)))
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")]").isEmpty());
        assertThat(jdbc.sql("SELECT count(*) FROM files_document WHERE id = :id AND pdf_attachment_id IS NULL").param("id", id)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("不能以数据范围以外的单位发文；缺标题或正文时给出中文提示，不编号、不留记录")
    void rejectsForeignUnitAndIncompleteRequests() throws Exception {
        FilesFixtures.TestUnit other = fixtures.unit(true);
        mvc.perform(post("/api/v1/files/documents").with(user(clerk)).contentType(MediaType.APPLICATION_JSON)
                        .content(json(other.id(), TITLE, "正文")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/files/documents").with(user(clerk)).contentType(MediaType.APPLICATION_JSON)
                        .content(json(unit.id(), " ", "正文")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("请填写标题"));
        mvc.perform(post("/api/v1/files/documents").with(user(clerk)).contentType(MediaType.APPLICATION_JSON)
                        .content(json(unit.id(), TITLE, "　　")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("请填写正文"));
        assertThat(jdbc.sql("SELECT count(*) FROM files_document WHERE unit_id IN (:a, :b)")
                .param("a", unit.id()).param("b", other.id()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM files_doc_number WHERE unit_id IN (:a, :b)")
                .param("a", unit.id()).param("b", other.id()).query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("生成失败时已取的文号随事务回滚，下一份公文仍用该号")
    void failedGenerationConsumesNoNumber() {
        DocumentRequest broken = new DocumentRequest(unit.id(), "notice", "no-such-template", TITLE, null,
                List.of("正文"), null, null, LocalDate.of(2026, 11, 22), true, null, null, null, Map.of());
        assertThatThrownBy(() -> documents.generate(broken)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("模板");
        OfficialDocument made = documents.generate(DocumentRequest.letter(unit.id(), "notice", TITLE, "各乡镇人民政府",
                List.of("正文")).datedOn(LocalDate.of(2026, 11, 22)).ownedBy("reconsideration", "recon_case", "42"));
        assertThat(made.number()).isEqualTo(unit.docPrefix() + "〔2026〕1号");
        assertThat(made.ownerId()).isEqualTo("42");
        OfficialDocument unnumbered = documents.generate(DocumentRequest.letter(unit.id(), "notice", TITLE, null,
                List.of("正文")).unnumbered());
        assertThat(unnumbered.number()).isNull();
    }

    @Test
    @DisplayName("文书页面：表单生成公文、列表、登记簿与导出")
    void pageGeneratesListsAndExports() throws Exception {
        mvc.perform(post("/files/documents").with(user(clerk)).with(csrf())
                        .param("unitId", Long.toString(unit.id())).param("docType", "letter")
                        .param("title", "关于商请提供执法数据的函").param("recipient", "县市场监督管理局")
                        .param("body", "　　请于本月底前提供。\n\n特此函商。").param("documentDate", "2026-11-22")
                        .param("numbered", "true").param("_numbered", "on"))
                .andExpect(status().is3xxRedirection());
        String number = unit.docPrefix() + "函〔2026〕1号";
        mvc.perform(get("/files/documents").with(user(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(number)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("关于商请提供执法数据的函")));
        mvc.perform(post("/files/documents").with(user(clerk)).with(csrf())
                        .param("unitId", Long.toString(unit.id())).param("docType", "letter")
                        .param("title", "").param("body", "正文").param("documentDate", "2026-11-22"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("请填写标题")));
        mvc.perform(post("/files/documents").with(user(clerk)).with(csrf())
                        .param("unitId", Long.toString(unit.id())).param("docType", "letter")
                        .param("title", "标题").param("body", "正文").param("documentDate", "2026/11/22"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("成文日期格式不正确")));
        MvcResult export = mvc.perform(get("/files/documents/registry.xlsx").param("year", "2026").with(user(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(FileType.XLSX.mediaType()))
                .andReturn();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export.getResponse().getContentAsByteArray()))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("发文字号");
            assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo(number);
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(1);
        }
        long id = jdbc.sql("SELECT id FROM files_document WHERE unit_id = :u").param("u", unit.id()).query(Long.class).single();
        mvc.perform(get("/files/documents/{id}.docx", id).with(user(clerk))).andExpect(status().isOk());
        AccountPrincipal stranger = fixtures.account(fixtures.unit(true), "CLERK");
        mvc.perform(get("/files/documents/{id}.docx", id).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/files/documents/{id}.pdf", id).with(user(stranger))).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("领导（只读）账号不能生成公文")
    void leaderCannotGenerate() throws Exception {
        AccountPrincipal leader = fixtures.account(unit, "LEADER");
        mvc.perform(post("/api/v1/files/documents").with(user(leader)).contentType(MediaType.APPLICATION_JSON)
                        .content(json(unit.id(), TITLE, "正文")))
                .andExpect(status().isForbidden());
    }

    private long generateThroughApi() throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/files/documents").with(user(clerk)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"unitId": %d, "docType": "notice", "title": "%s", "recipient": "各乡镇人民政府，县政府各部门",
                                 "paragraphs": ["　　第一段：总体要求。", "第二段：工作措施。"], "documentDate": "2026-11-22"}"""
                                .formatted(unit.id(), TITLE)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value(unit.docPrefix() + "〔2026〕1号"))
                .andExpect(jsonPath("$.sha256").isString())
                .andReturn();
        String json = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Long.parseLong(json.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
    }

    private static String json(long unitId, String title, String paragraph) {
        return """
                {"unitId": %d, "docType": "notice", "title": "%s", "paragraphs": ["%s"], "documentDate": "2026-11-22"}"""
                .formatted(unitId, title, paragraph);
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text) {
        return doc.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst().orElseThrow();
    }

    private static List<PDFont> fonts(PDResources resources) throws java.io.IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        return fonts;
    }
}
