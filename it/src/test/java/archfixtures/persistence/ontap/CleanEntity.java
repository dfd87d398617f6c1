package archfixtures.persistence.ontap;

import archfixtures.domain.ontap.CleanLocalUser;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Clean: an entity may use JPA and map to the domain of its own context. */
@Entity
public class CleanEntity {

    @Id
    String name;

    CleanLocalUser toDomain() {
        return null;
    }
}
