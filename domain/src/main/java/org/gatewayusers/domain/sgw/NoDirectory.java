package org.gatewayusers.domain.sgw;

/** A gateway joined to no directory: it holds local SMB users. */
public record NoDirectory() implements DirectoryLink {

    static final NoDirectory INSTANCE = new NoDirectory();

    @Override
    public DirectoryKind kind() {
        return DirectoryKind.NONE;
    }
}
