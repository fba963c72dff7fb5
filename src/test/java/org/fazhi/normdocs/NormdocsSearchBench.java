package org.fazhi.normdocs;

import org.apache.lucene.document.Document;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.fazhi.FazhiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Library search benchmark (文件库检索基准). Not a test: its name does not match the surefire patterns, so the build
 * never runs it; {@code bench/normdocs-search.sh} does, with {@code -Dbench.docs} (default 100,000).
 *
 * <p>It generates documents of realistic length (about 2,800 characters of 条款 drawn from a pool of real-sounding
 * clauses), stores them as published documents of the demo county, rebuilds the index from the database (indexing
 * throughput, end to end), then runs the same queries (1) through the HTTP API with a bearer token — parsing, scope,
 * Lucene, highlighting, JSON — and (2) as raw Lucene on the same index (the same words query and visibility filter,
 * top 10, stored title read, no highlighting): the floor the API cannot beat. Results go to
 * {@code bench/results/normdocs-search.md}.
 */
@FazhiIntegrationTest
class NormdocsSearchBench {

    static final String[] SUBJECTS = {"食品安全", "安全生产", "最低生活保障", "农村集体资产", "城乡规划", "生态环境保护", "个体工商户登记",
            "建筑垃圾处置", "校外培训机构", "养老服务机构", "农贸市场", "户外广告设置", "政府投资项目", "公共法律服务", "殡葬管理",
            "河道采砂", "燃气经营", "网约车经营", "物业服务", "再生资源回收"};
    static final String[] CLAUSES = {
            "为规范{s}工作，保障公民、法人和其他组织的合法权益，根据有关法律、法规和规章的规定，结合本县实际，制定本办法。",
            "本办法适用于本县行政区域内{s}的监督管理活动。法律、法规另有规定的，从其规定。",
            "县人民政府统一领导全县{s}工作，建立健全协调机制，将所需经费纳入本级财政预算。",
            "县有关主管部门按照职责分工做好{s}的监督管理工作，乡镇人民政府、街道办事处予以配合。",
            "实施{s}相关行政许可的，应当依照《中华人民共和国行政许可法》规定的条件、程序和期限办理，不得增设条件。",
            "违反本办法规定的，由有关部门依照《中华人民共和国行政处罚法》和有关法律、法规的规定处理。",
            "制定涉及市场主体经济活动的配套措施，应当进行公平竞争审查，不得限定经营、购买、使用特定经营者提供的商品和服务。",
            "起草单位应当公开征求意见，对收到的意见逐条研究，并公布意见采纳情况。",
            "有关部门应当通过政府门户网站主动公开{s}的办事指南、监督检查结果和投诉举报方式。",
            "鼓励行业协会商会制定{s}行业规范，开展诚信建设，引导经营者依法经营。",
            "县司法行政部门负责对{s}相关规范性文件进行合法性审核，未经合法性审核的不得提交集体审议。",
            "对{s}中发现的违法行为，任何单位和个人有权向有关部门投诉举报，有关部门应当及时核查处理并答复。",
            "有关部门工作人员在{s}工作中滥用职权、玩忽职守、徇私舞弊的，依法给予处分；构成犯罪的，依法追究刑事责任。",
            "县财政部门对{s}专项资金实行绩效管理，审计机关依法进行审计监督。",
            "本办法由县人民政府办公室负责解释，自印发之日起施行，有效期五年。"};
    static final String[] QUERIES = {"公平竞争审查", "合法性审核", "食品安全", "最低生活保障", "行政许可 增设条件", "投诉举报",
            "行业协会商会", "专项资金 绩效管理", "城乡规划", "个体工商户登记", "建筑垃圾处置", "主动公开 办事指南", "滥用职权",
            "殡葬管理", "燃气经营 监督管理", "集体审议", "网约车", "校外培训机构", "河道采砂", "物业服务"};

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcTemplate template;
    @Autowired
    Library library;
    @Autowired
    JsonMapper json;

