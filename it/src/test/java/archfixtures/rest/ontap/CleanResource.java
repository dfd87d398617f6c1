package archfixtures.rest.ontap;

import archfixtures.application.ontap.CleanUseCase;
import archfixtures.domain.shared.AccountName;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Clean: a resource calls the application directly and may use jakarta. */
@Path("/api/users")
public class CleanResource {

    CleanUseCase useCase;

    @GET
    public String get() {
        return useCase.find(new AccountName("alex")).isPresent() ? "found" : "missing";
    }
}
