package org.gatewayusers.rest.ontap.access;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The user name and password of an {@code Authorization: Basic} header, decoded as UTF-8 (RFC 7617 with
 * {@code charset="UTF-8"}, which is what curl, Ansible and Terraform send). Anything malformed is no
 * credentials at all: not Base64, not UTF-8, no colon, an empty name, spaces where none belong.
 */
record BasicCredentials(String name, char[] password) {

    /** The header a 401 sends: the realm, and the charset the credentials are read in. */
    static final String CHALLENGE = "Basic realm=\"ONTAP\", charset=\"UTF-8\"";
    /** Longer headers are not credentials of any account (64-character names, 128-character passwords). */
    private static final int MAX_HEADER_LENGTH = 2048;
    /** The scheme in any case, one space, then Base64 and nothing else: no server may read it otherwise than here. */
    private static final Pattern WELL_FORMED = Pattern.compile("(?i:basic) [A-Za-z0-9+/]+={0,2}");

    static Optional<BasicCredentials> parse(String header) {
        if (header == null || header.length() > MAX_HEADER_LENGTH) {
            return Optional.empty();
        }
        if (!WELL_FORMED.matcher(header).matches()) {
            return Optional.empty();
        }
        try {
            byte[] decoded = Base64.getDecoder().decode(header.substring(6));
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(decoded))
                    .toString();
            java.util.Arrays.fill(decoded, (byte) 0);
            int colon = text.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            return Optional.of(new BasicCredentials(text.substring(0, colon), text.substring(colon + 1).toCharArray()));
        } catch (IllegalArgumentException | CharacterCodingException malformed) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "BasicCredentials[" + name + ", ****]";
    }
}
