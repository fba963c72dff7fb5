package org.fazhi.normdocs;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;
import org.wltea.analyzer.cfg.DefaultConfig;
import org.wltea.analyzer.dic.Dictionary;
import org.wltea.analyzer.lucene.IKAnalyzer;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The Lucene index of normative documents (全文索引), analysed with IK (fine-grained when indexing, smart when
 * querying) plus the platform's legal-term dictionary, so that 合法性审核 or 公平竞争审查 are single terms. The index is
 * derived data: the database is the truth, and the index is rebuilt from it when missing or out of step.
 * Plain Lucene, no Spring: the benchmark drives the same class.
 */
public final class NormdocIndex implements Closeable {

    static final String ID = "id";
    static final String ORDER = "order";
    static final String COUNTY = "county";
    static final String UNIT = "unit";
    static final String PUBLIC = "public";
    static final String STATUS = "status";
    static final String YEAR = "year";
    static final String EFFECTIVE = "effective";
    static final String EXPIRES = "expires";
    static final String TITLE = "title";
    static final String NUMBER = "number";
    static final String ISSUER = "issuer";
    static final String BODY = "body";

    /** Title and full text keep offsets in the postings, so highlighting needs no second IK analysis of the text. */
    private static final org.apache.lucene.document.FieldType WITH_OFFSETS = withOffsets();

    private static volatile boolean dictionaryLoaded;

    private static org.apache.lucene.document.FieldType withOffsets() {
        org.apache.lucene.document.FieldType type = new org.apache.lucene.document.FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer indexAnalyzer;
    private final Analyzer queryAnalyzer;

    /** What is indexed for one document. */
    public record Entry(long id, String countyCode, long unitId, boolean published, String status, int year,
                        @Nullable LocalDate effectiveOn, @Nullable LocalDate expiresOn, String title,
                        @Nullable String number, String issuer, String body) {
    }

    public NormdocIndex(Path path) {
        loadLegalTerms();
        try {
            Files.createDirectories(path);
            this.directory = FSDirectory.open(path);
            this.indexAnalyzer = new IKAnalyzer(false);
            this.queryAnalyzer = new IKAnalyzer(true);
            IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer);
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            config.setRAMBufferSizeMB(64);
            this.writer = new IndexWriter(directory, config);
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("无法打开规范性文件全文索引：" + path, e);
        }
    }

    /** Adds the platform's legal terms to IK's dictionary once per JVM. */
    static void loadLegalTerms() {
        if (dictionaryLoaded) {
            return;
        }
        synchronized (NormdocIndex.class) {
            if (dictionaryLoaded) {
                return;
            }
            Dictionary.initial(DefaultConfig.getInstance());
            try (InputStream in = NormdocIndex.class.getResourceAsStream("/normdocs/legal-terms.dic")) {
                if (in != null) {
                    List<String> words = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                            .map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
                    Dictionary.getSingleton().addWords(words);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            dictionaryLoaded = true;
        }
    }

    Analyzer indexAnalyzer() {
        return indexAnalyzer;
    }

    Analyzer queryAnalyzer() {
        return queryAnalyzer;
    }

    /** Number of documents in the index. */
    public int size() {
        try {
            searchers.maybeRefreshBlocking();
            IndexSearcher s = searchers.acquire();
            try {
                return s.getIndexReader().numDocs();
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds or replaces one document and makes it visible (one commit: for the everyday single change). */
    public void put(Entry entry) {
        try {
            writer.updateDocument(new Term(ID, Long.toString(entry.id())), document(entry));
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("更新全文索引失败", e);
        }
    }

    /** Adds many documents with one commit at the end (rebuild, benchmark). */
    public void putAll(Iterable<Entry> entries) {
        try {
            for (Entry entry : entries) {
                writer.updateDocument(new Term(ID, Long.toString(entry.id())), document(entry));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("更新全文索引失败", e);
        }
    }

    /** Commits and refreshes after {@link #putAll}. */
    public void commit() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empties the index (before a rebuild). */
    public void clear() {
        try {
            writer.deleteAll();
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a function on a current searcher. */
    public <T> T withSearcher(SearchFunction<T> function) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return function.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("全文检索失败", e);
        }
    }

    /** A search on a searcher. */
    @FunctionalInterface
    public interface SearchFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private static Document document(Entry e) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(e.id()), Field.Store.YES));
        doc.add(new org.apache.lucene.document.NumericDocValuesField(ORDER, e.id()));
        doc.add(new StringField(COUNTY, e.countyCode(), Field.Store.YES));
        doc.add(new StringField(UNIT, Long.toString(e.unitId()), Field.Store.NO));
        doc.add(new StringField(PUBLIC, e.published() ? "1" : "0", Field.Store.NO));
        doc.add(new StringField(STATUS, e.status(), Field.Store.YES));
        doc.add(new IntPoint(YEAR, e.year()));
        doc.add(new StoredField(YEAR, e.year()));
        doc.add(new LongPoint(EFFECTIVE, e.effectiveOn() == null ? Long.MAX_VALUE : e.effectiveOn().toEpochDay()));
        doc.add(new LongPoint(EXPIRES, e.expiresOn() == null ? Long.MAX_VALUE : e.expiresOn().toEpochDay()));
        doc.add(new Field(TITLE, e.title(), WITH_OFFSETS));
        doc.add(new TextField(NUMBER, e.number() == null ? "" : e.number(), Field.Store.YES));
        doc.add(new TextField(ISSUER, e.issuer(), Field.Store.YES));
        doc.add(new Field(BODY, e.body(), WITH_OFFSETS));
        return doc;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
