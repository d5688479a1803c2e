package no.lis.tender.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On two nodes the HTTP session, with every view bean Faces keeps in it, is written to the shared
 * database after each request and read back by the other node when the first one dies
 * (docs/architecture.md). A view or session bean therefore keeps only what survives Java
 * serialisation: ids, texts, numbers, times and serialisable snapshots. Entities and other objects
 * that cannot be written are {@code transient} and loaded again when missing; injected beans are
 * CDI's (their proxies are serialisable, and Weld checks them at deployment).
 */
class SessionStateTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.lis.tender");

    @Test
    void viewAndSessionBeansKeepOnlyWhatAnotherNodeCanReadBack() {
        List<String> problems = new ArrayList<>();
        List<Class<?>> beans = CLASSES.stream()
                .filter(c -> c.isAnnotatedWith(ViewScoped.class) || c.isAnnotatedWith(SessionScoped.class)
                        || c.isAnnotatedWith(ConversationScoped.class))
                .map(JavaClass::reflect)
                .toList();
        assertThat(beans).as("view and session beans found").hasSizeGreaterThan(20);
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            checkFields(bean, bean.getSimpleName(), new HashSet<>(), problems);
        }
        assertThat(problems).as("state that would be lost or refused when the session moves to another node")
                .isEmpty();
    }

    private static void checkFields(Class<?> type, String path, Set<Class<?>> seen, List<String> problems) {
        if (!seen.add(type)) {
            return;
        }
        // Fields of library superclasses (PrimeFaces' LazyDataModel...) are the library's to keep serialisable.
        for (Class<?> c = type; c != null && c.getName().startsWith("no.lis.tender."); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isAnnotationPresent(Inject.class)
                        || field.isSynthetic()) {
                    continue;
                }
                checkType(field.getGenericType(), path + "." + field.getName(), seen, problems);
            }
        }
    }

    private static void checkType(Type type, String path, Set<Class<?>> seen, List<String> problems) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
                // The interface is not Serializable, but every List, Set and Map the beans make is (ArrayList, List.of...).
                for (Type argument : parameterized.getActualTypeArguments()) {
                    checkType(argument, path + "<>", seen, problems);
                }
                return;
            }
            checkType(raw, path, seen, problems);
            return;
        }
        if (type instanceof GenericArrayType array) {
            checkType(array.getGenericComponentType(), path + "[]", seen, problems);
            return;
        }
        if (type instanceof WildcardType || type instanceof TypeVariable<?>) {
            return;
        }
        Class<?> raw = (Class<?>) type;
        if (raw.isArray()) {
            checkType(raw.getComponentType(), path + "[]", seen, problems);
            return;
        }
        if (raw.isPrimitive() || raw.isEnum()) {
            return;
        }
        if (raw.isAnnotationPresent(Entity.class) || raw.isAnnotationPresent(Embeddable.class)) {
            problems.add(path + " holds the entity " + raw.getSimpleName() + ": keep its id or a snapshot, or make it transient");
            return;
        }
        if (!Serializable.class.isAssignableFrom(raw)) {
            problems.add(path + " is a " + raw.getName() + ", which is not Serializable");
            return;
        }
        if (raw.getName().startsWith("no.lis.tender.")) {
            checkFields(raw, path, seen, problems);
        }
    }
}
