package no.lis.tender.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.inject.Named;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import no.lis.tender.shared.application.PricedRead;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The paths of the application that can give prices, found in its compiled classes: every REST
 * resource method and every page view ({@code @Named} in a web package), what each exposes, and
 * whether it is marked {@link PricedRead} or {@link PricedRead.Exempt}. Used by the build test that
 * refuses an unmarked priced path, and by the integration test that calls every marked one.
 */
public final class PricedPaths {

    /** A field name that holds a price or a figure computed from prices. */
    private static final Pattern PRICE_LIKE = Pattern.compile("(?i).*(price|saving|rebate|icer).*");
    /**
     * Not prices: maximum prices are set by the medicines authority and public; a price formula is
     * the rule the tender documents publish.
     */
    private static final Pattern NOT_A_PRICE = Pattern.compile("(?i)max(imum)?Price.*|.*Formula");
    private static final List<Class<? extends Annotation>> HTTP_METHODS = List.of(GET.class, POST.class, PUT.class,
            DELETE.class, PATCH.class);
    private static final String BASE = "no.lis.tender.";

    private static final List<Class<?>> CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.lis.tender").stream()
            .filter(c -> !c.isAnonymousClass() && !c.isLocalClass())
            .map(JavaClass::reflect)
            .sorted(Comparator.comparing(Class::getName)).toList();

    private PricedPaths() {
    }

    /** A REST resource method: e.g. {@code GET /api/tenders/{tenderId}/evaluation/ranking}. */
    public record Endpoint(String httpMethod, String path, Method method) {

        public String key() {
            return httpMethod + " " + path;
        }

        public boolean isPricedRead() {
            return method.isAnnotationPresent(PricedRead.class);
        }

        public boolean isExempt() {
            return method.isAnnotationPresent(PricedRead.Exempt.class);
        }

        @Override
        public String toString() {
            return key() + " (" + method.getDeclaringClass().getSimpleName() + "." + method.getName() + ")";
        }
    }

    /** Every REST resource method, by path. */
    public static List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> resource : CLASSES) {
            Path root = resource.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : resource.getDeclaredMethods()) {
                httpMethod(method).ifPresent(http -> {
                    Path sub = method.getAnnotation(Path.class);
                    endpoints.add(new Endpoint(http, normalised("/api/" + root.value() + "/"
                            + (sub == null ? "" : sub.value())), method));
                });
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::key));
        return endpoints;
    }

    /** Every page view: a {@code @Named} class of a web package. */
    public static List<Class<?>> views() {
        return CLASSES.stream().filter(c -> c.getPackageName().endsWith(".web") && c.isAnnotationPresent(Named.class))
                .toList();
    }

    /** The resource methods marked {@link PricedRead}. */
    public static List<Endpoint> pricedEndpoints() {
        return endpoints().stream().filter(Endpoint::isPricedRead).toList();
    }

    /** The views marked {@link PricedRead}. */
    public static List<Class<?>> pricedViews() {
        return views().stream().filter(view -> view.isAnnotationPresent(PricedRead.class)).toList();
    }

    /**
     * Where the answer of {@code endpoint} can carry a price: the first price-like field reachable
     * from its return type (e.g. {@code "RankingPage.lots.offers.packPrice"}). An answer whose body
     * the method builds itself ({@link Response}) cannot be told from its type: it counts when it is a
     * file (a PDF, say) or when its resource answers with prices elsewhere.
     */
    public static Optional<String> prices(Endpoint endpoint) {
        Method method = endpoint.method();
        if (method.getReturnType() != Response.class) {
            return typedPrices(method);
        }
        List<String> files = Arrays.stream(produced(method)).filter(type -> !type.contains("json")).toList();
        if (!files.isEmpty()) {
            return Optional.of("a file (" + String.join(", ", files) + ") built by the method");
        }
        return Arrays.stream(method.getDeclaringClass().getDeclaredMethods())
                .filter(other -> httpMethod(other).isPresent() && other.getReturnType() != Response.class)
                .sorted(Comparator.comparing(Method::getName)).map(PricedPaths::typedPrices).flatMap(Optional::stream)
                .findFirst().map(sibling -> "a Response built by a resource that answers with prices elsewhere ("
                        + sibling + ")");
    }

    private static Optional<String> typedPrices(Method method) {
        return priceLike(method.getGenericReturnType(), method.getReturnType().getSimpleName(), new HashSet<>());
    }

    /** The media types the method answers with: its own {@link Produces}, else its resource's. */
    private static String[] produced(Method method) {
        Produces produces = method.getAnnotation(Produces.class);
        if (produces == null) {
            produces = method.getDeclaringClass().getAnnotation(Produces.class);
        }
        return produces == null ? new String[0] : produces.value();
    }

    /** Where what {@code view} shows can carry a price: the first price-like field reachable from its public methods. */
    public static Optional<String> prices(Class<?> view) {
        Set<Type> seen = new HashSet<>();
        for (Class<?> c = view; c != null && c.getName().startsWith(BASE); c = c.getSuperclass()) {
            for (Method method : sortedMethods(c)) {
                if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())
                        || method.getReturnType() == void.class) {
                    continue;
                }
                Optional<String> found = priceLike(method.getGenericReturnType(), method.getName() + "()", seen);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> priceLike(Type type, String where, Set<Type> seen) {
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                Optional<String> found = priceLike(argument, where, seen);
                if (found.isPresent()) {
                    return found;
                }
            }
            return priceLike(parameterized.getRawType(), where, seen);
        }
        if (type instanceof WildcardType wildcard) {
            return Arrays.stream(wildcard.getUpperBounds()).map(bound -> priceLike(bound, where, seen))
                    .flatMap(Optional::stream).findFirst();
        }
        if (type instanceof GenericArrayType array) {
            return priceLike(array.getGenericComponentType(), where, seen);
        }
        if (!(type instanceof Class<?> c)) {
            return Optional.empty();
        }
        if (c.isArray()) {
            return priceLike(c.getComponentType(), where, seen);
        }
        if (!c.getName().startsWith(BASE) || c.isEnum() || !seen.add(c)) {
            return Optional.empty();
        }
        for (Class<?> k = c; k != null && k.getName().startsWith(BASE); k = k.getSuperclass()) {
            for (Field field : sortedFields(k)) {
                if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
                    continue;
                }
                String at = where + "." + field.getName();
                if (isPriceLike(field)) {
                    return Optional.of(at);
                }
                Optional<String> found = priceLike(field.getGenericType(), at, seen);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isPriceLike(Field field) {
        Class<?> type = field.getType();
        String name = field.getName();
        return PRICE_LIKE.matcher(name).matches() && !NOT_A_PRICE.matcher(name).matches()
                && type != boolean.class && type != Boolean.class && !type.isEnum();
    }

    private static Optional<String> httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null && HTTP_METHODS.contains(annotation.annotationType())) {
                return Optional.of(http.value());
            }
        }
        return Optional.empty();
    }

    private static String normalised(String path) {
        String single = path.replaceAll("/+", "/");
        return single.length() > 1 && single.endsWith("/") ? single.substring(0, single.length() - 1) : single;
    }

    private static List<Method> sortedMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods()).filter(m -> !m.isSynthetic() && !m.isBridge())
                .sorted(Comparator.comparing(Method::getName)).toList();
    }

    private static List<Field> sortedFields(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields()).sorted(Comparator.comparing(Field::getName)).toList();
    }
}
