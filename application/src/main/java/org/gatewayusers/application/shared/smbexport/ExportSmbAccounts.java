package org.gatewayusers.application.shared.smbexport;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Exports the SMB accounts of one SMB server this service keeps, for another SMB server to authenticate them. The
 * export is self-consistent even when it was read while accounts changed: a group lists each member once, and only
 * members that are accounts of the same export.
 */
public final class ExportSmbAccounts {

    /** Which SMB server to export. */
    public enum Kind { CIFS_SERVER, FILE_GATEWAY }

    /**
     * @param id the SVM's UUID for a CIFS server, the gateway's id for a file gateway
     */
    public record Source(Kind kind, String id) {

        public Source {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
        }
    }

    private final SmbAccountExports exports;

    public ExportSmbAccounts(SmbAccountExports exports) {
        this.exports = exports;
    }

    /** The export, or empty when no such SMB server exists. */
    public Optional<SmbAccountExport> export(Source source) {
        Optional<SmbAccountExport> stored = switch (source.kind()) {
            case CIFS_SERVER -> exports.ofCifsServer(source.id());
            case FILE_GATEWAY -> exports.ofFileGateway(source.id());
        };
        return stored.map(ExportSmbAccounts::consistent);
    }

    private static SmbAccountExport consistent(SmbAccountExport export) {
        Set<String> names = new HashSet<>();
        export.accounts().forEach(account -> names.add(account.name()));
        List<SmbAccountExport.Group> groups = export.groups().stream()
                .map(group -> new SmbAccountExport.Group(group.name(), group.rid(),
                        List.copyOf(new LinkedHashSet<>(group.members().stream().filter(names::contains).toList()))))
                .toList();
        return new SmbAccountExport(export.domain(), export.accounts(), groups);
    }
}
