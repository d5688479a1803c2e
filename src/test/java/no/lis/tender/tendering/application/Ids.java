package no.lis.tender.tendering.application;

import java.lang.reflect.Field;

/** Gives an entity its id as the database would on insert, and its next version as a commit of a change would. */
final class Ids {

    private Ids() {
    }

    static void assign(Object entity, long id) {
        try {
            field(entity, "id").set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The {@code @Version} moves on by one, as EclipseLink moves it when a changed entity is committed. */
    static void nextVersion(Object entity) {
        try {
            Field version = field(entity, "version");
            version.setLong(entity, version.getLong(entity) + 1);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field field(Object entity, String name) throws NoSuchFieldException {
        Field field = entity.getClass().getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }
}
