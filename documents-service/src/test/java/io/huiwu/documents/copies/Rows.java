package io.huiwu.documents.copies;

import io.agroal.api.AgroalDataSource;

import java.sql.SQLException;

/** What the tests read straight from the service's database: the number a query answers. */
final class Rows {

    private Rows() {
    }

    /** The single number {@code sql} answers (a count, a max...). */
    static long count(AgroalDataSource dataSource, String sql) {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
