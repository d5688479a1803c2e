package no.lis.tender.shared.infrastructure;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/** The tables and columns that JPA mappings name: what a context's schema test finds in its change log. */
public final class MappedNames {

    private MappedNames() {
    }

    /**
     * The names the annotations of {@code types} give: tables, columns, join, order and map-key columns,
     * collection tables with their join column, and overridden columns; an empty name where an
     * annotation leaves it to the default.
     */
    public static List<String> of(List<Class<?>> types) {
        List<String> names = new ArrayList<>();
        for (Class<?> type : types) {
            if (type.isAnnotationPresent(Table.class)) {
                names.add(type.getAnnotation(Table.class).name());
            }
            for (Field field : fieldsOf(type)) {
                if (field.isAnnotationPresent(Column.class)) {
                    names.add(field.getAnnotation(Column.class).name());
                }
                if (field.isAnnotationPresent(JoinColumn.class)) {
                    names.add(field.getAnnotation(JoinColumn.class).name());
                }
                if (field.isAnnotationPresent(OrderColumn.class)) {
                    names.add(field.getAnnotation(OrderColumn.class).name());
                }
                if (field.isAnnotationPresent(MapKeyColumn.class)) {
                    names.add(field.getAnnotation(MapKeyColumn.class).name());
                }
                if (field.isAnnotationPresent(CollectionTable.class)) {
                    names.add(field.getAnnotation(CollectionTable.class).name());
                    names.add(field.getAnnotation(CollectionTable.class).joinColumns()[0].name());
                }
                for (AttributeOverride override : field.getAnnotationsByType(AttributeOverride.class)) {
                    names.add(override.column().name());
                }
            }
        }
        return names;
    }

    /** The fields of {@code type} and of the mapped superclasses it extends (the shared id and version). */
    private static List<Field> fieldsOf(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> mapped = type; mapped != Object.class; mapped = mapped.getSuperclass()) {
            fields.addAll(List.of(mapped.getDeclaredFields()));
        }
        return fields;
    }
}
