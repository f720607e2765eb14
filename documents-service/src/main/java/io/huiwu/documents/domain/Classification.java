package io.huiwu.documents.domain;

/**
 * How a document is marked, from least to most protected. The state-secret levels are 秘密, 机密 and 绝密 only, each
 * with a term of at most 10, 20 and 30 years; 内部 marks a work secret and is not a secret level (DOMAIN.md,
 * Confidential documents).
 */
public enum Classification {
    PUBLIC("公开", 0),
    INTERNAL("内部", 0),
    CONFIDENTIAL("秘密", 10),
    SECRET("机密", 20),
    TOP_SECRET("绝密", 30);

    private final String chinese;
    private final int longestTermYears;

    Classification(String chinese, int longestTermYears) {
        this.chinese = chinese;
        this.longestTermYears = longestTermYears;
    }

    public String chinese() {
        return chinese;
    }

    /** Whether this is a state-secret level (秘密, 机密, 绝密), whose copies are numbered and recalled. */
    public boolean isStateSecret() {
        return longestTermYears > 0;
    }

    /** The longest term (保密期限) the level allows, in years; 0 for a mark that is not a secret level. */
    public int longestTermYears() {
        return longestTermYears;
    }

    /** Whether a holder cleared to this level may hold a document marked {@code marking}. */
    public boolean covers(Classification marking) {
        return compareTo(marking) >= 0;
    }
}
