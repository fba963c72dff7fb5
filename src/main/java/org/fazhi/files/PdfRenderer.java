package org.fazhi.files;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Converts a rendered docx to PDF (转换为 PDF) through an XHTML layout with the same GB/T 9704 page geometry, embedding
 * subsets of TrueType CJK fonts so the PDF reads the same on any machine.
 */
@Component
class PdfRenderer {

    private final CjkFonts cjkFonts;
    private final FilesSettings settings;

    PdfRenderer(CjkFonts cjkFonts, FilesSettings settings) {
        this.cjkFonts = cjkFonts;
        this.settings = settings;
    }

    /**
     * @throws org.fazhi.shared.BusinessException (conflict) when no CJK font is installed
     */
    byte[] render(byte[] docx, String title) {
        CjkFonts.Selection fonts = cjkFonts.require();
        String html;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            html = DocxHtml.convert(doc, fonts, settings, title);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取 Word 文书", e);
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            fonts.files().forEach((family, file) -> builder.useFont(file.toFile(), family));
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF 生成失败", e);
        }
    }
}
