package quizline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * One profile's rows in a store's database: the connection, its {@link Dialect} and the profile (null in SQLite, whose
 * file is the profile). The store's SQL is prepared here, written once for both dialects.
 */
record Scope(Connection db, Dialect dialect, String profile) {
    /** {@code template} prepared with its parameters bound, as {@link Dialect#prepare} does. */
    PreparedStatement prepare(String template, Object... values) throws SQLException {
        return dialect.prepare(db, profile, template, values);
    }

    /** The same, for an insert whose new row's id is read back from {@code getGeneratedKeys()}, column 1. */
    PreparedStatement prepareInsert(String template, Object... values) throws SQLException {
        return dialect.render(template).prepare(db, profile, true, values);
    }
}
