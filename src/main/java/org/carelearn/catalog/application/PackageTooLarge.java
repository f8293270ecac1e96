package org.carelearn.catalog.application;

import java.util.List;

/** The upload itself is larger than a package may be; REST answers 413 for it. */
public class PackageTooLarge extends PackageRejected {

    private static final long serialVersionUID = 1L;

    public PackageTooLarge(String fileName, String reason) {
        super(fileName, List.of(reason));
    }
}
