package no.lis.tender.shared.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Which database the datasource {@code jdbc/lis} is, for the few statements that JPA cannot say
 * portably (a shared row lock). Asked of the database once, at the first question.
 */
@ApplicationScoped
public class DatabaseProduct {

    @Resource(lookup = "jdbc/lis")
    DataSource dataSource;

    private volatile Boolean postgreSql;

    /** Whether the database is PostgreSQL; otherwise it is Derby. */
    public boolean isPostgreSql() {
        Boolean known = postgreSql;
        if (known == null) {
            try (Connection connection = dataSource.getConnection()) {
                known = postgreSql = connection.getMetaData().getDatabaseProductName()
                        .toLowerCase(Locale.ROOT).contains("postgres");
            } catch (SQLException e) {
                throw new IllegalStateException("the database does not say what it is", e);
            }
        }
        return known;
    }
}
