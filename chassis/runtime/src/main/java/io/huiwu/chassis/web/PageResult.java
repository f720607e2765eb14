package io.huiwu.chassis.web;

import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code {"items": [...], "page": 0, "size": 50, "total": 1234}}. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

    /** One page of a list held whole in memory (lists that stay small: a meeting's check-in points, its notices). */
    public static <T> PageResult<T> of(List<T> all, PageRequest request) {
        long from = Math.min(request.offset(), all.size());
        int to = (int) Math.min(from + request.size(), all.size());
        return new PageResult<>(List.copyOf(all.subList((int) from, to)), request.page(), request.size(), all.size());
    }

    public <R> PageResult<R> map(Function<? super T, ? extends R> mapper) {
        return new PageResult<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
