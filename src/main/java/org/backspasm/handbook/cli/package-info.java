/** The command line: build and check, with exit codes 0 fine, 1 content problems, 2 wrong usage, 3 internal error. */
package org.backspasm.handbook.cli;
