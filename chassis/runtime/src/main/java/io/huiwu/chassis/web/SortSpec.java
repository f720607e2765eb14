package io.huiwu.chassis.web;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@code sort} query parameter of list endpoints: comma-separated field names, each optionally prefixed with
 * {@code -} for descending order, e.g. {@code sort=delegation,-rank}. Only the fields an endpoint names are accepted.
 */
public record SortSpec(List<Field> fields) {

    public record Field(String name, boolean descending) {
    }

    public static SortSpec parse(String sort, Set<String> allowed, String defaultSort) {
        String text = sort == null || sort.isBlank() ? defaultSort : sort;
        List<Field> fields = new ArrayList<>();
        for (String part : text.split(",")) {
            String name = part.strip();
            boolean descending = name.startsWith("-");
            if (descending || name.startsWith("+")) {
                name = name.substring(1);
            }
            if (!allowed.contains(name)) {
                throw ProblemException.invalidField("sort", Message.of(
                        "cannot sort by '{0}'; use one of {1} (prefix - for descending)",
                        "不能按“{0}”排序；请使用 {1} 之一（前加 - 为降序）", name,
                        String.join(", ", allowed.stream().sorted().toList())));
            }
            fields.add(new Field(name, descending));
        }
        return new SortSpec(List.copyOf(fields));
    }

    public Field first() {
        return fields.get(0);
    }
}
