package org.gatewayusers.application.smartag;

import static org.gatewayusers.domain.smartag.ClientUserBuilder.AN_ARGON2_HASH;
import static org.gatewayusers.domain.smartag.ClientUserBuilder.aClientUser;
import static org.gatewayusers.domain.smartag.SagInstanceBuilder.anInstance;
import static org.gatewayusers.domain.smartag.SmartagAssertions.assertRejected;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.INSTANCE_ID_EMPTY;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.INSTANCE_NOT_FOUND;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.REGION_MISMATCH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.stream.IntStream;
import org.gatewayusers.application.shared.Page;
import org.gatewayusers.application.shared.PageRequest;
import org.gatewayusers.domain.smartag.SagInstance;
import org.gatewayusers.domain.smartag.SmartagRejection.Subject;
import org.junit.jupiter.api.Test;

/**
 * DescribeSmartAccessGatewayClientUsers: {@code UserName} and {@code UserMail} filters, {@code PageNumber} 1 and
 * {@code PageSize} 10 by default; users with UserName, UserMail, Bandwidth, ClientIp, State, IsStaticIp and
 * AccelerateBandwidth; SAG.InstanceIdEmpty and SAG.InstanceNoFound.
 */
class ListClientUsersTest {

    private static final String REGION = "cn-shanghai";

    private final SagInstance instance = anInstance().build();
    private final SagInstance other = anInstance().build();
    private final InMemoryClientUsers users = new InMemoryClientUsers();
    private final InMemorySagInstances instances = new InMemorySagInstances(users, instance, other);
    private final ListClientUsers listClientUsers = new ListClientUsers(instances, users);

    private void addUsers(SagInstance on, String... names) {
        int ip = 2;
        for (String name : names) {
            users.add(aClientUser().of(on).named(name).withMail(name + "@example.com").at("10.0.0." + ip++).build());
        }
    }

    private static List<String> names(Page<ClientUserView> page) {
        return page.items().stream().map(ClientUserView::userName).toList();
    }

    private Page<ClientUserView> list(String userName, String userMail, PageRequest page) {
        return listClientUsers.list(REGION, instance.id().value(), userName, userMail, page);
    }

    @Test
    void lists_the_users_of_the_instance_by_name_on_page_1_of_10_by_default() {
        addUsers(instance, "casey.jones", "Alex.Smith", "blake.lee");
        addUsers(other, "dana.scully");

        Page<ClientUserView> page = list(null, null, PageRequest.of(null, null));

        assertEquals(List.of("Alex.Smith", "blake.lee", "casey.jones"), names(page));
        assertEquals(3, page.totalCount());
        assertEquals(1, page.pageNumber());
        assertEquals(10, page.pageSize());
    }

    @Test
    void shows_each_user_as_the_vendor_does() {
        users.add(aClientUser().of(instance).named("doctest").withMail("username@example.com").withBandwidth(2_000)
                .atStatic("10.0.0.10").disabled().build());
        users.add(aClientUser().of(instance).named("enabled1").withBandwidth(20).at("10.0.0.11").build());

        List<ClientUserView> shown = list(null, null, PageRequest.first()).items();

        assertEquals(new ClientUserView("doctest", "username@example.com", 2_000, "10.0.0.10", 1, 1, 0), shown.get(0));
        assertEquals(new ClientUserView("enabled1", "alex.smith@example.com", 20, "10.0.0.11", 0, 0, 0), shown.get(1));
    }

    @Test
    void filters_by_user_name_in_any_case() {
        addUsers(instance, "alex.smith", "blake.lee");

        Page<ClientUserView> page = list("ALEX.SMITH", null, PageRequest.first());

        assertEquals(List.of("alex.smith"), names(page));
        assertEquals(1, page.totalCount());
    }

    @Test
    void filters_by_mail_address_in_any_case() {
        addUsers(instance, "alex.smith", "blake.lee");

        assertEquals(List.of("blake.lee"), names(list(null, "Blake.Lee@Example.com", PageRequest.first())));
    }

    @Test
    void filters_by_both() {
        addUsers(instance, "alex.smith", "blake.lee");

        assertEquals(List.of(), names(list("alex.smith", "blake.lee@example.com", PageRequest.first())));
        assertEquals(List.of("alex.smith"), names(list("alex.smith", "alex.smith@example.com", PageRequest.first())));
    }

    @Test
    void a_blank_filter_is_no_filter() {
        addUsers(instance, "alex.smith", "blake.lee");

        assertEquals(2, list(" ", "", PageRequest.first()).totalCount());
    }

    @Test
    void pages_through_the_users() {
        addUsers(instance, IntStream.rangeClosed(1, 12).mapToObj(i -> String.format("user%04d", i))
                .toArray(String[]::new));

        Page<ClientUserView> second = list(null, null, PageRequest.of(2, 5));
        Page<ClientUserView> last = list(null, null, PageRequest.of(3, 5));

        assertEquals(List.of("user0006", "user0007", "user0008", "user0009", "user0010"), names(second));
        assertEquals(List.of("user0011", "user0012"), names(last));
        assertEquals(12, last.totalCount());
    }

    @Test
    void a_page_beyond_the_last_is_empty_but_counts_all() {
        addUsers(instance, "alex.smith");

        Page<ClientUserView> page = list(null, null, PageRequest.of(Integer.MAX_VALUE, 50));

        assertEquals(List.of(), page.items());
        assertEquals(1, page.totalCount());
    }

    @Test
    void shows_no_credential() {
        addUsers(instance, "alex.smith");

        assertFalse(list(null, null, PageRequest.first()).toString().contains(AN_ARGON2_HASH.value()));
    }

    @Test
    void rejects_a_missing_an_unknown_or_another_regions_instance() {
        assertRejected(INSTANCE_ID_EMPTY, Subject.INSTANCE,
                () -> listClientUsers.list(REGION, null, null, null, PageRequest.first()));
        assertRejected(INSTANCE_NOT_FOUND, Subject.INSTANCE,
                () -> listClientUsers.list(REGION, "sag-00000000000000000000", null, null, PageRequest.first()));
        assertRejected(REGION_MISMATCH, Subject.REGION,
                () -> listClientUsers.list("cn-beijing", instance.id().value(), null, null, PageRequest.first()));
    }
}