    @Test
    void searchBenchmark() throws Exception {
        int docs = Integer.getInteger("bench.docs", 100_000);
        int rounds = Integer.getInteger("bench.queries", 1000);
        String county = "990121";
        List<Long> units = jdbc.sql("SELECT id FROM org_unit WHERE county_code = :c AND is_normdoc_issuer ORDER BY id")
                .param("c", county).query(Long.class).list();

        long t0 = System.nanoTime();
        long chars = generate(county, units, docs);
        long generateMs = (System.nanoTime() - t0) / 1_000_000;

        t0 = System.nanoTime();
        library.rebuild();
        long indexMs = (System.nanoTime() - t0) / 1_000_000;
        int indexed = library.index().size();
        assertThat(indexed).isGreaterThanOrEqualTo(docs);

        String token = json.readTree(post("/api/v1/auth/token", "{\"username\":\"sifaju\",\"password\":\"Demo-Test-Pw1\"}"))
                .get("token").asString();
        HttpClient http = HttpClient.newHttpClient();
        NormdocIndex index = library.index();
        // what the API applies for sifaju (county-wide scope): the county's documents, no unit list
        Query visibility = LibrarySearch.visibility(LibrarySearch.Visibility.wholeCounty(county));

        for (int i = 0; i < 200; i++) { // warm-up of the three paths
            api(http, token, QUERIES[i % QUERIES.length]);
            raw(index, visibility, QUERIES[i % QUERIES.length]);
            library(index, county, QUERIES[i % QUERIES.length]);
        }
        long[] apiNs = new long[rounds];
        long[] rawNs = new long[rounds];
        long[] libraryNs = new long[rounds];
        long hitsTotal = 0;
        for (int i = 0; i < rounds; i++) {
            String q = QUERIES[i % QUERIES.length];
            long s = System.nanoTime();
            String body = api(http, token, q);
            apiNs[i] = System.nanoTime() - s;
            s = System.nanoTime();
            hitsTotal += raw(index, visibility, q);
            rawNs[i] = System.nanoTime() - s;
            s = System.nanoTime();
            library(index, county, q);
            libraryNs[i] = System.nanoTime() - s;
            if (i == 0) {
                assertThat(body).contains("<em>");
            }
        }
        Arrays.sort(apiNs);
        Arrays.sort(rawNs);
        Arrays.sort(libraryNs);
        String result = """
                # Library search benchmark (normdocs)

                Run %s on %d cores, %s, max heap %d MB. Generated by `bench/normdocs-search.sh` (NormdocsSearchBench).

                | what | value |
                |---|---|
                | documents in the index | %d |
                | generated text | %.1f MB (%d characters per document on average) |
                | generating and inserting into PostgreSQL | %d ms |
                | index rebuild from PostgreSQL (read, IK analysis, write, commit) | %d ms = **%.0f documents/s** |
                | queries per path | %d (%d distinct legal-term queries, after 200 warm-up rounds) |
                | **API** `GET /api/v1/normdocs/search?q=` (HTTP, bearer token, scope, top 10, highlighting, JSON): median / p99 | **%.2f ms / %.2f ms** |
                | **raw Lucene** (same words query and visibility filter, top 10, stored title, no highlighting): median / p99 | **%.2f ms / %.2f ms** |
                | library search in process (words, county-wide scope, count, highlighting; no HTTP, authentication or JSON): median / p99 | %.2f ms / %.2f ms |
                | average hits per query (Lucene's count: exact up to 1,000, a lower bound above) | %d |

                The API adds HTTP, bearer-token authentication (token, account and permissions read from PostgreSQL on
                every request), the scope (a county-wide user needs no unit list; a unit-and-below user's units come from
                PostgreSQL), highlighting of the page's title and text in one pass of the unified highlighter on the
                offsets stored in the postings (three passages; most of the in-process time) and JSON. Both paths count
                hits exactly only up to 1,000 (the API then says "1000+"), so block-max WAND skips documents that cannot
                reach the top ten, and both require every word IK cuts from the query.
                """.formatted(Instant.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / 1_048_576, indexed, chars / 1_048_576.0, chars / Math.max(1, docs),
                generateMs, indexMs, indexed * 1000.0 / Math.max(1, indexMs), rounds, QUERIES.length,
                ms(apiNs, 0.5), ms(apiNs, 0.99), ms(rawNs, 0.5), ms(rawNs, 0.99), ms(libraryNs, 0.5), ms(libraryNs, 0.99),
                hitsTotal / rounds);
        Path out = Path.of(System.getProperty("bench.out", "bench/results/normdocs-search.md"));
        Files.createDirectories(out.getParent());
        Files.writeString(out, result);
        System.out.println(result);
    }

