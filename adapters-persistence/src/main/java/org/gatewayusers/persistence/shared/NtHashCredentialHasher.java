package org.gatewayusers.persistence.shared;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.MD4Digest;
import org.gatewayusers.application.shared.CredentialHasher;
import org.gatewayusers.domain.shared.CredentialHash;
import org.gatewayusers.domain.shared.Password;

/** The NT hash that SMB authentication needs: MD4 over the UTF-16LE password, upper-case hex. */
@ApplicationScoped
public class NtHashCredentialHasher implements CredentialHasher {

    public static final String SCHEME = "NT";

    @Override
    public CredentialHash hash(Password password) {
        byte[] utf16 = password.reveal().getBytes(StandardCharsets.UTF_16LE);
        MD4Digest md4 = new MD4Digest();
        md4.update(utf16, 0, utf16.length);
        byte[] digest = new byte[md4.getDigestSize()];
        md4.doFinal(digest, 0);
        java.util.Arrays.fill(utf16, (byte) 0);
        return new CredentialHash(SCHEME, HexFormat.of().withUpperCase().formatHex(digest));
    }
}
