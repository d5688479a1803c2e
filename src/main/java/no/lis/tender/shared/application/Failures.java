package no.lis.tender.shared.application;

import no.lis.tender.shared.domain.DomainException;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a failure of a use case means for the user, read from the whole chain of causes: the
 * transaction manager, CDI, EclipseLink and the JDBC driver each wrap the one before, so that the
 * broken rule or the database's refusal is found several levels down. The database's refusal is
 * recognised by its SQL state (the same on Derby and PostgreSQL), never by message text.
 */
public final class Failures {

    /** The kinds of failure that are not an error of the application. */
    public enum Kind {
        /** A rule of the domain was broken: the user's to mend ({@link #brokenRule(Throwable)}). */
        BROKEN_RULE,
        /**
         * Two changes met: an optimistic-lock clash, a unique key that another request took first
         * (a double click), a row that another request removed, a deadlock or lock wait. Reloading and
         * trying again is the cure.
         */
        CONFLICT,
        /** A value too long or too large for the database column that holds it. */
        VALUE_TOO_LARGE,
        /**
         * The server was too busy to do it: no database connection came free in time, or a statement
         * ran out of its time. Nothing was changed; trying again a little later is the cure.
         */
        BUSY,
        /** Anything else: a fault of the application, for its operators. */
        UNEXPECTED
    }

    private static final int MAX_CAUSES = 50;

    private Failures() {
    }

    public static Kind kindOf(Throwable failure) {
        if (brokenRule(failure).isPresent()) {
            return Kind.BROKEN_RULE;
        }
        for (Throwable cause : causes(failure)) {
            if (isOptimisticLock(cause)) {
                return Kind.CONFLICT;
            }
            // the pool's wait for a connection timed out (Liberty's ConnectionWaitTimeoutException is a
            // SQLTransientConnectionException), or the query timeout cancelled a statement
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLTimeoutException) {
                return Kind.BUSY;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 23505 unique key, 23503 foreign key (the row referred to went away meanwhile),
                // 40001 serialization failure or deadlock, 40P01 PostgreSQL deadlock, 40XL1/40XL2 Derby lock wait
                if (state.equals("23505") || state.equals("23503") || state.startsWith("40")) {
                    return Kind.CONFLICT;
                }
                // class 22: data exception (string too long 22001, numeric out of range 22003, ...)
                if (state.startsWith("22")) {
                    return Kind.VALUE_TOO_LARGE;
                }
            }
        }
        return Kind.UNEXPECTED;
    }

    /**
     * Whether the database ended the transaction because it waited too long for a lock or found a
     * deadlock (SQL state 40001, PostgreSQL's 40P01, Derby's 40XL1 and 40XL2): nothing was changed, and
     * the same transaction run again may well pass. An optimistic-lock clash or a unique key taken is not
     * one: run again, it fails the same way.
     */
    public static boolean isLockClash(Throwable failure) {
        for (Throwable cause : causes(failure)) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && List.of("40001", "40P01", "40XL1", "40XL2").contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The broken domain rule somewhere in the chain of causes, if there is one. */
    public static Optional<DomainException> brokenRule(Throwable failure) {
        for (Throwable cause : causes(failure)) {
            if (cause instanceof DomainException rule) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /**
     * Jakarta Persistence's and EclipseLink's own OptimisticLockException (EclipseLink throws its own
     * at commit, outside the persistence API), known by name so that no provider class is needed.
     */
    private static boolean isOptimisticLock(Throwable cause) {
        return cause.getClass().getSimpleName().equals("OptimisticLockException");
    }

    /**
     * {@code failure} and its causes, each once: the causes proper, the JDBC driver's chain of next
     * exceptions, and EclipseLink's "internal exception" (which it does not always make the cause).
     */
    static List<Throwable> causes(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> all = new ArrayList<>();
        Deque<Throwable> todo = new ArrayDeque<>();
        if (failure != null) {
            todo.add(failure);
        }
        while (!todo.isEmpty() && all.size() < MAX_CAUSES) {
            Throwable next = todo.poll();
            if (!seen.add(next)) {
                continue;
            }
            all.add(next);
            if (next.getCause() != null) {
                todo.add(next.getCause());
            }
            if (next instanceof SQLException sql && sql.getNextException() != null) {
                todo.add(sql.getNextException());
            }
            internalException(next).ifPresent(todo::add);
        }
        return all;
    }

    private static Optional<Throwable> internalException(Throwable failure) {
        try {
            return Optional.ofNullable((Throwable) failure.getClass().getMethod("getInternalException").invoke(failure));
        } catch (ReflectiveOperationException | ClassCastException | SecurityException e) {
            return Optional.empty();
        }
    }
}
