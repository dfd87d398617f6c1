package org.gatewayusers.it;

import static org.gatewayusers.it.OntapClient.DEMO_CIFS_SERVER;
import static org.gatewayusers.it.OntapClient.DEMO_SVM;
import static org.gatewayusers.it.OntapClient.DEMO_SVM_UUID;
import static org.gatewayusers.it.OntapClient.LOCAL_GROUPS;
import static org.gatewayusers.it.OntapClient.LOCAL_USERS;
import static org.gatewayusers.it.OntapClient.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * NetApp's own Ansible collection ({@code netapp.ontap}, Debian's {@code ansible}) run for real against the server
 * over HTTPS: the playbooks of {@code src/test/ansible}, written as the modules' EXAMPLES write them, each step twice
 * (the second run must report no change) and then with a change. Skipped with a message where
 * {@code ansible-playbook} is absent; a failure then under {@code CI=true}.
 */
class AnsibleNetappOntapIT {

    private final OntapClient ontap = new OntapClient().overHttps();

    @Test
    void na_ontap_cifs_local_user_and_set_password_create_change_and_delete_a_user_idempotently() {
        String user = uniqueName("ans");
        AnsiblePlaybook.named("cifs_local_users.yml").with("vserver", DEMO_SVM).with("user", user).run()
                .assertEveryTaskAsNamed(13);
        assertTrue(ontap.records(LOCAL_USERS + "?svm.uuid=" + DEMO_SVM_UUID + "&name=" + user).isEmpty(),
                "the playbook deleted its user");
    }

    @Test
    void na_ontap_cifs_local_group_and_group_member_create_rename_fill_empty_and_delete_a_group_idempotently() {
        String group = uniqueName("grp");
        String user = uniqueName("mem");
        AnsiblePlaybook.named("cifs_local_groups.yml").with("vserver", DEMO_SVM).with("domain", DEMO_CIFS_SERVER)
                .with("group", group).with("user", user).run()
                .assertEveryTaskAsNamed(14);
        assertTrue(ontap.records(LOCAL_GROUPS + "?svm.uuid=" + DEMO_SVM_UUID + "&name=" + group + "*").isEmpty(),
                "the playbook deleted its group");
    }

    @Test
    void na_ontap_rest_info_pages_through_every_subset_with_every_field() {
        String svmUuid = ontap.newSvmWithCifsServer("INFO" + uniqueName("").substring(0, 6).toUpperCase(java.util.Locale.ROOT));
        String svm = ontap.svmName(svmUuid);
        for (int i = 0; i < 3; i++) {
            ontap.createUser(svmUuid, uniqueName("inf"));
        }
        AnsiblePlaybook.Run run = AnsiblePlaybook.named("rest_info.yml").with("vserver", svm).run()
                .assertEveryTaskAsNamed(3);
        JsonObject ofSvm = run.tasks().get(0).result().getJsonObject("ontap_info");
        JsonObject cluster = run.tasks().get(1).result().getJsonObject("ontap_info");
        for (String subset : List.of("protocols/cifs/local-users", "protocols/cifs/local-groups")) {
            assertGathered(ofSvm.getJsonObject(subset), "/api/" + subset + "?svm.name=" + svm + "&fields=*");
        }
        for (String subset : List.of("svm/svms", "protocols/cifs/services", "security/accounts")) {
            assertGathered(cluster.getJsonObject(subset), "/api/" + subset + "?fields=*");
        }
        List<JsonObject> users = ofSvm.getJsonObject("protocols/cifs/local-users").getJsonArray("records")
                .getValuesAs(JsonObject.class);
        assertEquals(4, users.size(), "the Administrator and three users, in pages of two: " + users);
        for (JsonObject record : users) {
            assertTrue(record.containsKey("full_name") && record.containsKey("description"), record::toString);
            assertFalse(record.containsKey("membership"), "fields=* leaves membership out: " + record);
        }
        List<JsonObject> groups = ofSvm.getJsonObject("protocols/cifs/local-groups").getJsonArray("records")
                .getValuesAs(JsonObject.class);
        assertEquals(5, groups.size(), "the BUILTIN groups: " + groups);
        groups.forEach(record -> assertFalse(record.containsKey("members"), record::toString));
    }

