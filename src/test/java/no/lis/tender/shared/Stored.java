package no.lis.tender.shared;

import java.lang.reflect.Field;

/**
 * What the database sets on an entity, set by the in-memory repositories of the use-case tests: the
 * id on insert, and the {@code @Version}, which moves on by one each time a change is committed.
 */
public final class Stored {

    private Stored() {
    }

    /** {@code entity} with the id the database would give it on insert. */
    public static <T> T withId(T entity, long id) {
        set(entity, "id", id);
        return entity;
    }

    /** {@code entity} given the next id of {@code stored} (its size plus one) and added to it, as a first save. */
    public static <T> T added(java.util.List<T> stored, T entity) {
        stored.add(withId(entity, stored.size() + 1));
        return entity;
    }

    /** Sets the version as if the entity had been changed and stored {@code version} times. */
    public static void asVersion(Object entity, long version) {
        set(entity, "version", version);
    }

    /** The version moves on by one, as EclipseLink moves it when a change to the entity is committed. */
    public static void nextVersion(Object entity) {
        try {
            Field version = field(entity, "version");
            version.setLong(entity, version.getLong(entity) + 1);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets the field {@code name} of {@code entity}, declared in its class or a superclass. */
    public static void set(Object entity, String name, Object value) {
        try {
            field(entity, name).set(entity, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field field(Object entity, String name) throws NoSuchFieldException {
        for (Class<?> type = entity.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException notHere) {
                // the id and version live in the shared kernel's mapped superclasses
            }
        }
        throw new NoSuchFieldException(name);
    }
}
