package org.gatewayusers.rest.pop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.mock;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gatewayusers.rest.pop.sgw.CloudStorageGateway;
import org.gatewayusers.rest.pop.smartag.SmartAccessGateway;
import org.junit.jupiter.api.Test;

/** The products list every action class once, and the endpoint's dispatch finds each action under its product. */
class PopProductsTest {

    /** Every concrete class of the application's compiled classes that implements {@link PopAction}. */
    private static Set<Class<?>> actionClassesOfTheApplication() throws Exception {
        Path classes = Path.of(PopAction.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<Class<?>> found = new HashSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replaceFirst("\\.class$", "")
                        .replace(file.getFileSystem().getSeparator(), ".");
                Class<?> type = Class.forName(name, false, PopProductsTest.class.getClassLoader());
                if (PopAction.class.isAssignableFrom(type) && !type.isInterface()
                        && !Modifier.isAbstract(type.getModifiers())) {
                    found.add(type);
                }
            }
        }
        return found;
    }

    private static PopAction instanceOf(Class<? extends PopAction> type) throws ReflectiveOperationException {
        Constructor<? extends PopAction> constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
    }

    private static List<PopAction> everyAction() throws ReflectiveOperationException {
        List<PopAction> actions = new ArrayList<>();
        for (PopProduct product : PopProducts.ALL) {
            for (Class<? extends PopAction> type : product.actions()) {
                actions.add(instanceOf(type));
            }
        }
        return actions;
    }

    private static PopRequest call(String action, String version) {
        return PopRequest.of("GET", "Action=" + action + "&Version=" + version, null);
    }

    @Test
    void serves_cloud_storage_gateway_and_smart_access_gateway() {
        assertEquals(List.of("hcs-sgw 2018-05-11", "smartag 2018-03-13"), PopProducts.ALL.stream()
                .map(product -> product.code() + " " + product.version()).toList());
        assertSame(CloudStorageGateway.PRODUCT, PopProducts.ofVersion("2018-05-11").orElseThrow());
        assertSame(SmartAccessGateway.PRODUCT, PopProducts.ofVersion("2018-03-13").orElseThrow());
        assertFalse(PopProducts.ofVersion("2018-05-12").isPresent());
    }

    @Test
    void gives_each_product_its_own_code_and_version() {
        assertEquals(PopProducts.ALL.size(), PopProducts.ALL.stream().map(PopProduct::code).distinct().count());
        assertEquals(PopProducts.ALL.size(), PopProducts.ALL.stream().map(PopProduct::version).distinct().count());
    }

    @Test
    void lists_every_action_class_of_the_application_in_exactly_one_product() throws Exception {
        List<Class<?>> listed = PopProducts.ALL.stream().flatMap(product -> product.actions().stream())
                .collect(Collectors.toList());
        Set<Class<?>> actionClasses = actionClassesOfTheApplication();

        Set<Class<?>> unlisted = new HashSet<>(actionClasses);
        listed.forEach(unlisted::remove);

        assertFalse(actionClasses.isEmpty());
        assertEquals(Set.of(), unlisted, "action classes no product lists");
        assertEquals(listed.size(), Set.copyOf(listed).size(), "a class listed twice: " + listed);
        assertEquals(actionClasses, Set.copyOf(listed), "listed classes that are no action class of the application");
    }

    @Test
    void gives_each_action_the_version_of_the_product_that_lists_it() throws ReflectiveOperationException {
        for (PopProduct product : PopProducts.ALL) {
            for (Class<? extends PopAction> type : product.actions()) {
                PopAction action = instanceOf(type);
                assertSame(product, PopProducts.listing(action), type.getName());
                assertEquals(product.version(), action.version(), type.getName());
            }
        }
    }

    @Test
    void finds_the_product_of_a_subclass_of_an_action_class_as_a_container_hands_it_over() {
        PopAction subclass = new org.gatewayusers.rest.pop.sgw.CreateGatewaySMBUserAction() {
        };

        assertEquals("2018-05-11", subclass.version());
    }

    @Test
    void refuses_to_name_the_version_of_an_action_no_product_lists() {
        PopAction unlisted = mock(PopAction.class, CALLS_REAL_METHODS);

        assertThrows(IllegalStateException.class, unlisted::version);
    }

    @Test
    void dispatches_each_action_of_each_product_by_its_name_and_its_products_version()
            throws ReflectiveOperationException {
        List<PopAction> actions = everyAction();
        PopDispatch dispatch = PopDispatch.of(actions);

        for (PopAction action : actions) {
            assertSame(action, dispatch.actionFor(call(action.name(), action.version())), action.name());
            for (PopProduct other : PopProducts.ALL) {
                if (!other.version().equals(action.version())) {
                    PopException refused = assertThrows(PopException.class,
                            () -> dispatch.actionFor(call(action.name(), other.version())), action.name());
                    assertEquals("InvalidVersion", refused.error().code());
                }
            }
        }
    }

    @Test
    void names_an_actions_ram_resource_from_its_products_parameters() throws ReflectiveOperationException {
        PopAction describeTasks = instanceOf(org.gatewayusers.rest.pop.sgw.DescribeTasksAction.class);
        PopAction deleteInstance = instanceOf(org.gatewayusers.rest.pop.smartag.DeleteSmartAccessGatewayAction.class);

        assertEquals("hcs-sgw:DescribeTasks", PopResources.action(describeTasks));
        assertEquals("acs:hcs-sgw:*:1:gateway/gw-1", PopResources.resource(describeTasks,
                PopRequest.of("GET", "TargetId=gw-1", null), "1"));
        assertEquals("acs:smartag:cn-shanghai:1:smartag/sag-1", PopResources.resource(deleteInstance,
                PopRequest.of("GET", "RegionId=cn-shanghai&InstanceId=sag-1", null), "1"));
    }
}
