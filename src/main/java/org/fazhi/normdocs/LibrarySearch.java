package org.fazhi.normdocs;

import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Library search (文件库检索) on the index: words (IK smart analysis, all words required) over title, number, issuing
 * body and full text, filtered by visibility, issuing body, year, validity and number, with highlighted fragments.
 * Visibility is part of the Lucene query itself: the public sees published documents of its county only, staff see
 * those plus the drafts of the units in their scope.
 */
final class LibrarySearch {

    static final int MAX_SIZE = 50;

    private LibrarySearch() {
    }

    /** What to look for; blank fields are ignored. */
    record Criteria(@Nullable String q, @Nullable String issuer, @Nullable Integer year, @Nullable String effect,
                    @Nullable String number, int page, int size) {

        Criteria {
            page = Math.max(1, page);
            size = size <= 0 ? 10 : Math.min(size, MAX_SIZE);
            if (q != null && q.length() > 200) {
                throw BusinessException.invalid("检索词不能超过 200 个字");
            }
        }
    }

    /** One hit: title and fragments are HTML with {@code <em>} around matched words, everything else escaped. */
    public record Hit(long id, String titleHtml, String title, String number, String issuer, String status,
                      int year, List<String> fragments) {
    }

    public record Result(long total, int page, int size, List<Hit> hits) {
    }

    /** Who sees what. */
    record Visibility(String countyCode, @Nullable Collection<Long> draftUnits) {
        static Visibility publicOnly(String countyCode) {
            return new Visibility(countyCode, null);
        }
    }

    static Query visibility(Visibility v) {
        Query published = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(NormdocIndex.COUNTY, v.countyCode())), BooleanClause.Occur.FILTER)
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

    /** The words part: every word of the query must occur in one of the fields; the title counts most. */
    static @Nullable Query words(NormdocIndex index, @Nullable String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(
                new String[]{NormdocIndex.TITLE, NormdocIndex.NUMBER, NormdocIndex.ISSUER, NormdocIndex.BODY},
                index.queryAnalyzer(), java.util.Map.of(NormdocIndex.TITLE, 3f, NormdocIndex.NUMBER, 2f));
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(QueryParser.escape(q.strip()));
        } catch (ParseException e) {
            throw BusinessException.invalid("检索词无法识别：" + q);
        }
    }

    static Query build(NormdocIndex index, Criteria c, Visibility v, LocalDate today) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(visibility(v), BooleanClause.Occur.FILTER);
        Query words = words(index, c.q());
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
        long day = today.toEpochDay();
        if ("valid".equals(c.effect())) {
            b.add(new TermQuery(new Term(NormdocIndex.STATUS, DocStatus.PUBLISHED.name())), BooleanClause.Occur.FILTER);
            b.add(LongPoint.newRangeQuery(NormdocIndex.EFFECTIVE, Long.MIN_VALUE, day), BooleanClause.Occur.FILTER);
            b.add(LongPoint.newRangeQuery(NormdocIndex.EXPIRES, day, Long.MAX_VALUE), BooleanClause.Occur.FILTER);
        } else if ("invalid".equals(c.effect())) {
            Query inForce = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(NormdocIndex.STATUS, DocStatus.PUBLISHED.name())), BooleanClause.Occur.FILTER)
                    .add(LongPoint.newRangeQuery(NormdocIndex.EXPIRES, day, Long.MAX_VALUE), BooleanClause.Occur.FILTER).build();
            b.add(new TermQuery(new Term(NormdocIndex.PUBLIC, "1")), BooleanClause.Occur.FILTER);
            b.add(inForce, BooleanClause.Occur.MUST_NOT);
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
        Query query = build(index, c, v, today);
        Query words = words(index, c.q());
        return index.withSearcher(searcher -> run(index, searcher, query, words, c));
    }

    private static Result run(NormdocIndex index, IndexSearcher searcher, Query query, @Nullable Query words,
                              Criteria c) throws IOException {
        int want = c.page() * c.size();
        TopDocs top;
        if (words == null) {
            // browsing without words: newest first by id (ids grow with time)
            top = searcher.search(query, want, new Sort(new org.apache.lucene.search.SortField(NormdocIndex.ORDER,
                    org.apache.lucene.search.SortField.Type.LONG, true)));
        } else {
            TopScoreDocCollector collector = TopScoreDocCollector.create(want, Integer.MAX_VALUE);
            searcher.search(query, collector);
            top = collector.topDocs();
        }
        ScoreDoc[] all = top.scoreDocs;
        int from = Math.min(all.length, (c.page() - 1) * c.size());
        ScoreDoc[] docs = java.util.Arrays.copyOfRange(all, from, all.length);
        String[] titles = null;
        String[] bodies = null;
        if (words != null && docs.length > 0) {
            TopDocs pageDocs = new TopDocs(top.totalHits, docs);
            titles = highlighter(searcher, index, 1).highlight(NormdocIndex.TITLE, words, pageDocs, 1);
            bodies = highlighter(searcher, index, 1).highlight(NormdocIndex.BODY, words, pageDocs, 3);
        }
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < docs.length; i++) {
            Document d = searcher.storedFields().document(docs[i].doc);
            String titleText = d.get(NormdocIndex.TITLE);
            String bodyText = d.get(NormdocIndex.BODY);
            String titleHtml = titles != null && titles[i] != null ? titles[i] : SimpleHTMLEncoder.htmlEncode(titleText);
            String bodyHtml = bodies != null && bodies[i] != null ? bodies[i]
                    : SimpleHTMLEncoder.htmlEncode(bodyText.length() > 120 ? bodyText.substring(0, 120) + "…" : bodyText);
            hits.add(new Hit(Long.parseLong(d.get(NormdocIndex.ID)), titleHtml, titleText, d.get(NormdocIndex.NUMBER),
                    d.get(NormdocIndex.ISSUER), d.get(NormdocIndex.STATUS),
                    d.getField(NormdocIndex.YEAR).numericValue().intValue(), List.of(bodyHtml)));
        }
        return new Result(top.totalHits.value, c.page(), c.size(), hits);
    }

    /**
     * The unified highlighter on the offsets stored in the postings: {@code <em>} around the matched words, the rest
     * HTML-escaped, passages joined with an ellipsis; a document without a match in the field gets its first passage.
     */
    private static UnifiedHighlighter highlighter(IndexSearcher searcher, NormdocIndex index, int noMatchPassages) {
        return new UnifiedHighlighter.Builder(searcher, index.indexAnalyzer())
                .withFormatter(new DefaultPassageFormatter("<em>", "</em>", "…", true))
                .withMaxNoHighlightPassages(noMatchPassages)
                .withMaxLength(200_000)
                .build();
    }
}
