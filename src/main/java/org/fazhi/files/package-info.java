/**
 * 附件与文书 — attachments and official documents, the kernel service of DESIGN §5 "Documents" that every case module
 * uses. Attachments are checked by extension and content, limited in size, stored once per content under their
 * SHA-256 and read back only inside the user's data scope ({@link org.fazhi.files.Attachments}). Document numbers
 * (文号/案号 such as 示政复〔2026〕3号) are issued per county, 代字 and year without gaps or duplicates
 * ({@link org.fazhi.files.DocumentNumbers}). Official documents are rendered from docx templates laid out per
 * GB/T 9704-2012, stored with their hash and converted to PDF with embedded CJK fonts
 * ({@link org.fazhi.files.OfficialDocuments}). Content that no attachment refers to any more (an upload rolled back,
 * a server stopped mid-upload) is set aside and later deleted by a nightly sweep ({@code ContentSweeper}).
 *
 * <p>Legal basis: 《党政机关公文处理工作条例》（中办发〔2012〕14号）第九条（公文格式各要素）、《党政机关公文格式》
 * （GB/T 9704-2012）; 《中华人民共和国电子签名法》第五条 (an electronic record kept unaltered, shown by its hash).
 */
@org.springframework.modulith.ApplicationModule(displayName = "附件与文书", allowedDependencies = {"shared", "org"})
package org.fazhi.files;
