package org.gatewayusers.rest.ontap;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Narrows a listing to one SVM when the query filters on one exact {@code svm.uuid}, as Ansible's
 * look-ups do, so only that SVM's records are read; any other filter is left to {@link CollectionQuery}.
 */
final class SvmScope {

    private static final Pattern EXACT_UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private SvmScope() {
    }

    static Optional<String> of(java.util.Map<String, List<String>> query) {
        List<String> uuids = query.get("svm.uuid");
        if (uuids == null || uuids.size() != 1 || !EXACT_UUID.matcher(uuids.get(0)).matches()) {
            return Optional.empty();
        }
        return Optional.of(uuids.get(0));
    }
}
