package org.gatewayusers.it;

import static org.gatewayusers.it.OntapClient.LOCAL_USERS;
import static org.gatewayusers.it.OntapClient.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Races that only the database can settle: one name wins once, RIDs never repeat. */
class ConcurrentCreatesIT {

    private static final int CLIENTS = 64;

    private final OntapClient ontap = new OntapClient();

    @Test
    void sixty_four_creates_of_one_name_give_one_201_and_sixty_three_409() {
        String svm = ontap.newSvmWithCifsServer("RACE1");
        var body = Json.createObjectBuilder().add("svm.uuid", svm).add("name", "racer").add("password", "Secr3t!pw").build();

        List<Reply> replies = all(IntStream.range(0, CLIENTS).mapToObj(i -> ontap.postAsync(LOCAL_USERS, body)).toList());

        Map<Integer, Long> byStatus = replies.stream().collect(Collectors.groupingBy(Reply::status, Collectors.counting()));
        assertEquals(Map.of(201, 1L, 409, 63L), byStatus, () -> "statuses: " + byStatus);
        replies.stream().filter(reply -> reply.status() == 409).forEach(reply -> reply.assertOntapError(409, "655736"));
    }

    @Test
    void sixty_four_creates_of_different_names_give_sixty_four_users_with_distinct_rids() {
        String svm = ontap.newSvmWithCifsServer("RACE2");
        String prefix = uniqueName("p");

        List<Reply> replies = all(IntStream.range(0, CLIENTS)
                .mapToObj(i -> ontap.postAsync(LOCAL_USERS, Json.createObjectBuilder().add("svm.uuid", svm)
                        .add("name", prefix + "_" + i).add("password", "Secr3t!pw").build()))
                .toList());

        replies.forEach(reply -> reply.assertStatus(201));
        Set<String> rids = new HashSet<>();
        for (Reply reply : replies) {
            String location = reply.header("Location").orElseThrow();
            rids.add(location.substring(location.lastIndexOf('-') + 1));
        }
        assertEquals(CLIENTS, rids.size(), () -> "RIDs: " + rids);
        // RIDs come from blocks the server reserved in the database: distinct, from 1000 up, maybe with gaps
        assertTrue(rids.stream().map(Integer::valueOf).allMatch(rid -> rid >= 1000), () -> "RIDs: " + rids);
    }

    private static List<Reply> all(List<CompletableFuture<Reply>> futures) {
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
        return new ArrayList<>(futures.stream().map(CompletableFuture::join).map(Function.identity()).toList());
    }
}
