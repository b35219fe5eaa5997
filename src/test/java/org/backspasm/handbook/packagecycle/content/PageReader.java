package org.backspasm.handbook.packagecycle.content;

import org.backspasm.handbook.packagecycle.model.Page;

/** The other half of the deliberate cycle in PackageOrderTest. */
public final class PageReader {

    private PageReader() {
    }

    public static Page read(String title) {
        return new Page(title);
    }
}
