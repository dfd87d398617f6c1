package org.gatewayusers.domain.sgw;

import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/** A task's id: {@code t-} and 20 lower-case letters and digits, drawn at random. */
public record TaskId(String value) {

    public static final String PREFIX = "t-";
    private static final Pattern FORM = ResourceIds.form(PREFIX);

    public TaskId {
        ResourceIds.require(FORM, value, "task id");
    }

    public static TaskId random(RandomGenerator random) {
        return new TaskId(ResourceIds.random(PREFIX, random));
    }

    /** The id a client wrote (in any case, trimmed), or empty when it cannot name any task. */
    public static Optional<TaskId> parse(String raw) {
        return ResourceIds.read(FORM, raw).map(TaskId::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
