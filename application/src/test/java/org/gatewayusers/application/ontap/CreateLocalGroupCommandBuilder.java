package org.gatewayusers.application.ontap;

import java.util.ArrayList;
import java.util.List;
import org.gatewayusers.domain.ontap.SvmBuilder;
import org.gatewayusers.domain.ontap.SvmSelector;

/**
 * A local-group create as a client sends it: {@code aCreateLocalGroupCommand().onSvmNamed("svm1").named("group").build()}.
 * By default {@code group} on {@code svm1}, without description or members.
 */
public final class CreateLocalGroupCommandBuilder {

    private String svmUuid;
    private String svmName = SvmBuilder.DEFAULT_NAME;
    private String name = "group";
    private String description;
    private final List<String> members = new ArrayList<>();

    private CreateLocalGroupCommandBuilder() {
    }

    public static CreateLocalGroupCommandBuilder aCreateLocalGroupCommand() {
        return new CreateLocalGroupCommandBuilder();
    }

    public CreateLocalGroupCommandBuilder onSvmNamed(String svmName) {
        this.svmUuid = null;
        this.svmName = svmName;
        return this;
    }

    public CreateLocalGroupCommandBuilder onSvmWithUuid(String svmUuid) {
        this.svmUuid = svmUuid;
        this.svmName = null;
        return this;
    }

    public CreateLocalGroupCommandBuilder onSvm(String svmUuid, String svmName) {
        this.svmUuid = svmUuid;
        this.svmName = svmName;
        return this;
    }

    /** A null name stands for a request without one. */
    public CreateLocalGroupCommandBuilder named(String name) {
        this.name = name;
        return this;
    }

    public CreateLocalGroupCommandBuilder withDescription(String description) {
        this.description = description;
        return this;
    }

    /** A first member, by name (short or qualified) or SID. */
    public CreateLocalGroupCommandBuilder withMember(String member) {
        this.members.add(member);
        return this;
    }

    public CreateLocalGroupCommand build() {
        return new CreateLocalGroupCommand(SvmSelector.of(svmUuid, svmName), name, description, members);
    }
}
