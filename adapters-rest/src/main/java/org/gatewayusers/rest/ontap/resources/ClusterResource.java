package org.gatewayusers.rest.ontap.resources;

import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.gatewayusers.rest.ontap.json.OntapJson;

/**
 * {@code GET /api/cluster}: the ONTAP release this service speaks. Clients call it first and
 * refuse to go on without a 200 and a version they support (Ansible needs 9.10.1 or later).
 */
@Path("api/cluster")
@Produces(MediaType.APPLICATION_JSON)
public class ClusterResource {

    public static final String NAME = "gateway-users";
    public static final String UUID = "1cd8a442-86d1-11e0-ae1c-123478563412";
    static final int GENERATION = 9;
    static final int MAJOR = 14;
    static final int MINOR = 1;

    @GET
    public String cluster(@QueryParam("fields") String fields) {
        var version = Json.createObjectBuilder()
                .add("full", "NetApp Release " + GENERATION + "." + MAJOR + "." + MINOR + ": gateway-users")
                .add("generation", GENERATION)
                .add("major", MAJOR)
                .add("minor", MINOR);
        return Json.createObjectBuilder()
                .add("name", NAME)
                .add("uuid", UUID)
                .add("version", version)
                .add("_links", OntapJson.links("/api/cluster"))
                .build()
                .toString();
    }
}
