package no.lis.tender.shared.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NamedQueriesTest {

    private final List<String> calls = new ArrayList<>();

    @SuppressWarnings("unchecked")
    private final TypedQuery<Long> query = (TypedQuery<Long>) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[]{TypedQuery.class}, (proxy, method, args) -> {
                calls.add(method.getName() + "(" + args[0] + ", " + args[1] + ")");
                return proxy;
            });

    private final EntityManager em = (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[]{EntityManager.class}, (proxy, method, args) -> {
                calls.add(method.getName() + "(" + args[0] + ", " + ((Class<?>) args[1]).getSimpleName() + ")");
                return query;
            });

    @Test
    void namesTheQueryAndItsResultTypeAndSetsEachParameterByName() {
        TypedQuery<Long> made = NamedQueries.query(em, Long.class, "Tender.countById", "id", 7L, "status", "DRAFT");

        assertThat(made).isSameAs(query);
        assertThat(calls).containsExactly("createNamedQuery(Tender.countById, Long)", "setParameter(id, 7)",
                "setParameter(status, DRAFT)");
    }

    @Test
    void aQueryWithoutParametersIsOnlyCreated() {
        NamedQueries.query(em, Long.class, "UserAccount.count");

        assertThat(calls).containsExactly("createNamedQuery(UserAccount.count, Long)");
    }
}
