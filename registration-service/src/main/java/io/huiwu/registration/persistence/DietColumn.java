package io.huiwu.registration.persistence;

import io.huiwu.registration.domain.Diet;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A person's diets in one column, as their names in declared order separated by commas; empty for none. */
@Converter
public class DietColumn implements AttributeConverter<Set<Diet>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Diet> diets) {
        return Diet.sorted(diets).stream().map(Diet::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<Diet> convertToEntityAttribute(String column) {
        Set<Diet> diets = EnumSet.noneOf(Diet.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::strip).map(Diet::valueOf).forEach(diets::add);
        }
        return diets;
    }
}
