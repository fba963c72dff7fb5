package org.fazhi.tasks;

import org.fazhi.org.UnitKind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches the unit names printed in a plan to the county's unit tree (单位名称匹配). Names are compared without their
 * place prefix (区、县、示范县 …), with 人民政府 read as 政府 and a city bureau's 分局 read as the county's 局. An exact
 * match on what remains is a match; otherwise names whose character pairs overlap enough are proposed and must be
 * confirmed; a name that matches several units or none is listed for review. Collective phrases (各乡镇, 各部门,
 * 各行政执法部门, 直属事业单位) expand to the units they mean.
 */
final class UnitMatcher {

    /** How a printed name was resolved. */
    enum Status {
        /** 已匹配: exactly one unit bears this name. */
        MATCHED,
        /** 集体称谓: expanded to a group of units. */
        COLLECTIVE,
        /** 近似: one likely unit, to be confirmed. */
        SUGGESTED,
        /** 多个: several units fit, choose. */
        AMBIGUOUS,
        /** 未匹配: no unit fits. */
        UNMATCHED;

        boolean needsReview() {
            return this == SUGGESTED || this == AMBIGUOUS || this == UNMATCHED;
        }
    }

    /** A unit that names can be matched to. */
    record Candidate(long id, String name, UnitKind kind, Long parentId, boolean enforcementBody) {
    }

    /** The resolution of one printed name: the units it stands for (matched or proposed). */
    record Match(String name, Status status, List<Candidate> units, String collective) {
    }

    /** Collective phrases and what they mean, as printed in county plans. */
    static final Map<String, String> COLLECTIVES = Map.of(
            "各乡镇", "全部乡镇和街道",
            "各乡镇（街道）", "全部乡镇和街道",
            "各街道", "全部街道",
            "各部门", "县政府全部工作部门",
            "各有关部门", "县政府全部工作部门",
            "各行政执法部门", "全部行政执法主体部门",
            "各执法部门", "全部行政执法主体部门",
            "直属事业单位", "县政府直属事业单位",
            "各直属事业单位", "县政府直属事业单位");

    private static final double SUGGEST_AT = 0.55;

    private final List<Candidate> candidates;
    private final long governmentId;
    private final String countyPrefix;

    /**
     * @param candidates   the county's active units
     * @param governmentId the county government's unit id (parent of departments and direct institutions)
     * @param countyPrefix the county's name as units are prefixed (e.g. 示范县), stripped before comparing
     */
    UnitMatcher(List<Candidate> candidates, long governmentId, String countyPrefix) {
        this.candidates = List.copyOf(candidates);
        this.governmentId = governmentId;
        this.countyPrefix = countyPrefix;
    }

    Match match(String printed) {
        String name = printed.strip();
        if (COLLECTIVES.containsKey(name)) {
            return new Match(name, Status.COLLECTIVE, expand(name), COLLECTIVES.get(name));
        }
        String core = core(name);
        List<Candidate> exact = candidates.stream().filter(c -> core(c.name()).equals(core)).toList();
        if (exact.size() == 1) {
            return new Match(name, Status.MATCHED, exact, null);
        }
        if (exact.size() > 1) {
            return new Match(name, Status.AMBIGUOUS, exact, null);
        }
        double best = 0;
        List<Candidate> near = new ArrayList<>();
        for (Candidate c : candidates) {
            double score = similarity(core, core(c.name()));
            if (score >= SUGGEST_AT && score > best + 1e-9) {
                best = score;
                near.clear();
                near.add(c);
            } else if (score >= SUGGEST_AT && Math.abs(score - best) < 1e-9) {
                near.add(c);
            }
        }
        if (near.isEmpty()) {
            return new Match(name, Status.UNMATCHED, List.of(), null);
        }
        return new Match(name, near.size() == 1 ? Status.SUGGESTED : Status.AMBIGUOUS, List.copyOf(near), null);
    }

    List<Candidate> expand(String collective) {
        return candidates.stream().filter(c -> switch (COLLECTIVES.getOrDefault(collective, "")) {
            case "全部乡镇和街道" -> c.kind() == UnitKind.TOWNSHIP || c.kind() == UnitKind.SUBDISTRICT;
            case "全部街道" -> c.kind() == UnitKind.SUBDISTRICT;
            case "县政府全部工作部门" -> c.kind() == UnitKind.DEPARTMENT;
            case "全部行政执法主体部门" -> c.kind() == UnitKind.DEPARTMENT && c.enforcementBody();
            case "县政府直属事业单位" -> c.kind() == UnitKind.INSTITUTION && c.parentId() != null
                    && c.parentId() == governmentId;
            default -> false;
        }).toList();
    }

    /** The distinctive part of a unit name: without place prefix, with 人民政府 → 政府 and 分局 → 局. */
    String core(String name) {
        String s = name.strip().replace("人民政府", "政府").replace("（", "(").replace("）", ")");
        if (!countyPrefix.isEmpty() && s.startsWith(countyPrefix)) {
            s = s.substring(countyPrefix.length());
        } else if (s.length() > 2 && (s.startsWith("区") || s.startsWith("县")) && !s.startsWith("区委")
                && !s.startsWith("县委")) {
            s = s.substring(1);
        }
        if (s.endsWith("分局")) {
            s = s.substring(0, s.length() - 2) + "局";
        }
        return s;
    }

    /** Dice coefficient of character pairs, plus full credit when one name's characters run in order in the other. */
    static double similarity(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.length() >= 4 && b.length() >= 4 && (inOrder(a, b) || inOrder(b, a))) {
            // one name abbreviates the other (市场监管局 → 市场监督管理局); the closer in length, the likelier
            return 0.6 + 0.4 * Math.min(a.length(), b.length()) / Math.max(a.length(), b.length());
        }
        List<String> pa = pairs(a);
        List<String> pb = pairs(b);
        if (pa.isEmpty() || pb.isEmpty()) {
            return 0;
        }
        int common = 0;
        List<String> rest = new ArrayList<>(pb);
        for (String p : pa) {
            if (rest.remove(p)) {
                common++;
            }
        }
        return 2.0 * common / (pa.size() + pb.size());
    }

    private static boolean inOrder(String shorter, String longer) {
        int i = 0;
        for (int j = 0; j < longer.length() && i < shorter.length(); j++) {
            if (longer.charAt(j) == shorter.charAt(i)) {
                i++;
            }
        }
        return i == shorter.length();
    }

    private static List<String> pairs(String s) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            pairs.add(s.substring(i, i + 2));
        }
        return pairs;
    }

    /** Distinct units of several matches in order, lead units first. */
    static List<Candidate> union(List<Match> matches) {
        Set<Long> seen = new LinkedHashSet<>();
        List<Candidate> units = new ArrayList<>();
        for (Match m : matches) {
            for (Candidate c : m.units()) {
                if (seen.add(c.id())) {
                    units.add(c);
                }
            }
        }
        return units;
    }
}
