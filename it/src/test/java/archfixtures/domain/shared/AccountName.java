package archfixtures.domain.shared;

/** Clean: a shared value object. */
public record AccountName(String value) {
}
