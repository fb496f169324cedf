package dev.kinship.runtime.loading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kinship.dsl.Associations;
import dev.kinship.dsl.KinshipException;
import dev.kinship.dsl.Schema;
import dev.kinship.runtime.Database;
import dev.kinship.runtime.Entities;
import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import dev.kinship.runtime.blog.BlogSchema;
import dev.kinship.runtime.blog.Post;
import dev.kinship.runtime.internal.proxy.ProxyFactory;
import dev.kinship.runtime.TestDatabases;
import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The generated entity subclass: one per class, invisible to serialisers, the user's methods left alone. */
class ProxyClassTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.inMemory(TeamSchema::schema);

    private static Schema widgetSchema() {
        return Schema.builder().model(Widget.class)
            .associate(Associations.of(Widget.class)
                .hasMany(Widget.class).foreignKey("assemblyId").as("parts")
                .belongsTo(Widget.class).foreignKey("assemblyId").as("assembly"))
            .build();
    }

    private static Class<?> managedClassOf(Database database) {
        try (Session s = database.openSession()) {
            return s.insert(new Widget()).getClass();
        }
    }

    @Test
    void proxy_concurrentFirstUseBySeveralDatabases_isGeneratedOnce() throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        Callable<Class<?>> firstUse = () -> {
            start.await(10, TimeUnit.SECONDS);
            try (Database database = TestDatabases.open(widgetSchema())) {
                database.sync();
                return managedClassOf(database);
            }
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Class<?>> one = threads.submit(firstUse);
            Future<Class<?>> two = threads.submit(firstUse);

            assertThat(one.get(30, TimeUnit.SECONDS)).isSameAs(two.get(30, TimeUnit.SECONDS));
            assertThat(one.get().getSuperclass()).isEqualTo(Widget.class);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void proxy_twoSessionsOfOneDatabase_shareOneClass() {
        Rows.exec(db.get(), "INSERT INTO \"teams\" (\"id\", \"name\") VALUES (1, 'core')");
        Class<?> first;
        try (Session s = db.open()) {
            first = s.find(Team.class, 1L).orElseThrow().getClass();
        }
        try (Session s = db.open()) {
            assertThat(s.find(Team.class, 1L).orElseThrow().getClass()).isSameAs(first);
        }
    }

    @Test
    void proxy_beanIntrospection_seesOnlyTheUsersProperties() throws IntrospectionException {
        Rows.exec(db.get(), "INSERT INTO \"teams\" (\"id\", \"name\") VALUES (1, 'core')");
        try (Session s = db.open()) {
            Team team = s.find(Team.class, 1L).orElseThrow();

            assertThat(properties(team.getClass())).isEqualTo(properties(Team.class))
                .containsExactly("activeMembers", "activeProjects", "flagship", "id", "members", "name", "projects");
        }
    }

    private static List<String> properties(Class<?> type) throws IntrospectionException {
        return Arrays.stream(Introspector.getBeanInfo(type, Object.class).getPropertyDescriptors())
            .map(PropertyDescriptor::getName).sorted().toList();
    }

    @Test
    void proxy_overridesOnlyAssociationAccessors() {
        try (Session s = db.open()) {
            Class<?> managed = s.insert(new Team()).getClass();

            assertThat(Arrays.stream(managed.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.getName().startsWith("kinship$"))
                    .map(Method::getName).sorted().toList())
                .containsExactly("getActiveMembers", "getActiveProjects", "getFlagship", "getMembers", "getProjects");
        }
    }

    @Test
    void proxy_equalsHashCodeAndToString_areTheUsersAndLoadNothing() {
        Rows.exec(db.get(), "INSERT INTO \"teams\" (\"id\", \"name\") VALUES (1, 'core')");
        try (Session s = db.open()) {
            Team team = s.find(Team.class, 1L).orElseThrow();

            assertThat(team.toString()).isEqualTo("Team[core]");
            assertThat(team.hashCode()).isEqualTo("core".hashCode());
            Team plain = new Team();
            assertThat(team).isNotEqualTo(plain);
            assertThat(s.stats().statements()).isEqualTo(1);
            assertThat(Entities.classOf(team)).isEqualTo(Team.class);
        }
    }

    @Test
    void proxy_managedEntitiesOfAnotherSchema_getTheirOwnClassPerAccessorSet() {
        try (Database blog = TestDatabases.open(BlogSchema.schema())) {
            blog.sync();
            BlogData.seed(blog, 1, 0);
            try (Session s = blog.openSession()) {
                Post post = s.find(Post.class, 1L).orElseThrow();
                assertThat(post.getClass().getSuperclass()).isEqualTo(Post.class);
                assertThat(post.getClass().getName()).startsWith("dev.kinship.runtime.blog.Post$Kinship$");
            }
        }
    }

    @Test
    void proxyFactory_finalClass_failsNamingTheClassAndTheFix() {
        assertThatThrownBy(() -> ProxyFactory.proxyOf(Unusable.Sealed.class, List.of()))
            .isInstanceOf(KinshipException.class)
            .hasMessage("Model Sealed is final. Kinship subclasses every entity class at run time for lazy loading, so "
                + "Sealed must be a non-final, non-abstract class (not a record or an interface) with a no-arg "
                + "constructor that is at least package-private.");
    }

    @Test
    void proxyFactory_finalGetter_failsNamingTheGetterAndTheFix() {
        List<ProxyFactory.Accessor> accessors = List.of(new ProxyFactory.Accessor("getItems", null, List.class, 0));

        assertThatThrownBy(() -> ProxyFactory.proxyOf(Unusable.FinalGetter.class, accessors))
            .isInstanceOf(KinshipException.class)
            .hasMessage("Model FinalGetter: getter FinalGetter.getItems() is final, so lazy loading cannot intercept it."
                + " Remove 'final' from getItems().");
    }

    @Test
    void proxyFactory_finalSetter_failsNamingTheSetterAndTheFix() {
        List<ProxyFactory.Accessor> accessors =
            List.of(new ProxyFactory.Accessor("getItems", "setItems", List.class, 0));

        assertThatThrownBy(() -> ProxyFactory.proxyOf(Unusable.FinalSetter.class, accessors))
            .isInstanceOf(KinshipException.class)
            .hasMessage("Model FinalSetter: setter FinalSetter.setItems(...) is final, so Kinship cannot mark the "
                + "association loaded when it is called. Remove 'final' from setItems(...).");
    }
}
