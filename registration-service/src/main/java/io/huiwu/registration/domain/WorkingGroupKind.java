package io.huiwu.registration.domain;

/** The usual working groups of a meeting's staff (会务工作班子): 秘书组, 材料组, 保障组, 新闻组, or another. */
public enum WorkingGroupKind {
    SECRETARIAT, MATERIALS, SUPPORT, PRESS, OTHER
}