    private static double ms(long[] sorted, double quantile) {
        int i = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1_000_000.0;
    }

    private String api(HttpClient http, String token, String q) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/normdocs/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("search failed: " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    private static long raw(NormdocIndex index, Query visibility, String q) {
        Query query = new BooleanQuery.Builder().add(visibility, BooleanClause.Occur.FILTER)
                .add(LibrarySearch.words(index, q), BooleanClause.Occur.MUST).build();
        return index.withSearcher(searcher -> {
            TopDocs top = searcher.search(query, 10);
            for (ScoreDoc d : top.scoreDocs) {
                Document doc = searcher.storedFields().document(d.doc);
                if (doc.get(NormdocIndex.TITLE) == null) {
                    throw new IllegalStateException("no title");
                }
            }
            return top.totalHits.value;
        });
    }

    /** What the API runs for sifaju between authentication and JSON: {@link LibrarySearch} with highlighting. */
    private static long library(NormdocIndex index, String county, String q) {
        return LibrarySearch.search(index, new LibrarySearch.Criteria(q, null, null, null, null, 1, 10),
                LibrarySearch.Visibility.wholeCounty(county), LocalDate.of(2026, 6, 1)).total();
    }

    private String post(String path, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Inserts published documents with their text in batches; returns the number of characters generated. */
    private long generate(String county, List<Long> units, int docs) {
        Random random = new Random(20260101);
        long chars = 0;
        LocalDate base = LocalDate.of(2015, 1, 1);
        Timestamp now = Timestamp.from(Instant.now());
        int batch = 1000;
        for (int start = 0; start < docs; start += batch) {
            int n = Math.min(batch, docs - start);
            List<Object[]> rows = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
                LocalDate issued = base.plusDays(random.nextInt(4000));
                StringBuilder text = new StringBuilder();
                int articles = 40 + random.nextInt(30);
                for (int a = 1; a <= articles; a++) {
                    text.append("第").append(a).append("条 ")
                            .append(CLAUSES[a == 1 ? 0 : a == articles ? CLAUSES.length - 1 : 1 + random.nextInt(CLAUSES.length - 2)]
                                    .replace("{s}", subject)).append('\n');
                }
                chars += text.length();
                texts.add(text.toString());
                long unit = units.get(random.nextInt(units.size()));
                rows.add(new Object[]{county, unit, "示范县" + subject + "管理办法（第" + (start + i) + "号）",
                        Date.valueOf(issued.minusDays(60)), Date.valueOf(issued), Date.valueOf(issued.plusDays(3)),
                        Date.valueOf(issued.plusDays(3)), Date.valueOf(issued.plusYears(5)),
                        "测规〔" + issued.getYear() + "〕" + (start + i) + "号", now});
            }
            List<Long> ids = new ArrayList<>();
            for (Object[] row : rows) {
                ids.add(jdbc.sql("""
                                INSERT INTO nd_document (county_code, unit_id, kind, title, status, proposed_on, issued_on, published_on,
                                    effective_on, expires_on, doc_number, current_version, created_at, created_by, updated_at, updated_by)
                                VALUES (?, ?, 'NORMATIVE', ?, 'PUBLISHED', ?, ?, ?, ?, ?, ?, 1, ?, 'bench', ?, 'bench') RETURNING id""")
                        .params(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[9], row[9])
                        .query(Long.class).single());
            }
            List<Object[]> versions = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                versions.add(new Object[]{county, ids.get(i), texts.get(i), now});
            }
            template.batchUpdate("INSERT INTO nd_version (county_code, document_id, seq, body_text, created_at, created_by) VALUES (?, ?, 1, ?, ?, 'bench')",
                    versions);
        }
        return chars;
    }
}
