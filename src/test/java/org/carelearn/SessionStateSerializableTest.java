package org.carelearn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.annotation.Annotation;
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
import org.carelearn.staff.domain.SessionClock;
import org.junit.jupiter.api.Test;

/**
 * What a session holds must survive the trip to another node of the cluster (web.xml is {@code <distributable/>},
 * deployments/cluster/ keeps every session on two nodes): the beans of passivating scopes (session, view,
 * conversation) and what the filters put into sessions must be Serializable, and so must everything their
 * fields hold. Weld checks the injected fields when it deploys (a dependency that cannot passivate fails the
 * deployment); this checks the rest, on the compiled classes, through the fields' declared types, type arguments
 * included: a {@code List<Row>} whose Row is not Serializable, an {@code Optional}, a lambda type, fail here rather
 * than on the first fail-over. Fields marked {@code transient} are rebuilt on the other node and are not checked.
 * ClusterFailoverIT checks the real thing on two nodes.
 */
class SessionStateSerializableTest {

    /** Session attributes the application sets itself (staff.web.SessionLimits, SignInRecorder). */
    private static final List<Class<?>> SESSION_ATTRIBUTES = List.of(SessionClock.class, Boolean.class);

    private static final List<String> PASSIVATING_SCOPES = List.of(SessionScoped.class.getName(),
            ConversationScoped.class.getName(), "jakarta.faces.view.ViewScoped", "org.omnifaces.cdi.ViewScoped");

    @Test
    void everyBeanOfAPassivatingScopeAndEverySessionAttributeIsSerializableThroughAndThrough() {
        List<Class<?>> beans = passivatingBeans();
        assertTrue(beans.size() >= 19, "found only " + beans + ": is the scan still looking at the web beans?");
        List<String> problems = new ArrayList<>();
        Set<Class<?>> checked = new HashSet<>();
        for (Class<?> bean : beans) {
            check(bean, bean.getName(), problems, checked);
        }
        for (Class<?> attribute : SESSION_ATTRIBUTES) {
            check(attribute, "session attribute " + attribute.getName(), problems, checked);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theCheckFindsWhatCannotGoToAnotherNode() {
        List<String> problems = new ArrayList<>();
        check(Unfit.class, "Unfit", problems, new HashSet<>());
        assertEquals(List.of(
                "Unfit.rows: java.util.List<org.carelearn.SessionStateSerializableTest$Row> holds"
                        + " org.carelearn.SessionStateSerializableTest$Row, which is not Serializable",
                "Unfit.chosen: java.util.Optional<java.lang.String> holds java.util.Optional, which is not Serializable",
                "Unfit.format: java.util.function.Function<java.lang.String, java.lang.String> holds"
                        + " java.util.function.Function, which is not Serializable"), problems);
    }

    private static List<Class<?>> passivatingBeans() {
        List<Class<?>> beans = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.carelearn")) {
            if (PASSIVATING_SCOPES.stream().anyMatch(type::isAnnotatedWith)) {
                beans.add(type.reflect());
            }
        }
        return beans;
    }

    private static void check(Class<?> type, String where, List<String> problems, Set<Class<?>> checked) {
        if (!checked.add(type)) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(type)) {
            problems.add(where + " is not Serializable");
            return;
        }
        for (Class<?> c = type; c != null && c.getName().startsWith("org.carelearn."); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()
                        || injected(field)) {
                    continue;
                }
                String fieldName = c.getSimpleName() + "." + field.getName();
                unfit(field.getGenericType(), checked, problems).ifPresent(culprit -> problems.add(fieldName + ": "
                        + field.getGenericType().getTypeName() + " holds " + culprit + ", which is not Serializable"));
            }
        }
    }

    private static boolean injected(Field field) {
        for (Annotation annotation : field.getAnnotations()) {
            if (annotation.annotationType() == Inject.class) {
                return true;
            }
        }
        return false;
    }

    /** The first type in this declared type that cannot be serialized, if any (CareLearn's own types are opened). */
    private static java.util.Optional<String> unfit(Type type, Set<Class<?>> checked, List<String> problems) {
        if (type instanceof ParameterizedType parameterized) {
            java.util.Optional<String> raw = unfit(parameterized.getRawType(), checked, problems);
            if (raw.isPresent()) {
                return raw;
            }
            for (Type argument : parameterized.getActualTypeArguments()) {
                java.util.Optional<String> inner = unfit(argument, checked, problems);
                if (inner.isPresent()) {
                    return inner;
                }
            }
            return java.util.Optional.empty();
        }
        if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                java.util.Optional<String> inner = bound == Object.class ? java.util.Optional.empty()
                        : unfit(bound, checked, problems);
                if (inner.isPresent()) {
                    return inner;
                }
            }
            return java.util.Optional.empty();
        }
        if (type instanceof TypeVariable<?>) {
            return java.util.Optional.empty(); // checked where the generic type is used with its argument
        }
        if (type instanceof GenericArrayType array) {
            return unfit(array.getGenericComponentType(), checked, problems);
        }
        Class<?> c = (Class<?>) type;
        if (c.isArray()) {
            return unfit(c.getComponentType(), checked, problems);
        }
        if (c.isPrimitive() || c.isEnum()) {
            return java.util.Optional.empty();
        }
        // Collections are declared by their interfaces; the JDK's implementations (ArrayList, List.of, toList(),
        // HashMap, Map.of) are all Serializable, and their elements are checked through the type arguments.
        if (c == List.class || c == Set.class || c == Map.class || c == Collection.class
                || c == java.util.SortedSet.class || c == java.util.SortedMap.class) {
            return java.util.Optional.empty();
        }
        // A normal-scoped bean handed on from an injection point is Weld's client proxy, which is serialized as
        // a reference to the bean and finds the other node's instance (CDI 4.0, section 6.6.2: every bean with a
        // normal scope is a passivation capable dependency)
        if (c.isAnnotationPresent(ApplicationScoped.class) || c.isAnnotationPresent(RequestScoped.class)) {
            return java.util.Optional.empty();
        }
        if (!Serializable.class.isAssignableFrom(c)) {
            return java.util.Optional.of(c.getName());
        }
        if (c.getName().startsWith("org.carelearn.")) {
            check(c, c.getName(), problems, checked);
        }
        return java.util.Optional.empty();
    }

    /** What the check must refuse (and one field it must let through). */
    @SuppressWarnings("unused")
    private static final class Unfit implements Serializable {
        private static final long serialVersionUID = 1L;
        private List<Row> rows;
        private java.util.Optional<String> chosen;
        private java.util.function.Function<String, String> format;
        private transient Row rebuilt;
        private Map<String, List<Long>> fine;
    }

    private record Row(String name) {
    }
}
