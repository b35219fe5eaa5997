/** The recipe: {@link org.backspasm.handbook.build.Build} takes content/ to site/ through every stage and check. */
package org.backspasm.handbook.build;
