package org.gatewayusers.domain.sgw;

import static org.gatewayusers.domain.sgw.SgwRejection.Reason.DESCRIPTION_TOO_LONG;

import org.gatewayusers.domain.sgw.SgwRejection.Subject;

/** The rule for the free text of storage bundles and gateways: a description of at most 255 characters. */
public final class SgwTextRules {

    public static final int MAX_DESCRIPTION_LENGTH = 255;

    private SgwTextRules() {
    }

    public static void descriptionHasAtMost255Characters(String description) {
        if (description != null && description.codePointCount(0, description.length()) > MAX_DESCRIPTION_LENGTH) {
            throw new SgwRejection(DESCRIPTION_TOO_LONG, Subject.DESCRIPTION);
        }
    }

    /** The service clears a description with an empty string; the domain knows only "none". */
    public static String noneIfEmpty(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
