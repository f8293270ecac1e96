package org.carelearn.catalog.domain;

import java.util.Locale;
import java.util.Map;

/**
 * The media type a package file is served with, from its extension. Packages carry no types of their own,
 * and the content is sent with nosniff, so an unknown kind is plain bytes rather than a guess.
 */
public final class MediaTypes {

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", "text/html;charset=UTF-8"), Map.entry("htm", "text/html;charset=UTF-8"),
            Map.entry("xhtml", "application/xhtml+xml"), Map.entry("js", "text/javascript;charset=UTF-8"),
            Map.entry("mjs", "text/javascript;charset=UTF-8"), Map.entry("css", "text/css;charset=UTF-8"),
            Map.entry("json", "application/json"), Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain;charset=UTF-8"), Map.entry("vtt", "text/vtt;charset=UTF-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"), Map.entry("mp3", "audio/mpeg"), Map.entry("wav", "audio/wav"),
            Map.entry("ogg", "audio/ogg"), Map.entry("mp4", "video/mp4"), Map.entry("webm", "video/webm"),
            Map.entry("pdf", "application/pdf"), Map.entry("woff", "font/woff"), Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"), Map.entry("otf", "font/otf"), Map.entry("wasm", "application/wasm"));

    private MediaTypes() {
    }

    public static String of(String path) {
        int dot = path.lastIndexOf('.');
        int slash = path.lastIndexOf('/');
        if (dot <= slash) {
            return "application/octet-stream";
        }
        return BY_EXTENSION.getOrDefault(path.substring(dot + 1).toLowerCase(Locale.ROOT), "application/octet-stream");
    }
}
