package org.gatewayusers.it;

import static org.gatewayusers.it.OntapClient.LOCAL_USERS;
import static org.gatewayusers.it.OntapClient.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
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

    /**
     * Creates that arrive together share a commit (GroupCommit): the refused ones among them still get their own
     * answer, the same as alone, and leave nothing behind, and the others are all kept.
     */
    @Test
    void thirty_two_creates_at_once_some_refused_each_get_their_own_answer() {
        String svm = ontap.newSvmWithCifsServer("RACE3");
        String prefix = uniqueName("m");
        ontap.createUser(svm, prefix + "_taken");
        Reply alone = ontap.post(LOCAL_USERS, unknownGroupMember(svm, prefix + "_alone"));
        String unknownGroupCode = alone.json().getJsonObject("error").getString("code");

        List<CompletableFuture<Reply>> sent = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            var body = switch (i % 4) {
                case 1 -> Json.createObjectBuilder().add("svm.uuid", svm).add("name", prefix + "_taken")
                        .add("password", "Secr3t!pw").build();
                case 3 -> unknownGroupMember(svm, prefix + "_" + i);
                default -> Json.createObjectBuilder().add("svm.uuid", svm).add("name", prefix + "_" + i)
                        .add("password", "Secr3t!pw").build();
            };
            sent.add(ontap.postAsync(LOCAL_USERS, body));
        }
        List<Reply> replies = all(sent);

        for (int i = 0; i < replies.size(); i++) {
            Reply reply = replies.get(i);
            switch (i % 4) {
                case 1 -> reply.assertOntapError(409, "655736");
                case 3 -> reply.assertOntapError(alone.status(), unknownGroupCode);
                default -> ontap.get(URI.create(reply.header("Location").orElseThrow())).assertStatus(200);
            }
        }
        long kept = ontap.getJson(LOCAL_USERS + "?svm.uuid=" + svm + "&name=" + prefix + "_*&return_records=false")
                .getInt("num_records");
        assertEquals(16 + 1, kept, "the 16 created and the one taken before, no other");
    }

    private static JsonObject unknownGroupMember(String svm, String name) {
        return Json.createObjectBuilder().add("svm.uuid", svm).add("name", name).add("password", "Secr3t!pw")
                .add("membership", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "no_such_group")))
                .build();
    }

    private static List<Reply> all(List<CompletableFuture<Reply>> futures) {
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
        return new ArrayList<>(futures.stream().map(CompletableFuture::join).map(Function.identity()).toList());
    }
}
