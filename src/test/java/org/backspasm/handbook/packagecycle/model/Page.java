package org.backspasm.handbook.packagecycle.model;

import org.backspasm.handbook.packagecycle.content.PageReader;

/** A deliberate mistake for PackageOrderTest: the model reaching up into content, which reads into the model. */
public record Page(String title) {

    public static Page reread(String title) {
        return PageReader.read(title);
    }
}
