package archfixtures.domain.sgw;

/** Breaks domain_holds_no_wire_names: the vendor's parameter name as a constant of the domain. */
public record SgwUserNamesItsParameter(String name) {

    public static final String USERNAME_FIELD = "Username";
}
