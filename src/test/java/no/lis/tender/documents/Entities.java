package no.lis.tender.documents;

import java.lang.reflect.Field;

/** Gives an entity the id the database would give it on insert. */
public final class Entities {

    private Entities() {
    }

    public static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
