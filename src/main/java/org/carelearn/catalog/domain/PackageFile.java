package org.carelearn.catalog.domain;

/** One file of an imported package: its path from the package root, media type, size and SHA-256 (hex). */
public record PackageFile(String path, String mediaType, long size, String sha256) {
}
