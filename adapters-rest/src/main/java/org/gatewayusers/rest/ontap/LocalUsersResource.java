package org.gatewayusers.rest.ontap;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.gatewayusers.application.ontap.CreateLocalUser;
import org.gatewayusers.application.ontap.GetLocalUser;
import org.gatewayusers.application.ontap.LocalUserView;

/** {@code /api/protocols/cifs/local-users}: the CIFS local users of SVMs. */
@Path("api/protocols/cifs/local-users")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class LocalUsersResource {

    @Inject
    CreateLocalUser createLocalUser;

    @Inject
    GetLocalUser getLocalUser;

    @Inject
    Validator validator;

    @POST
    @Transactional
    public Response create(@QueryParam("return_records") String returnRecords,
            @QueryParam("return_timeout") String returnTimeout, String body) {
        boolean withRecords = OntapQuery.returnRecords(returnRecords, false);
        OntapQuery.returnTimeout(returnTimeout);
        CreateLocalUserRequest request = CreateLocalUserRequest.parse(body);
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        LocalUserView user = createLocalUser.create(request.toCommand());
        String entity = withRecords ? OntapJson.collection(List.of(OntapJson.localUser(user)), null) : OntapJson.empty();
        return Response.created(URI.create(OntapJson.localUserHref(user))).entity(entity).build();
    }

    @GET
    @Path("{svm.uuid}/{sid}")
    @Transactional
    public Response get(@PathParam("svm.uuid") String svmUuid, @PathParam("sid") String sid,
            @QueryParam("fields") String fields) {
        return Response.ok(OntapJson.localUser(getLocalUser.get(svmUuid, sid)).toString()).build();
    }
}
