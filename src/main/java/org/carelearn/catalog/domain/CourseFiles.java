package org.carelearn.catalog.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;

/**
 * The files of imported packages. They live in the database beside their version, so that an import is
 * one transaction (a refused or failed one leaves nothing behind) and every server of a cluster serves
 * the same bytes. Content is streamed both ways, never held whole in memory.
 */
public interface CourseFiles {

    void add(long versionId, PackageFile file, InputStream content);

    Optional<PackageFile> find(long versionId, String path);

    /** Copies a file's bytes to the stream; false if there is no such file. */
    boolean copy(long versionId, String path, OutputStream out) throws IOException;
}
