package org.fazhi.normdocs;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.fazhi.shared.BusinessException;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Library search (文件库检索) on the index: words (IK smart analysis, all words required) over title, number, issuing
 * body and full text, filtered by visibility, issuing body, year, validity and number, with highlighted fragments.
 * Visibility is part of the Lucene query itself: the public sees published documents of its county only, staff see
 * those plus the drafts of the units in their scope.
 */
final class LibrarySearch {

    static final int MAX_SIZE = 50;
    /** Hits are counted exactly up to this number; above it the total is shown as "1000 件以上". */
    static final int EXACT_COUNT_UP_TO = 1000;
    /** Body passages per hit. */
    static final int FRAGMENTS = 3;
    private static final Sort NEWEST_FIRST = new Sort(new SortField(NormdocIndex.ORDER, SortField.Type.LONG, true));
    private static final Set<String> HIT_FIELDS = Set.of(NormdocIndex.ID, NormdocIndex.TITLE, NormdocIndex.NUMBER,
            NormdocIndex.ISSUER, NormdocIndex.STATUS, NormdocIndex.YEAR);
    private static final Set<String> HIT_FIELDS_WITH_BODY = Set.of(NormdocIndex.ID, NormdocIndex.TITLE,
            NormdocIndex.NUMBER, NormdocIndex.ISSUER, NormdocIndex.STATUS, NormdocIndex.YEAR, NormdocIndex.BODY);

    private LibrarySearch() {
    }

    /** What to look for; blank fields are ignored. */
    record Criteria(@Nullable String q, @Nullable String issuer, @Nullable Integer year, @Nullable String effect,
                    @Nullable String number, int page, int size) {

        Criteria {
            size = size <= 0 ? 10 : Math.min(size, MAX_SIZE);
            // pages reach as far as hits are counted exactly; deeper paging through a library makes no sense
            page = Math.min(Math.max(1, page), (EXACT_COUNT_UP_TO + size - 1) / size);
            if (q != null && q.length() > 200) {
                throw BusinessException.invalid("检索词不能超过 200 个字");
            }
        }
    }

    /** One hit: title and fragments are HTML with {@code <em>} around matched words, everything else escaped. */
    public record Hit(long id, String titleHtml, String title, String number, String issuer, String status,
                      int year, List<String> fragments) {
    }

    /**
     * A page of hits. {@code total} is exact when {@code totalExact}; otherwise at least that many documents match
     * (the count stops at {@link #EXACT_COUNT_UP_TO}).
     */
    public record Result(long total, boolean totalExact, int page, int size, List<Hit> hits) {

        /** The total as shown: "1000" or "1000+" . */
        public String totalText() {
            return totalExact ? Long.toString(total) : total + "+";
        }
    }

    /**
     * Who sees what: the county's published documents, plus the drafts of {@code draftUnits}, or of every unit of the
     * county when {@code wholeCounty} (a county-wide scope: no unit list is needed then).
     */
    record Visibility(String countyCode, @Nullable Collection<Long> draftUnits, boolean wholeCounty) {
        static Visibility publicOnly(String countyCode) {
            return new Visibility(countyCode, null, false);
        }

        static Visibility drafts(String countyCode, Collection<Long> draftUnits) {
            return new Visibility(countyCode, draftUnits, false);
        }

        static Visibility wholeCounty(String countyCode) {
            return new Visibility(countyCode, null, true);
        }
    }

