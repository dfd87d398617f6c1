package org.gatewayusers.application.smartag;

import static org.gatewayusers.domain.smartag.ClientUserBuilder.aClientUser;
import static org.gatewayusers.domain.smartag.SagInstanceBuilder.anInstance;
import static org.gatewayusers.domain.smartag.SmartagAssertions.assertRejected;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.INSTANCE_ID_EMPTY;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.INSTANCE_NOT_FOUND;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.REGION_INVALID;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.REGION_MISMATCH;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.gatewayusers.application.shared.Page;
import org.gatewayusers.application.shared.PageRequest;
import org.gatewayusers.domain.smartag.SagInstance;
import org.gatewayusers.domain.smartag.SmartagRejection.Subject;
import org.junit.jupiter.api.Test;

/** DescribeSmartAccessGateways (a page of instances) and DescribeSmartAccessGatewayAttribute (one instance). */
class ListSagInstancesTest {

    private final SagInstance first = anInstance().createdAt(Instant.parse("2025-01-01T00:00:00Z")).build();
    private final SagInstance second = anInstance().createdAt(Instant.parse("2025-01-02T00:00:00Z")).withoutBlock()
            .build();
    private final SagInstance elsewhere = anInstance().in("cn-hangzhou").build();
    private final InMemoryClientUsers users = new InMemoryClientUsers(aClientUser().of(first).build());
    private final InMemorySagInstances instances = new InMemorySagInstances(users, second, elsewhere, first);
    private final ListSagInstances listSagInstances = new ListSagInstances(instances, users);
    private final GetSagInstance getSagInstance = new GetSagInstance(instances, users);

    private static List<String> ids(Page<SagInstanceView> page) {
        return page.items().stream().map(SagInstanceView::smartAgId).toList();
    }

    @Test
    void lists_the_instances_of_a_region_oldest_first() {
        Page<SagInstanceView> page = listSagInstances.list("cn-shanghai", null, PageRequest.first());

        assertEquals(List.of(first.id().value(), second.id().value()), ids(page));
        assertEquals(2, page.totalCount());
        assertEquals(1, page.items().get(0).clientUsers());
        assertEquals("10.0.0.0/24", page.items().get(0).cidrBlock());
        assertEquals("", page.items().get(1).cidrBlock());
    }

    @Test
    void lists_every_region_without_a_region() {
        assertEquals(3, listSagInstances.list(null, null, PageRequest.first()).totalCount());
    }

    @Test
    void pages_through_the_instances() {
        Page<SagInstanceView> page = listSagInstances.list("cn-shanghai", null, PageRequest.of(2, 1));

        assertEquals(List.of(second.id().value()), ids(page));
        assertEquals(2, page.totalCount());
    }

    @Test
    void lists_the_one_instance_an_id_names_in_the_region() {
        assertEquals(List.of(first.id().value()),
                ids(listSagInstances.list("cn-shanghai", first.id().value().toUpperCase(), PageRequest.first())));
        assertEquals(List.of(), ids(listSagInstances.list("cn-shanghai", elsewhere.id().value(), PageRequest.first())));
        assertEquals(0, listSagInstances.list("cn-shanghai", "sag-nope!", PageRequest.first()).totalCount());
        assertEquals(List.of(), ids(listSagInstances.list("cn-shanghai", first.id().value(), PageRequest.of(2, 10))));
    }

    @Test
    void rejects_a_region_of_the_wrong_form() {
        assertRejected(REGION_INVALID, Subject.REGION, () -> listSagInstances.list("CN", null, PageRequest.first()));
    }

    @Test
    void reads_one_instance_with_its_users_count() {
        SagInstanceView view = getSagInstance.get("cn-shanghai", first.id().value());

        assertEquals(first.id().value(), view.smartAgId());
        assertEquals(100, view.userCount());
        assertEquals(1, view.clientUsers());
        assertEquals(2_000, view.defaultBandwidth());
    }

    @Test
    void reading_one_instance_rejects_a_missing_unknown_or_another_regions_id() {
        assertRejected(INSTANCE_ID_EMPTY, Subject.INSTANCE, () -> getSagInstance.get("cn-shanghai", null));
        assertRejected(INSTANCE_NOT_FOUND, Subject.INSTANCE, () -> getSagInstance.get("cn-shanghai", "sag-0"));
        assertRejected(REGION_MISMATCH, Subject.REGION, () -> getSagInstance.get("cn-shanghai", elsewhere.id().value()));
    }
}
