package no.lis.tender.tendering.application;

import java.lang.reflect.Field;

/** Gives an entity its id as the database would on insert. */
final class Ids {

    private Ids() {
    }

    static void assign(Object entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
