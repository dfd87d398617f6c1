package org.gatewayusers.application.sgw;

import static org.gatewayusers.domain.sgw.GatewayBuilder.aFileGateway;
import static org.gatewayusers.domain.sgw.SgwAssertions.assertRejected;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_NOT_FOUND;
import static org.gatewayusers.domain.sgw.TaskBuilder.NT_HASH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.stream.IntStream;
import org.gatewayusers.application.shared.Page;
import org.gatewayusers.application.shared.PageRequest;
import org.gatewayusers.domain.sgw.Gateway;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.gatewayusers.domain.sgw.SmbUser;
import org.gatewayusers.domain.sgw.SmbUserName;
import org.junit.jupiter.api.Test;

/** DescribeGatewaySMBUsers: TotalCount, PageNumber, PageSize and the user names, by name. */
class ListSmbUsersTest {

    private final Gateway gateway = aFileGateway().build();
    private final Gateway otherGateway = aFileGateway().named("other").build();
    private final InMemoryGateways gateways = new InMemoryGateways(gateway, otherGateway);
    private final InMemorySmbUsers smbUsers = new InMemorySmbUsers();
    private final ListSmbUsers listSmbUsers = new ListSmbUsers(gateways, smbUsers);

    private void addUsers(Gateway on, String... names) {
        for (String name : names) {
            smbUsers.add(SmbUser.create(on, new SmbUserName(name), NT_HASH));
        }
    }

    private static List<String> names(Page<SmbUserView> page) {
        return page.items().stream().map(SmbUserView::username).toList();
    }

    @Test
    void lists_the_users_of_the_gateway_by_name_on_page_1_of_10_by_default() {
        addUsers(gateway, "casey", "Alex", "blake");
        addUsers(otherGateway, "dana");

        Page<SmbUserView> page = listSmbUsers.list(gateway.id().value(), PageRequest.of(null, null));

        assertEquals(List.of("Alex", "blake", "casey"), names(page));
        assertEquals(3, page.totalCount());
        assertEquals(1, page.pageNumber());
        assertEquals(10, page.pageSize());
    }

    @Test
    void lists_only_the_users_whose_names_contain_the_pattern_counting_only_those() {
        addUsers(gateway, "casey", "Alex", "blake", "malek");

        Page<SmbUserView> page = listSmbUsers.list(gateway.id().value(), "LE", PageRequest.of(null, null));

        assertEquals(List.of("Alex", "malek"), names(page));
        assertEquals(2, page.totalCount());
        assertEquals(List.of("Alex", "blake", "casey", "malek"),
                names(listSmbUsers.list(gateway.id().value(), "", PageRequest.of(null, null))));
    }

    @Test
    void pages_through_the_users() {
        addUsers(gateway, IntStream.rangeClosed(1, 12).mapToObj(i -> String.format("user%02d", i)).toArray(String[]::new));

        Page<SmbUserView> second = listSmbUsers.list(gateway.id().value(), PageRequest.of(2, 5));
        Page<SmbUserView> last = listSmbUsers.list(gateway.id().value(), PageRequest.of(3, 5));

        assertEquals(List.of("user06", "user07", "user08", "user09", "user10"), names(second));
        assertEquals(List.of("user11", "user12"), names(last));
        assertEquals(12, last.totalCount());
        assertEquals(3, last.pageNumber());
        assertEquals(5, last.pageSize());
    }

    @Test
    void a_page_beyond_the_last_is_empty_but_counts_all() {
        addUsers(gateway, "alex");

        Page<SmbUserView> page = listSmbUsers.list(gateway.id().value(), PageRequest.of(Integer.MAX_VALUE, 50));

        assertEquals(List.of(), page.items());
        assertEquals(1, page.totalCount());
    }

    @Test
    void lists_no_users_of_a_gateway_without_any() {
        Page<SmbUserView> page = listSmbUsers.list(gateway.id().value(), PageRequest.first());

        assertEquals(List.of(), page.items());
        assertEquals(0, page.totalCount());
    }

    @Test
    void shows_no_credential() {
        addUsers(gateway, "alex");

        assertFalse(listSmbUsers.list(gateway.id().value(), PageRequest.first()).toString().contains(NT_HASH.value()));
    }

    @Test
    void rejects_a_gateway_that_does_not_exist() {
        assertRejected(GATEWAY_NOT_FOUND, Subject.GATEWAY,
                () -> listSmbUsers.list("gw-000eg44nmxbsfwbvq2ab", PageRequest.first()));
        assertRejected(GATEWAY_NOT_FOUND, Subject.GATEWAY, () -> listSmbUsers.list(null, PageRequest.first()));
    }
}
