package org.gatewayusers.rest.ontap.query;

import java.util.Locale;
import org.gatewayusers.rest.ontap.errors.OntapProblem;

/** Query parameters every ONTAP operation shares, read as ONTAP reads them. */
public final class OntapQuery {

    static final int MAX_RETURN_TIMEOUT = 120;

    private OntapQuery() {
    }

    public static boolean returnRecords(String raw, boolean byDefault) {
        if (raw == null) {
            return byDefault;
        }
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "true", "" -> true;
            case "false" -> false;
            default -> throw OntapProblem.badField("return_records", "Invalid value \"" + raw + "\" for field \"return_records\": a boolean is expected.");
        };
    }

    /** Accepted and checked, then ignored: every operation here completes before it answers. */
    public static void returnTimeout(String raw) {
        if (raw == null) {
            return;
        }
        try {
            int seconds = Integer.parseInt(raw.trim());
            if (seconds < 0 || seconds > MAX_RETURN_TIMEOUT) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException invalid) {
            throw OntapProblem.badField("return_timeout", "Field \"return_timeout\" must be an integer from 0 to " + MAX_RETURN_TIMEOUT + ".");
        }
    }
}
