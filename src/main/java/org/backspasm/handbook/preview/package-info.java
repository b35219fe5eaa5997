/** Live preview: serves the last good build on 127.0.0.1 and rebuilds when content, templates or the profile change. */
package org.backspasm.handbook.preview;
