package no.lis.tender.shared.infrastructure;

import org.assertj.core.api.ThrowingConsumer;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL states by which the schema tests tell which rule refused a row: any {@link SQLException}
 * would also come from a typo in the test's statement, so each refusal is checked for its kind.
 */
public final class SqlStates {

    /** A unique constraint or key. */
    public static final String UNIQUE = "23505";
    /** A check constraint (Derby's state; PostgreSQL answers 23514). */
    public static final String CHECK = "23513";
    /** A foreign key. */
    public static final String FOREIGN_KEY = "23503";

    private SqlStates() {
    }

    /** That the thrown exception is an {@link SQLException} with {@code state}. */
    public static ThrowingConsumer<Throwable> violates(String state) {
        return thrown -> assertThat(thrown).isInstanceOf(SQLException.class)
                .extracting(e -> ((SQLException) e).getSQLState()).as(thrown.getMessage()).isEqualTo(state);
    }
}
