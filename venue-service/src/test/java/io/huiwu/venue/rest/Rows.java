package io.huiwu.venue.rest;

import java.sql.SQLException;
import javax.sql.DataSource;

/** Counts rows in venue's database, for tests that check what a request changed or left alone. */
final class Rows {

    private Rows() {
    }

    static long count(DataSource database, String sql, Object... parameters) throws SQLException {
        try (var connection = database.getConnection(); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