    static Query visibility(Visibility v) {
        Query county = new TermQuery(new Term(NormdocIndex.COUNTY, v.countyCode()));
        if (v.wholeCounty()) {
            return county;
        }
        Query published = new BooleanQuery.Builder()
                .add(county, BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(NormdocIndex.PUBLIC, "1")), BooleanClause.Occur.FILTER).build();
        if (v.draftUnits() == null || v.draftUnits().isEmpty()) {
            return published;
        }
        List<BytesRef> units = v.draftUnits().stream().map(id -> new BytesRef(Long.toString(id))).toList();
        return new BooleanQuery.Builder()
                .add(published, BooleanClause.Occur.SHOULD)
                .add(new TermInSetQuery(NormdocIndex.UNIT, units), BooleanClause.Occur.SHOULD)
                .setMinimumNumberShouldMatch(1).build();
    }

    /**
     * The words part: the query is cut into words by the same IK analysis (smart mode) and every word must occur in
     * one of the fields; the title counts most. The words are taken from the analysis, not from the query syntax, so
     * that a run of characters IK cuts into several words (殡葬管理 → 殡葬 + 管理) requires all of them — the classic
     * multi-field parser joined such parts with OR, which let 管理 alone match every document of a 管理局. Operators and
     * quotes in the input are plain text. A query of stop words only matches nothing.
     */
    static @Nullable Query words(NormdocIndex index, @Nullable String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        Set<String> words = new LinkedHashSet<>();
        try (TokenStream tokens = index.queryAnalyzer().tokenStream(NormdocIndex.BODY, q.strip())) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                words.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("检索词分词失败", e);
        }
        if (words.isEmpty()) {
            return new MatchNoDocsQuery("检索词只有停用词");
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String word : words) {
            all.add(new BooleanQuery.Builder()
                    .add(new BoostQuery(new TermQuery(new Term(NormdocIndex.TITLE, word)), 3f), BooleanClause.Occur.SHOULD)
                    .add(new BoostQuery(new TermQuery(new Term(NormdocIndex.NUMBER, word)), 2f), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(NormdocIndex.ISSUER, word)), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(NormdocIndex.BODY, word)), BooleanClause.Occur.SHOULD)
                    .build(), BooleanClause.Occur.MUST);
        }
        return all.build();
    }

    /** The whole query, with the words part parsed once by the caller (it is also what the highlighter looks for). */
    static Query build(Criteria c, Visibility v, LocalDate today, @Nullable Query words, NormdocIndex index) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(visibility(v), BooleanClause.Occur.FILTER);
        b.add(words == null ? new MatchAllDocsQuery() : words, words == null ? BooleanClause.Occur.FILTER : BooleanClause.Occur.MUST);
        if (c.issuer() != null && !c.issuer().isBlank()) {
            b.add(field(index, NormdocIndex.ISSUER, c.issuer()), BooleanClause.Occur.FILTER);
        }
        if (c.number() != null && !c.number().isBlank()) {
            b.add(field(index, NormdocIndex.NUMBER, c.number()), BooleanClause.Occur.FILTER);
        }
        if (c.year() != null) {
            b.add(IntPoint.newExactQuery(NormdocIndex.YEAR, c.year()), BooleanClause.Occur.FILTER);
        }
        // validity from the stored status (the nightly ExpiryJob stores 有效期届满 as EXPIRED); only "not yet in force"
        // depends on the day
        Query published = new TermQuery(new Term(NormdocIndex.STATUS, DocStatus.PUBLISHED.name()));
        if ("valid".equals(c.effect())) {
            b.add(published, BooleanClause.Occur.FILTER);
            b.add(LongPoint.newRangeQuery(NormdocIndex.EFFECTIVE, Long.MIN_VALUE, today.toEpochDay()), BooleanClause.Occur.FILTER);
        } else if ("invalid".equals(c.effect())) {
            b.add(new TermQuery(new Term(NormdocIndex.PUBLIC, "1")), BooleanClause.Occur.FILTER);
            b.add(published, BooleanClause.Occur.MUST_NOT);
        }
        return b.build();
    }

    private static Query field(NormdocIndex index, String field, String text) {
        QueryParser parser = new QueryParser(field, index.queryAnalyzer());
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(QueryParser.escape(text.strip()));
        } catch (ParseException e) {
            throw BusinessException.invalid("条件无法识别：" + text);
        }
    }

    static Result search(NormdocIndex index, Criteria c, Visibility v, LocalDate today) {
        Query words = words(index, c.q());
        Query query = build(c, v, today, words, index);
        return index.withSearcher(searcher -> run(index, searcher, query, words, c));
    }

    private static Result run(NormdocIndex index, IndexSearcher searcher, Query query, @Nullable Query words,
                              Criteria c) throws IOException {
        int want = c.page() * c.size();
        // Hits are counted exactly up to EXACT_COUNT_UP_TO only: beyond it Lucene may skip non-competitive blocks
        // (block-max WAND), which a common legal term matching thousands of documents needs to stay fast.
        int threshold = Math.max(EXACT_COUNT_UP_TO, want);
        TopDocs top;
        if (words == null) {
            // browsing without words: newest first by id (ids grow with time)
            top = searcher.search(query, new TopFieldCollectorManager(NEWEST_FIRST, want, null, threshold, false));
        } else {
            top = searcher.search(query, new TopScoreDocCollectorManager(want, null, threshold, false));
        }
        ScoreDoc[] all = top.scoreDocs;
        int from = Math.min(all.length, (c.page() - 1) * c.size());
        ScoreDoc[] docs = java.util.Arrays.copyOfRange(all, from, all.length);
        String[] titles = null;
        String[] bodies = null;
        if (words != null && docs.length > 0) {
            // one pass over the page's stored title and text for both fields
            Map<String, String[]> highlighted = highlighter(searcher, index).highlightFields(
                    new String[]{NormdocIndex.TITLE, NormdocIndex.BODY}, words, new TopDocs(top.totalHits, docs),
                    new int[]{1, FRAGMENTS});
            titles = highlighted.get(NormdocIndex.TITLE);
            bodies = highlighted.get(NormdocIndex.BODY);
        }
        StoredFields stored = searcher.storedFields();
        List<Hit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            boolean needsText = bodies == null || bodies[i] == null;
            // the full text is read again only when it has to give the opening lines (no highlighted passage)
            Document d = stored.document(docs[i].doc, needsText ? HIT_FIELDS_WITH_BODY : HIT_FIELDS);
            String titleText = d.get(NormdocIndex.TITLE);
            String titleHtml = titles != null && titles[i] != null ? titles[i] : SimpleHTMLEncoder.htmlEncode(titleText);
            String bodyHtml;
            if (needsText) {
                String bodyText = d.get(NormdocIndex.BODY);
                bodyHtml = SimpleHTMLEncoder.htmlEncode(bodyText.length() > 120 ? bodyText.substring(0, 120) + "…" : bodyText);
            } else {
                bodyHtml = bodies[i];
            }
            hits.add(new Hit(Long.parseLong(d.get(NormdocIndex.ID)), titleHtml, titleText, d.get(NormdocIndex.NUMBER),
                    d.get(NormdocIndex.ISSUER), d.get(NormdocIndex.STATUS),
                    d.getField(NormdocIndex.YEAR).numericValue().intValue(), List.of(bodyHtml)));
        }
        boolean exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
        // beyond the threshold Lucene's count is only a lower bound: say "more than 1000" rather than a wobbly number
        return new Result(exact ? top.totalHits.value : EXACT_COUNT_UP_TO, exact, c.page(), c.size(), hits);
    }

    /**
     * The unified highlighter on the offsets stored in the postings: {@code <em>} around the matched words, the rest
     * HTML-escaped, passages joined with an ellipsis; a document without a match in the field gets its first passage.
     */
    private static UnifiedHighlighter highlighter(IndexSearcher searcher, NormdocIndex index) {
        return new UnifiedHighlighter.Builder(searcher, index.indexAnalyzer())
                .withFormatter(new DefaultPassageFormatter("<em>", "</em>", "…", true))
                .withMaxNoHighlightPassages(1)
                .withMaxLength(200_000)
                .build();
    }
}