    /** What the module gathered (following every next link) is what one large page of the API holds. */
    private void assertGathered(JsonObject gathered, String pathAndQuery) {
        List<JsonObject> direct = ontap.records(pathAndQuery + "&max_records=10000");
        assertEquals(direct.size(), gathered.getInt("num_records"), pathAndQuery);
        assertEquals(direct, gathered.getJsonArray("records").getValuesAs(JsonObject.class), pathAndQuery);
    }

    @Test
    void na_ontap_cifs_local_user_modify_changes_a_user_through_the_private_cli_idempotently() {
        String user = uniqueName("cli");
        AnsiblePlaybook.named("cifs_local_user_modify.yml").with("vserver", DEMO_SVM).with("user", user).run()
                .assertEveryTaskAsNamed(8);
        assertTrue(ontap.records(LOCAL_USERS + "?svm.uuid=" + DEMO_SVM_UUID + "&name=" + user).isEmpty(),
                "the playbook deleted its user");
    }

    @Test
    void na_ontap_svm_and_na_ontap_cifs_server_create_and_delete_an_svm_with_a_cifs_server_idempotently() {
        String svm = uniqueName("svm_ans");
        String cifsServer = ("ANS" + uniqueName("")).toUpperCase(java.util.Locale.ROOT).substring(0, 11);
        AnsiblePlaybook.named("svm_and_cifs_server.yml").with("svm", svm).with("cifs_server", cifsServer)
                .with("user", uniqueName("u")).run()
                .assertEveryTaskAsNamed(9);
        assertTrue(ontap.records(OntapClient.SVMS + "?name=" + svm).isEmpty(), "the playbook deleted its SVM");
    }

    @Test
    void na_ontap_svm_creates_comments_changes_the_comment_of_renames_and_deletes_an_svm_idempotently() {
        String svm = uniqueName("svm_cmt");
        String newName = uniqueName("svm_ren");
        AnsiblePlaybook.Run run = AnsiblePlaybook.named("svm.yml").with("svm", svm).with("new_name", newName).run()
                .assertEveryTaskAsNamed(10);
        assertEquals("Created by Ansible", run.tasks().get(2).result().getJsonObject("modify").getString("comment"),
                "a comment is set on an SVM created without one");
        assertEquals("Holds the CIFS local users of the branch office",
                run.tasks().get(4).result().getJsonObject("modify").getString("comment"));
        // a rename that created a second SVM instead would leave the first one behind
        assertTrue(ontap.records(OntapClient.SVMS + "?name=" + svm + "%7C" + newName).isEmpty(),
                "the playbook renamed its SVM and deleted it under its new name");
    }

    @Test
    void na_ontap_user_creates_changes_the_role_of_and_deletes_a_cluster_account_idempotently() {
        String account = uniqueName("ansible_");
        AnsiblePlaybook.named("security_accounts.yml").with("account", account).run().assertEveryTaskAsNamed(9);
        assertTrue(ontap.records("/api/security/accounts?name=" + account).isEmpty(),
                "the playbook deleted its account");
    }

    @Test
    void the_readme_shows_a_playbook_that_these_tests_run() throws java.io.IOException {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"));
        String section = readme.substring(readme.indexOf("## Using it with Ansible"));
        String shown = section.substring(section.indexOf("```yaml\n") + "```yaml\n".length(), section.indexOf("```\n\n"));
        assertEquals(java.nio.file.Files.readString(java.nio.file.Path.of("src", "test", "ansible", "cifs_local_users.yml")),
                shown);
    }
}
